/*
 * Data manipulation: SELECT (CTEs, set operations, window clause, locking), INSERT, REPLACE, UPDATE, DELETE,
 * LOAD DATA/XML, CALL, DO, HANDLER, TABLE, VALUES. Written from MySQL 8.4 Reference Manual 15.2 "Data
 * Manipulation Statements" and the MariaDB 11 "Data Manipulation" pages (RETURNING, FOR SYSTEM_TIME,
 * DELETE HISTORY, OFFSET ... FETCH are MariaDB only).
 */
parser grammar MySqlDml;

// ---------------------------------------------------------------- SELECT

selectStatement
    : queryExpression lockingClause* intoClause? lockingClause*
    ;

queryExpression
    : withClause? queryExpressionBody orderByClause? limitClause?
    ;

queryExpressionBody
    : queryPrimary                                                                  # primaryQuery
    | queryExpressionBody INTERSECT (ALL | DISTINCT)? queryExpressionBody           # intersectQuery
    | queryExpressionBody (UNION | EXCEPT | {isMariaDb()}? MINUS) (ALL | DISTINCT)? queryExpressionBody  # unionQuery
    ;

queryPrimary
    : querySpecification
    | '(' queryExpression lockingClause* intoClause? ')'
    | tableValueConstructor
    | explicitTable
    ;

querySpecification
    : SELECT selectOption* selectItemList intoClause? fromClause? whereClause? groupByClause? havingClause?
      windowClause? qualifyClause?
    ;

selectOption
    : ALL | DISTINCT | DISTINCTROW | HIGH_PRIORITY | STRAIGHT_JOIN | SQL_SMALL_RESULT | SQL_BIG_RESULT
    | SQL_BUFFER_RESULT | SQL_NO_CACHE | SQL_CACHE | SQL_CALC_FOUND_ROWS
    ;

selectItemList
    : selectItem (',' selectItem)*
    ;

selectItem
    : '*'                                         # starSelectItem
    | tableNameWithWildcardStar                   # tableStarSelectItem
    | expr (AS? selectAlias)?                     # exprSelectItem
    ;

tableNameWithWildcardStar
    : identifier dotIdentifier? '.' '*'
    ;

selectAlias
    : identifier
    | textLiteral
    ;

withClause
    : WITH RECURSIVE? commonTableExpression (',' commonTableExpression)*
    ;

commonTableExpression
    : identifier parenIdentifierList? AS '(' queryExpression ')' cycleClause?
    ;

// MariaDB: CYCLE col RESTRICT
cycleClause
    : CYCLE {isMariaDb()}?<fail={"CYCLE ... RESTRICT is MariaDB syntax"}> identifierList RESTRICT
    ;

intoClause
    : INTO OUTFILE textLiteral (CHARACTER SET charsetName | CHARSET charsetName)? fieldsClause? linesClause?
    | INTO DUMPFILE textLiteral
    | INTO intoTarget (',' intoTarget)*
    ;

intoTarget
    : USER_VARIABLE
    | identifier
    ;

fromClause
    : FROM (DUAL | tableReferenceList)
    ;

tableReferenceList
    : tableReference (',' tableReference)*
    ;

tableReference
    : tableFactor joinPart*
    | '{' OJ tableFactor joinPart+ '}'
    ;

joinPart
    : innerJoinType tableFactor joinSpecification?                    # innerJoin
    | outerJoinType tableReference joinSpecification                  # outerJoin    // the manual allows a join on the right
    | NATURAL ((LEFT | RIGHT) OUTER? | INNER)? JOIN tableFactor        # naturalJoin
    ;

innerJoinType
    : (INNER | CROSS)? JOIN
    | STRAIGHT_JOIN
    ;

outerJoinType
    : (LEFT | RIGHT) OUTER? JOIN
    ;

joinSpecification
    : ON expr
    | USING '(' identifierList ')'
    ;

tableFactor
    : tableName partitionClause? systemTimeClause? (AS? tableAlias)? indexHint* tableSample?    # singleTable
    | '(' tableReferenceList ')'                                                                # nestedTables
    | ({!isMariaDb()}? LATERAL)? '(' queryExpression ')' AS? tableAlias parenIdentifierList?       # derivedTable
    | JSON_TABLE '(' expr ',' textLiteral jsonTableColumns ')' AS? tableAlias                  # jsonTable
    ;

