/*
 * Names, literals and data types shared by every MySQL/MariaDB statement family.
 * Written from the MySQL 8.0/8.4 Reference Manual (chapters 11 "Language Structure" and 13 "Data Types")
 * and the MariaDB 11 documentation.
 */
parser grammar MySqlNames;

// ---------------------------------------------------------------- identifiers

// A name: plain, backquoted, or a keyword that is not reserved. Double-quoted names are accepted as the
// ANSI_QUOTES sql_mode reads them.
// No predicate at the left edge here: this decision stays LL(1) (a switch, not adaptive prediction), which matters
// because every name goes through it. The MariaDB-only names are validated after they are matched.
identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | nonReservedKeyword
    | mariaDbNonReservedKeyword
    ;

// Places where a double-quoted string also names something (aliases, ANSI_QUOTES scripts).
identifierOrText
    : identifier
    | textLiteral
    ;

qualifiedName
    : identifier dotIdentifier?
    ;

tableName
    : qualifiedName
    ;

// After a dot every word names something, reserved or not (db.order, t.key).
dotIdentifier
    : '.' (identifier | reservedKeyword)
    ;

tableNameWithWildcard
    : identifier ('.' '*')?
    | identifier dotIdentifier ('.' '*')?
    ;

// col, t.col, db.t.col
columnRef
    : identifier (dotIdentifier dotIdentifier?)?
    ;

columnName
    : identifier
    ;

identifierList
    : identifier (',' identifier)*
    ;

parenIdentifierList
    : '(' identifierList ')'
    ;

tableNameList
    : tableName (',' tableName)*
    ;

// user, 'user'@'host', CURRENT_USER[()]
userName
    : userPart (USER_VARIABLE | '@' userPart)?
    | CURRENT_USER ('(' ')')?
    ;

// A user or host name: its own rule keeps the rules that name users small enough for the JIT (see rowFormat).
userPart
    : identifier | textLiteral
    ;

userList
    : userName (',' userName)*
    ;

roleName
    : userName
    ;

charsetName
    : identifier
    | textLiteral
    | BINARY
    | DEFAULT
    ;

collationName
    : identifier
    | textLiteral
    | BINARY
    ;

engineName
    : identifier
    | textLiteral
    ;

// ---------------------------------------------------------------- literals

textLiteral
    : (STRING_LITERAL | DQ_STRING_LITERAL | NATIONAL_STRING_LITERAL)
      (STRING_LITERAL | DQ_STRING_LITERAL)*
    | CHARSET_INTRODUCER (STRING_LITERAL | DQ_STRING_LITERAL | HEX_LITERAL | BIT_LITERAL) (STRING_LITERAL | DQ_STRING_LITERAL)*
    ;

numberLiteral
    : INTEGER_LITERAL
    | DECIMAL_LITERAL
    | FLOAT_LITERAL
    ;

signedNumber
    : ('-' | '+')? numberLiteral
    ;

literal
    : textLiteral
    | numberLiteral
    | HEX_LITERAL
    | BIT_LITERAL
    | (TRUE | FALSE)
    | NULL
    | (DATE | TIME | TIMESTAMP) textLiteral
    | '{' identifier expr '}'     // ODBC escapes: {d '2020-01-01'}, {ts '...'}
    ;

// Text values in options: COMMENT 'x', PASSWORD 'x', file names.
textOrIdentifier
    : textLiteral
    | identifier
    ;

// ---------------------------------------------------------------- data types

dataType
    : integerType typeLength? numericAttribute*
    | realType (('(' INTEGER_LITERAL ',' INTEGER_LITERAL ')') | typeLength)? numericAttribute*
    | decimalType (('(' INTEGER_LITERAL (',' INTEGER_LITERAL)? ')'))? numericAttribute*
    | (BIT | BOOL | BOOLEAN | SERIAL) typeLength?
    | (DATE | YEAR typeLength? | TIME typeLength? | TIMESTAMP typeLength? | DATETIME typeLength?)
    | charType typeLength? charsetClause*
    | (BINARY | VARBINARY) typeLength?
    | (TINYBLOB | BLOB typeLength? | MEDIUMBLOB | LONGBLOB | LONG VARBINARY)
    | textType typeLength? charsetClause*
    | (ENUM | SET) '(' textLiteral (',' textLiteral)* ')' charsetClause*
    | (JSON | GEOMETRY | POINT | LINESTRING | POLYGON | MULTIPOINT | MULTILINESTRING | MULTIPOLYGON
      | GEOMETRYCOLLECTION | GEOMCOLLECTION)
    | (INET4 | INET6 | UUID) {isMariaDb()}?<fail={"INET4, INET6 and UUID are MariaDB types"}>
    | VECTOR typeLength?
    ;

integerType
    : TINYINT | SMALLINT | MEDIUMINT | MIDDLEINT | INT | INTEGER | BIGINT | INT1 | INT2 | INT3 | INT4 | INT8
    ;

realType
    : REAL | DOUBLE PRECISION? | FLOAT | FLOAT4 | FLOAT8
    ;

decimalType
    : DECIMAL | DEC | NUMERIC | FIXED
    ;

charType
    : CHAR VARYING?
    | CHARACTER VARYING?
    | VARCHAR
    | VARCHARACTER
    | NATIONAL (CHAR | CHARACTER) VARYING?
    | NATIONAL VARCHAR
    | NCHAR VARCHAR?
    | NCHAR VARYING
    | NVARCHAR
    ;

textType
    : TINYTEXT | TEXT | MEDIUMTEXT | LONGTEXT | LONG VARCHAR? | LONG CHAR VARYING
    ;

typeLength
    : '(' INTEGER_LITERAL ')'
    ;

numericAttribute
    : SIGNED | UNSIGNED | ZEROFILL
    ;

charsetClause
    : (CHARACTER SET | CHARSET) charsetName
    | COLLATE collationName
    | ASCII
    | UNICODE
    | BINARY
    | BYTE
    ;

// CAST/CONVERT target types.
castType
    : BINARY typeLength?
    | (CHAR | CHARACTER) typeLength? charsetClause*
    | NCHAR typeLength?
    | (SIGNED | UNSIGNED) (INTEGER | INT)?
    | DATE
    | YEAR
    | TIME typeLength?
    | DATETIME typeLength?
    | decimalType ('(' INTEGER_LITERAL (',' INTEGER_LITERAL)? ')')?
    | JSON
    | (DOUBLE | FLOAT typeLength? | REAL)
    | (INTEGER | INT | BIGINT)
    | (POINT | LINESTRING | POLYGON | MULTIPOINT | MULTILINESTRING | MULTIPOLYGON | GEOMETRYCOLLECTION)
    | VARCHAR typeLength? charsetClause*
    | {isMariaDb()}? (INET4 | INET6 | UUID)
    ;
