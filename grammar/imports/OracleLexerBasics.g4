/*
 * Whitespace, comments, delimiters, literals and identifiers of Oracle SQL and PL/SQL (SQL Language Reference
 * 2.3 "Literals", 2.6 "Comments", 2.8 "Database Object Names and Qualifiers"; PL/SQL Language Reference 2.2
 * "Lexical Units"). Imported after OracleKeywords so that a keyword wins over IDENTIFIER for the same text.
 */
lexer grammar OracleLexerBasics;

WHITESPACE: [ \t\r\n\f\u000B\u00A0]+ -> skip;
HINT: '/*+' .*? '*/' -> skip;
BLOCK_COMMENT: '/*' .*? '*/' -> skip;
LINE_COMMENT: '--' ~[\r\n]* -> skip;

// Compound delimiters (PL/SQL Language Reference, table 2-2).
ASSIGN: ':=';
ARROW: '=>';
DOUBLE_DOT: '..';
CONCAT: '||';
POWER: '**';
LABEL_START: '<<';
LABEL_END: '>>';
LESS_EQUAL: '<=';
GREATER_EQUAL: '>=';
NOT_EQUAL: '<>' | '!=' | '^=' | '~=';
EQUAL: '=';
LESS_THAN: '<';
GREATER_THAN: '>';
LEFT_PAREN: '(';
RIGHT_PAREN: ')';
LEFT_BRACKET: '[';
RIGHT_BRACKET: ']';
LEFT_BRACE: '{';
RIGHT_BRACE: '}';
COMMA: ',';
SEMICOLON: ';';
DOT: '.';
PLUS: '+';
MINUS_SIGN: '-';
STAR: '*';
SLASH: '/';
PERCENT_SIGN: '%';
COLON: ':';
AT_SIGN: '@';
QUESTION: '?';
BAR: '|';
CARET: '^';
// Conditional compilation (PL/SQL Language Reference 2.10): selection directives, error directive, inquiry directives.
CC_IF: '$IF';
CC_THEN: '$THEN';
CC_ELSIF: '$ELSIF';
CC_ELSE: '$ELSE';
CC_END: '$END';
CC_ERROR: '$ERROR';
INQUIRY_DIRECTIVE: '$$' NAME_START NAME_CHAR*;
DOLLAR: '$';

// Literals. Text literals may be prefixed with N (national character set); q'x...x' takes any delimiter.
NUMERIC_LITERAL: (DIGITS ('.' DIGITS?)? | '.' DIGITS) ('E' [+-]? DIGITS)? [FD]?;
SIZE_LITERAL: DIGITS [KMGTPE]; // 64K, 10M, 2G in storage clauses
INTEGER_LITERAL_DOTDOT: DIGITS '..'; // "1..10" in a FOR loop: split by the parser rule range
STRING_LITERAL: 'N'? '\'' ('\'\'' | ~'\'')* '\'';
Q_STRING_LITERAL
    : 'N'? 'Q\'' ( '[' .*? ']\'' | '{' .*? '}\'' | '(' .*? ')\'' | '<' .*? '>\''
                 | '!' .*? '!\'' | '#' .*? '#\'' | '|' .*? '|\'' | '~' .*? '~\'' | '^' .*? '^\''
                 | '/' .*? '/\'' | '\\' .*? '\\\'' | '"' .*? '"\'' | '$' .*? '$\'' | '%' .*? '%\''
                 | '*' .*? '*\'' | '+' .*? '+\'' | '=' .*? '=\'' | '@' .*? '@\'' | '?' .*? '?\''
                 | ':' .*? ':\'' | ',' .*? ',\'' | '.' .*? '.\'' | ';' .*? ';\'' | '-' .*? '-\'' )
    ;

// :name and :1 binds (also :NEW and :OLD in triggers); &name and &&name SQL*Plus substitution variables.
BIND_VARIABLE: ':' (NAME_START NAME_CHAR* | DIGITS | '"' ~'"'+ '"');
SUBSTITUTION_VARIABLE: '&' '&'? NAME_START NAME_CHAR* '.'?;

QUOTED_IDENTIFIER: '"' (~'"' | '""')+ '"';
IDENTIFIER: NAME_START NAME_CHAR*;

// Anything else is an error the parser reports with its position.
UNEXPECTED_CHARACTER: .;

fragment DIGITS: [0-9]+;
fragment NAME_START: [A-Z\u0080-\uFFFF];
fragment NAME_CHAR: [A-Z0-9_$#\u0080-\uFFFF];
