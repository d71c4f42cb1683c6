/*
 * Whitespace, comments, operators, literals and identifiers of MySQL/MariaDB (MySQL 8.4 Reference Manual
 * 11.1 "Literal Values", 11.2 "Schema Object Names", 11.4 "User-Defined Variables", 11.7 "Comments").
 * Imported after MySqlKeywords so that a keyword wins over IDENTIFIER for the same text.
 */
lexer grammar MySqlLexerBasics;

WHITESPACE: [ \t\r\n\f\u000B\u00A0\u2028\u2029]+ -> skip;

EXECUTABLE_COMMENT_START: '/*!' [0-9]* {inExecutableComment = true;} -> skip;
MARIADB_COMMENT_START: '/*M!' [0-9]* {isMariaDb()}? {inExecutableComment = true;} -> skip;
EXECUTABLE_COMMENT_END: '*/' {inExecutableComment}? {inExecutableComment = false;} -> skip;
OPTIMIZER_HINT: '/*+' .*? '*/' -> skip;
BLOCK_COMMENT
    : ( '/**/'
      | '/*' ~[!+M] .*? '*/'
      | '/*M' ~[!] .*? '*/'
      | '/*M!' {!isMariaDb()}? .*? '*/'
      ) -> skip
    ;
LINE_COMMENT: ('--' ([ \t\f\u000B] ~[\r\n]* | ('\r'? '\n') | EOF) | '#' ~[\r\n]*) -> skip;

// Operators and punctuation.
ASSIGN: ':=';
NULL_SAFE_EQUAL: '<=>';
LESS_EQUAL: '<=';
GREATER_EQUAL: '>=';
NOT_EQUAL: '<>' | '!=';
SHIFT_LEFT: '<<';
SHIFT_RIGHT: '>>';
LOGICAL_AND: '&&';
CONCAT_OR: '||';
JSON_UNQUOTED_EXTRACT: '->>';
JSON_EXTRACT: '->';
RANGE_DOTS: '..';
EQUAL: '=';
LESS_THAN_SIGN: '<';
GREATER_THAN_SIGN: '>';
NOT_SIGN: '!';
TILDE: '~';
CARET: '^';
AMPERSAND: '&';
PIPE: '|';
PLUS: '+';
MINUS_SIGN: '-';
STAR: '*';
SLASH: '/';
PERCENT: '%';
DOT: '.';
COMMA: ',';
SEMICOLON: ';';
COLON: ':';
LEFT_PAREN: '(';
RIGHT_PAREN: ')';
LEFT_BRACE: '{';
RIGHT_BRACE: '}';
QUESTION: '?';
AT_SIGN: '@';
DOUBLE_AT: '@@';

// Literals. "1..10" (a MariaDB FOR range) is not the decimal "1." followed by ".10".
RANGE_FROM: DIGITS '..';
HEX_LITERAL: 'X\'' [0-9A-F]* '\'' | '0x' [0-9A-F]+;
BIT_LITERAL: 'B\'' [01]* '\'' | '0b' [01]+;
FLOAT_LITERAL: (DIGITS ('.' DIGITS?)? | '.' DIGITS) 'E' [+-]? DIGITS;
DECIMAL_LITERAL: DIGITS '.' DIGITS? | '.' DIGITS;
INTEGER_LITERAL: DIGITS;
NATIONAL_STRING_LITERAL: 'N' SINGLE_QUOTED;
STRING_LITERAL: SINGLE_QUOTED;
DQ_STRING_LITERAL: '"' ('\\' . | '""' | ~[\\"])* '"';
CHARSET_INTRODUCER
    : '_' ( 'armscii8' | 'ascii' | 'big5' | 'binary' | 'cp1250' | 'cp1251' | 'cp1256' | 'cp1257' | 'cp850'
          | 'cp852' | 'cp866' | 'cp932' | 'dec8' | 'eucjpms' | 'euckr' | 'gb18030' | 'gb2312' | 'gbk' | 'geostd8'
          | 'greek' | 'hebrew' | 'hp8' | 'keybcs2' | 'koi8r' | 'koi8u' | 'latin1' | 'latin2' | 'latin5' | 'latin7'
          | 'macce' | 'macroman' | 'sjis' | 'swe7' | 'tis620' | 'ucs2' | 'ujis' | 'utf16' | 'utf16le' | 'utf32'
          | 'utf8' | 'utf8mb3' | 'utf8mb4' )
    ;

// Variables: @name, @'quoted', @`quoted`, @@[global.|session.|...]name
SYSTEM_VARIABLE: '@@' (('GLOBAL' | 'SESSION' | 'LOCAL' | 'PERSIST' | 'PERSIST_ONLY') '.')? (NAME_CHAR+ | BACKTICK_QUOTED);
USER_VARIABLE: '@' (NAME_CHAR_OR_DOT+ | SINGLE_QUOTED | '"' ('\\' . | '""' | ~[\\"])* '"' | BACKTICK_QUOTED);

// Identifiers: may start with a digit but are not only digits (and not a number with an exponent).
IDENTIFIER: DIGITS* NAME_START NAME_CHAR*;
QUOTED_IDENTIFIER: BACKTICK_QUOTED;

// Anything else is an error the parser reports with its position.
UNEXPECTED_CHARACTER: .;

fragment DIGITS: [0-9]+;
fragment NAME_START: [A-Z_$\u0080-\uFFFF];
fragment NAME_CHAR: [A-Z0-9_$\u0080-\uFFFF];
fragment NAME_CHAR_OR_DOT: [A-Z0-9_$.\u0080-\uFFFF];
fragment SINGLE_QUOTED: '\'' ('\\' . | '\'\'' | ~[\\'])* '\'';
fragment BACKTICK_QUOTED: '`' ('``' | ~'`')* '`';
