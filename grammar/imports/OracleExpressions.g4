/*
 * Conditions and expressions of Oracle SQL and PL/SQL (SQL Language Reference chapters 6 "Expressions" and 7
 * "Conditions"; PL/SQL Language Reference 2.7 "Expressions"): one precedence ladder serves both languages.
 */
parser grammar OracleExpressions;

// The predicates are alternatives of condition itself rather than a rule of their own: one parse-tree node
// less for every operand of every condition. The last one is an expression, then what is said about it: the
// alternatives share their first operand, so the choice is made on the token after it (keeps SLL prediction from
// needing full context). The trigger predicates INSERTING, DELETING and UPDATING[('column')] are such
// expressions (a name, or a call); alternatives of their own would make the choice need prediction every time.
condition
    : NOT condition                                                                   # notCondition
    | condition AND condition                                                         # andCondition
    | condition OR condition                                                          # orCondition
    | EXISTS subquery                                                                 # existsPredicate
    | REGEXP_LIKE '(' expressionList ')'                                              # regexpLikePredicate
    | JSON_EXISTS '(' expression formatJson? ',' expression jsonPassing? jsonOnError? ')' # jsonExistsPredicate
    | expression predicateTail?                                                       # expressionPredicate
    ;

predicateTail
    : IS NOT? ( NULL | NAN | INFINITE | A SET | EMPTY
              | A? JSON formatJson? (STRICT | LAX)? ((WITH | WITHOUT) UNIQUE KEYS)?
              | OF TYPE? '(' ONLY? typeName (',' ONLY? typeName)* ')' )              # isTail
    | NOT? IN ( subquery | '(' expressionList? ')' | expression )                    # inTail
    | NOT? BETWEEN expression AND expression                                         # betweenTail
    | NOT? (LIKE | LIKEC | LIKE2 | LIKE4) expression (ESCAPE expression)?            # likeTail
    | NOT? MEMBER OF? expression                                                     # memberTail
    | NOT? SUBMULTISET OF? expression                                                # submultisetTail
    | comparisonOperator (ANY | SOME | ALL) ( subquery | '(' expressionList ')' )    # quantifiedTail
    | comparisonOperator expression                                                  # comparisonTail
    ;

comparisonOperator
    : '=' | NOT_EQUAL | '<' | '>' | LESS_EQUAL | GREATER_EQUAL
    ;

expressionList
    : expression (',' expression)*
    ;

expression
    : ('+' | '-' | PRIOR | CONNECT_BY_ROOT | DISTINCT) expression                       # unaryExpression
    | expression POWER expression                                               # powerExpression
    | expression ('*' | '/') expression                                # multiplicativeExpression
    | expression ('+' | '-') expression                                         # additiveExpression
    | expression CONCAT expression                                              # concatExpression
    | expression AT (LOCAL | TIME ZONE expression)                              # timeZoneExpression
    | expression (DAY | YEAR) ('(' expression ')')? TO (SECOND | MONTH) ('(' expression ')')? # intervalExpression
    | expression MULTISET (EXCEPT | INTERSECT | UNION) (ALL | DISTINCT)? expression # multisetExpression
    | expression COLLATE identifier                                             # collateExpression
    | primary                                                                   # primaryExpression
    ;

primary
    : literal                                                                   # literalPrimary
    | '(' condition (',' condition)* ')'                                        # parenthesisPrimary
    | '(' subquery ')'                                                          # subqueryPrimary
    | caseExpression                                                            # casePrimary
    | NEW typeName functionArguments                                            # constructorPrimary
    | CURSOR '(' subquery ')'                                                   # cursorPrimary
    | CAST '(' (MULTISET subquery | expression) AS dataType (DEFAULT expression ON CONVERSION ERROR)? (',' expression)* ')' # castPrimary
    | EXTRACT '(' identifier FROM expression ')'                                # extractPrimary
    | TRIM '(' ((LEADING | TRAILING | BOTH)? expression? FROM)? expression ')' # trimPrimary
    | TREAT '(' expression AS REF? typeName ')'                                 # treatPrimary
    | aggregateFunction                                                         # aggregatePrimary
    | jsonFunction                                                              # jsonPrimary
    | (LISTAGG) '(' (ALL | DISTINCT)? expression (',' expression)? listaggOverflow? ')'
        (WITHIN GROUP '(' orderByClause ')')? overClause?                       # listaggPrimary
    | XMLAGG '(' expression orderByClause? ')'                                  # xmlaggPrimary
    | INTERVAL STRING_LITERAL intervalQualifier                                 # intervalPrimary
    | (DATE | TIMESTAMP) STRING_LITERAL                                         # datetimeLiteralPrimary
    | qualifiedName ('@' qualifiedName)? (functionArguments (WITHIN GROUP '(' orderByClause ')')?
        (KEEP '(' DENSE_RANK (FIRST | LAST) orderByClause ')')? overClause?)?
        ('%' (ROWCOUNT | FOUND | NOTFOUND | ISOPEN | BULK_ROWCOUNT | BULK_EXCEPTIONS))? # namePrimary
    | primary '.' memberName                                                    # memberPrimary
    | identifier '[' modelCellIndex (',' modelCellIndex)* ']'                   # modelCellPrimary
    | qualifiedName '(' '+' ')'                                                 # outerJoinColumnPrimary
    | SQL '%' (ROWCOUNT | FOUND | NOTFOUND | ISOPEN | BULK_ROWCOUNT ('(' expression ')')? | BULK_EXCEPTIONS ('(' expression ')' '.' identifier | '.' COUNT)) # sqlCursorPrimary
    | BIND_VARIABLE (INDICATOR? BIND_VARIABLE)?                                # bindPrimary
    | SUBSTITUTION_VARIABLE                                                     # substitutionPrimary
    | INQUIRY_DIRECTIVE                                                         # inquiryPrimary
    | '?'                                                                       # placeholderPrimary
    | (ROWNUM | LEVEL | ROWID | SYSDATE | SYSTIMESTAMP | USER | UID | CURRENT_DATE | CURRENT_TIMESTAMP
      | LOCALTIMESTAMP | DBTIMEZONE | SESSIONTIMEZONE | CONNECT_BY_ISLEAF | CONNECT_BY_ISCYCLE | COLUMN_VALUE) # pseudoColumnPrimary
    ;