tableAlias
    : identifier
    | textLiteral
    ;

partitionClause
    : PARTITION '(' identifierList ')'
    ;

// MariaDB system-versioned tables.
systemTimeClause
    : FOR SYSTEM_TIME {isMariaDb()}?<fail={"FOR SYSTEM_TIME is MariaDB syntax"}> (AS OF TIMESTAMP? bitExpr | BETWEEN TIMESTAMP? bitExpr AND TIMESTAMP? bitExpr
      | FROM TIMESTAMP? bitExpr TO TIMESTAMP? bitExpr | ALL)
    ;

tableSample
    : TABLESAMPLE (SYSTEM | BERNOULLI) '(' numberLiteral ')'
    ;

indexHint
    : (USE | IGNORE | FORCE) (INDEX | KEY) (FOR (JOIN | ORDER BY | GROUP BY))? '(' (indexName (',' indexName)*)? ')'
    ;

indexName
    : identifier
    | PRIMARY
    ;

jsonTableColumns
    : COLUMNS '(' jsonTableColumn (',' jsonTableColumn)* ')'
    ;

jsonTableColumn
    : identifier FOR ORDINALITY
    | identifier dataType (COLLATE collationName)? EXISTS? PATH textLiteral jsonOnEmptyOnError?
    | NESTED PATH? textLiteral jsonTableColumns
    ;

whereClause
    : WHERE expr
    ;

groupByClause
    : GROUP BY orderItem (',' orderItem)* (WITH ROLLUP)?
    | GROUP BY ROLLUP '(' exprList ')'
    ;

havingClause
    : HAVING expr
    ;

windowClause
    : WINDOW windowDefinition (',' windowDefinition)*
    ;

windowDefinition
    : identifier AS '(' windowSpec ')'
    ;

qualifyClause
    : QUALIFY expr
    ;

orderByClause
    : ORDER BY orderItem (',' orderItem)*
    ;

orderItem
    : expr (ASC | DESC)?
    ;

limitClause
    : LIMIT limitValue ((',' | OFFSET) limitValue)? ({isMariaDb()}? ROWS EXAMINED limitValue)?
    | {isMariaDb()}? LIMIT ROWS EXAMINED limitValue
    | {isMariaDb()}? (OFFSET limitValue (ROW | ROWS))? FETCH (FIRST | NEXT) limitValue? (ROW | ROWS) (ONLY | WITH TIES)
    ;

limitValue
    : INTEGER_LITERAL
    | '?'
    | identifier
    | USER_VARIABLE
    ;

lockingClause
    : FOR (UPDATE | SHARE) (OF tableNameList)? (NOWAIT | SKIP_ LOCKED | {isMariaDb()}? WAIT numberLiteral)?
    | LOCK IN SHARE MODE ({isMariaDb()}? (NOWAIT | WAIT numberLiteral))?
    ;

// MySQL writes ROW(...) in a VALUES statement; MariaDB writes bare (...).
tableValueConstructor
    : VALUES tableValueRow (',' tableValueRow)*
    ;

tableValueRow
    : {!isMariaDb()}? ROW '(' (expr (',' expr)*)? ')'
    | {isMariaDb()}? '(' (expr (',' expr)*)? ')'
    ;

valuesRow
    : ROW? '(' (rowValue (',' rowValue)*)? ')'
    ;

// Most values in an INSERT are bare literals: the first alternative takes them without descending the whole
// expression hierarchy (a literal followed by ',' or ')' predicts it), anything else is an expression.
rowValue
    : signedLiteral
    | expr
    ;

explicitTable
    : {!isMariaDb()}? TABLE tableName
    ;

// ---------------------------------------------------------------- INSERT / REPLACE

insertStatement
    : INSERT (LOW_PRIORITY | DELAYED | HIGH_PRIORITY)? IGNORE? INTO? tableName partitionClause?
      insertSource onDuplicateKeyUpdate? returningClause?
    ;

replaceStatement
    : REPLACE (LOW_PRIORITY | DELAYED)? INTO? tableName partitionClause? insertSource returningClause?
    ;

