/*
 * Names and data types (SQL Language Reference 2.1 "Data Types", 2.8 "Database Object Names and Qualifiers";
 * PL/SQL Language Reference 3 "PL/SQL Data Types").
 */
parser grammar OracleNames;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | SUBSTITUTION_VARIABLE
    | nonReservedKeyword
    ;

qualifiedName
    : identifier ('.' anyName)*
    ;

// After a dot any word names a member: a column, a collection method, a package item.
anyName
    : identifier
    | reservedKeyword
    ;

// Block labels: any word that is not a PL/SQL reserved word (SQL reserved words such as OUTER are allowed).
labelName
    : identifier
    | OUTER | INNER | LEFT | RIGHT | FULL | CROSS | NATURAL | JOIN
    ;

// schema.object, optionally @dblink
objectName
    : identifier ('.' identifier)? ('@' qualifiedName)?
    ;

typeName
    : qualifiedName
    ;

columnName
    : identifier ('.' identifier)*
    ;

columnList
    : '(' columnName (',' columnName)* ')'
    ;

identifierList
    : identifier (',' identifier)*
    ;

alias
    : AS? identifier
    | AS? STRING_LITERAL
    ;

dataType
    : (CHAR | NCHAR | VARCHAR2 | NVARCHAR2 | VARCHAR | CHARACTER VARYING? | NATIONAL (CHAR | CHARACTER) VARYING? | RAW)
        ('(' NUMERIC_LITERAL (BYTE | CHAR)? ')')? (CHARACTER SET identifier ('%' CHARSET)?)?          # characterType
    | (NUMBER | NUMERIC | DECIMAL | DEC | FLOAT) ('(' (NUMERIC_LITERAL | '*') (',' '-'? NUMERIC_LITERAL)? ')')? # numberType
    | (INTEGER | INT | SMALLINT | REAL | DOUBLE PRECISION | BINARY_FLOAT | BINARY_DOUBLE | BINARY_INTEGER | PLS_INTEGER
      | NATURAL | NATURALN | POSITIVE | POSITIVEN | SIGNTYPE | SIMPLE_INTEGER | BOOLEAN | BOOL)           # simpleNumericType
    | LONG RAW?                                                                                      # longType
    | DATE                                                                                           # dateType
    | TIMESTAMP ('(' NUMERIC_LITERAL ')')? (WITH LOCAL? TIME ZONE)?                                  # timestampType
    | INTERVAL YEAR ('(' NUMERIC_LITERAL ')')? TO MONTH                                              # intervalType
    | INTERVAL DAY ('(' NUMERIC_LITERAL ')')? TO SECOND ('(' NUMERIC_LITERAL ')')?                   # intervalType
    | (BLOB | CLOB | NCLOB | BFILE | ROWID | UROWID ('(' NUMERIC_LITERAL ')')? | JSON | XMLTYPE | SYS_REFCURSOR) # lobType
    | VECTOR ('(' (NUMERIC_LITERAL | '*') (',' identifier)? ')')?                                  # vectorType
    | REF CURSOR (RETURN dataType)?                                                                  # refCursorType
    | REF typeName                                                                                   # refType
    | qualifiedName ('@' qualifiedName)? ('%' (TYPE | ROWTYPE))?                                     # namedType
    ;