// After "primary ." and inside a model cell reference. Their own rules keep the choice among every word token out
// of primary's generated method, which must stay under HotSpot's 8,000-byte limit for JIT compilation.
memberName
    : anyName
    | STAR
    ;

modelCellIndex
    : condition
    | ANY
    ;

functionArguments
    : '(' ( (ALL | DISTINCT | UNIQUE)? argument (',' argument)* (orderByClause)? (respectOrIgnoreNulls)? )? ')'
    ;

argument
    : identifier ARROW condition
    | condition (USING (CHAR_CS | NCHAR_CS))?
    | STAR
    ;

respectOrIgnoreNulls
    : (RESPECT | IGNORE) NULLS
    ;

aggregateFunction
    : COUNT '(' (STAR | (ALL | DISTINCT | UNIQUE)? expression) ')' overClause?
    ;

listaggOverflow
    : ON OVERFLOW (ERROR | TRUNCATE expression? ((WITH | WITHOUT) COUNT)?)
    ;

overClause
    : respectOrIgnoreNulls? OVER ( identifier | '(' identifier? queryPartitionClause? orderByClause? windowingClause? ')' )
    ;

queryPartitionClause
    : PARTITION BY (expressionList | '(' expressionList ')')
    ;

windowingClause
    : (ROWS | RANGE | GROUPS) (BETWEEN windowBound AND windowBound | windowBound)
      (EXCLUDE (CURRENT ROW | GROUP | TIES | NO OTHERS))?
    ;

windowBound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | expression (PRECEDING | FOLLOWING)
    ;

caseExpression
    : CASE expression? (WHEN condition THEN condition)+ (ELSE condition)? END
    ;

intervalQualifier
    : (YEAR | MONTH | DAY | HOUR | MINUTE | SECOND) ('(' expression (',' expression)? ')')?
      (TO (YEAR | MONTH | DAY | HOUR | MINUTE | SECOND) ('(' expression ')')?)?
    ;

// JSON functions (SQL Language Reference, "JSON Functions"; JSON Developer's Guide).
jsonFunction
    : (JSON_VALUE | JSON_QUERY) '(' expression formatJson? ',' expression jsonReturning? jsonWrapper? jsonOnError? jsonOnEmpty? ')'
    | (JSON_OBJECT | JSON_OBJECTAGG) '(' (jsonMember (',' jsonMember)*)? jsonNullClause? jsonReturning? STRICT? ((WITH | WITHOUT) UNIQUE KEYS)? ')'
    | (JSON_ARRAY | JSON_ARRAYAGG) '(' (expression formatJson? (',' expression formatJson?)* | subquery)? orderByClause? jsonNullClause? jsonReturning? STRICT? ')'
    | JSON_TABLE '(' expression formatJson? (',' expression)? jsonOnError? jsonColumns ')'
    | JSON_SERIALIZE '(' expression jsonReturning? PRETTY? ASCII? TRUNCATE? jsonOnError? ')'
    | JSON_MERGEPATCH '(' expression ',' expression jsonReturning? PRETTY? ASCII? TRUNCATE? jsonOnError? ')'
    | JSON '(' expression ')'
    ;

jsonMember
    : KEY? expression (VALUE | ':') expression formatJson?
    | expression
    ;

formatJson
    : FORMAT JSON
    ;

jsonPassing
    : PASSING expression AS identifier (',' expression AS identifier)*
    ;

jsonReturning
    : RETURNING dataType
    ;

jsonWrapper
    : (WITH (CONDITIONAL | UNCONDITIONAL)? ARRAY? WRAPPER | WITHOUT ARRAY? WRAPPER)
    ;

jsonOnError
    : (ERROR | NULL | EMPTY (ARRAY | OBJECT)? | DEFAULT expression | TRUE | FALSE) ON ERROR
    ;

jsonOnEmpty
    : (ERROR | NULL | EMPTY (ARRAY | OBJECT)? | DEFAULT expression) ON EMPTY
    ;

jsonNullClause
    : (NULL | ABSENT) ON NULL
    ;

jsonColumns
    : COLUMNS '(' jsonColumn (',' jsonColumn)* ')'
    ;

jsonColumn
    : identifier FOR ORDINALITY
    | identifier dataType? (FORMAT JSON)? EXISTS? (PATH expression)? jsonWrapper? jsonOnError? jsonOnEmpty?
    | NESTED PATH? expression jsonColumns
    ;

literal
    : NUMERIC_LITERAL
    | SIZE_LITERAL
    | STRING_LITERAL
    | Q_STRING_LITERAL
    | NULL
    | TRUE
    | FALSE
    ;