insertSource
    : insertColumns? (VALUES | VALUE) valuesRow (',' valuesRow)* valuesAlias?       # insertValues
    | SET assignmentList valuesAlias?                                                 # insertSet
    | insertColumns? insertQuery                                                      # insertFromQuery
    ;

// A query as an INSERT source; it never starts with VALUES (that is the VALUES list above).
insertQuery
    : withClause? (querySpecification | '(' queryExpression ')' | explicitTable)
      ((UNION | EXCEPT | INTERSECT) (ALL | DISTINCT)? queryPrimary)* orderByClause? limitClause?
    ;

insertColumns
    : '(' (columnRef (',' columnRef)*)? ')'
    ;

// MySQL 8.0.19+: INSERT ... VALUES (...) AS new ON DUPLICATE KEY UPDATE a = new.a
valuesAlias
    : AS {!isMariaDb()}?<fail={"row aliases are MySQL syntax"}> identifier parenIdentifierList?
    ;

onDuplicateKeyUpdate
    : ON DUPLICATE KEY UPDATE assignmentList
    ;

assignmentList
    : assignment (',' assignment)*
    ;

assignment
    : columnRef '=' expr
    ;

// Predicates after the first token validate without making the optional clause's decision adaptive.
returningClause
    : RETURNING {isMariaDb()}?<fail={"RETURNING is MariaDB syntax"}> selectItemList
    ;

// ---------------------------------------------------------------- UPDATE / DELETE

updateStatement
    : withClause? UPDATE LOW_PRIORITY? IGNORE? tableReferenceList SET assignmentList whereClause? orderByClause?
      limitClause?
    ;

deleteStatement
    : withClause? DELETE LOW_PRIORITY? QUICK? IGNORE? deleteBody
    ;

deleteBody
    : FROM tableName (AS? tableAlias)? partitionClause? portionClause? whereClause? orderByClause? limitClause?
      returningClause?                                                                # singleTableDelete
    | deleteTargets FROM tableReferenceList whereClause?                               # multiTableDelete
    | FROM deleteTargets USING tableReferenceList whereClause?                         # multiTableDeleteUsing
    | {isMariaDb()}? HISTORY FROM tableName (BEFORE SYSTEM_TIME TIMESTAMP? bitExpr)?     # deleteHistory
    ;

deleteTargets
    : deleteTarget (',' deleteTarget)*
    ;

deleteTarget
    : identifier dotIdentifier? ('.' '*')?
    ;

// MariaDB application-time periods.
portionClause
    : FOR PORTION {isMariaDb()}?<fail={"FOR PORTION OF is MariaDB syntax"}> OF identifier FROM bitExpr TO bitExpr
    ;

// ---------------------------------------------------------------- other DML

loadStatement
    : LOAD (DATA | XML) (LOW_PRIORITY | CONCURRENT)? LOCAL? INFILE textLiteral (REPLACE | IGNORE)?
      INTO TABLE tableName partitionClause? (CHARACTER SET charsetName | CHARSET charsetName)?
      (ROWS IDENTIFIED BY textLiteral)? fieldsClause? linesClause? (IGNORE INTEGER_LITERAL (LINES | ROWS))?
      ('(' (loadTarget (',' loadTarget)*)? ')')? (SET assignmentList)?
    ;

loadTarget
    : columnRef
    | USER_VARIABLE
    ;

fieldsClause
    : (FIELDS | COLUMNS) fieldOption+
    ;

fieldOption
    : TERMINATED BY textLiteral
    | OPTIONALLY? ENCLOSED BY textLiteral
    | ESCAPED BY textLiteral
    ;

linesClause
    : LINES lineOption+
    ;

lineOption
    : STARTING BY textLiteral
    | TERMINATED BY textLiteral
    ;

callStatement
    : CALL qualifiedName ('(' exprList? ')')?
    ;

doStatement
    : DO exprList
    ;

handlerStatement
    : HANDLER tableName OPEN (AS? identifier)?
    | HANDLER identifier READ handlerReadSpec whereClause? limitClause?
    | HANDLER identifier CLOSE
    ;

handlerReadSpec
    : FIRST | NEXT
    | indexName (comparisonOperator '(' exprList ')' | FIRST | NEXT | PREV | LAST)
    ;

importTableStatement
    : IMPORT TABLE FROM textLiteral (',' textLiteral)*
    ;
