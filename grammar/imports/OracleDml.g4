/*
 * Queries and data changes (SQL Language Reference: SELECT, INSERT, UPDATE, DELETE, MERGE, LOCK TABLE). The
 * INTO and BULK COLLECT INTO of a query are PL/SQL's (PL/SQL Language Reference "SELECT INTO Statement").
 */
parser grammar OracleDml;

selectStatement
    : subquery forUpdateClause?
    ;

subquery
    : withClause? queryExpression orderByClause? rowLimitingClause?
    ;

withClause
    : WITH plsqlDeclarations? (commonTableExpression (',' commonTableExpression)*)?
    ;

plsqlDeclarations
    : (functionDefinition | procedureDefinition)+
    ;

commonTableExpression
    : identifier columnList? AS '(' subquery ')' searchClause? cycleClause?
    ;

searchClause
    : SEARCH (DEPTH | BREADTH) FIRST BY orderByItem (',' orderByItem)* SET identifier
    ;

cycleClause
    : CYCLE identifierList SET identifier TO expression DEFAULT expression
    ;

queryExpression
    : queryTerm ((UNION ALL? | INTERSECT ALL? | MINUS ALL? | EXCEPT ALL?) queryTerm)*
    ;

queryTerm
    : queryBlock
    | '(' subquery ')'
    ;

queryBlock
    : SELECT (DISTINCT | UNIQUE | ALL)? selectList intoClause?
      (FROM tableReferenceList)?
      whereClause?
      hierarchicalClause?
      groupByClause?
      hierarchicalClause?
      modelClause?
      windowClause?
    ;

// MATCH_RECOGNIZE (SQL Language Reference "row_pattern_clause"; Data Warehousing Guide "SQL for Pattern Matching").
matchRecognizeClause
    : MATCH_RECOGNIZE '('
        queryPartitionClause? orderByClause?
        (MEASURES expression alias? (',' expression alias?)*)?
        (ONE ROW PER MATCH | ALL ROWS PER MATCH ((SHOW | OMIT) EMPTY MATCHES | WITH UNMATCHED ROWS)?)?
        (AFTER MATCH SKIP_ (TO NEXT ROW | PAST LAST ROW | TO (FIRST | LAST)? identifier))?
        PATTERN '(' rowPattern ')'
        (SUBSET identifier '=' '(' identifierList ')' (',' identifier '=' '(' identifierList ')')*)?
        DEFINE identifier AS condition (',' identifier AS condition)*
      ')'
    ;

// A row pattern: variables with quantifiers, alternation, grouping, anchors, PERMUTE.
rowPattern
    : rowPatternTerm+ ('|' rowPatternTerm+)*
    ;

rowPatternTerm
    : (identifier | '(' rowPattern? ')' | '{' '-' rowPattern '-' '}' | PERMUTE '(' rowPattern (',' rowPattern)* ')' | '^' | '$')
      rowPatternQuantifier?
    ;

rowPatternQuantifier
    : ('*' | '+' | '?') '?'?
    | '{' NUMERIC_LITERAL? (',' NUMERIC_LITERAL?)? '}' '?'?
    ;

// MODEL (SQL Language Reference "model_clause").
modelClause
    : MODEL ((IGNORE | KEEP) NAV)? ((UNIQUE (DIMENSION | SINGLE REFERENCE)))?
      (RETURN (UPDATED | ALL) ROWS)?
      (REFERENCE identifier ON '(' subquery ')' modelColumnClauses)*
      (PARTITION BY '(' modelColumn (',' modelColumn)* ')')?
      DIMENSION BY '(' modelColumn (',' modelColumn)* ')'
      MEASURES '(' modelColumn (',' modelColumn)* ')'
      ((IGNORE | KEEP) NAV)? (UNIQUE (DIMENSION | SINGLE REFERENCE))?
      (RULES ((UPDATE | UPSERT ALL?)? ((AUTOMATIC | SEQUENTIAL) ORDER)? (ITERATE '(' NUMERIC_LITERAL ')' (UNTIL '(' condition ')')?)?)?)?
      '(' modelRule (',' modelRule)* ')'
    ;

modelColumnClauses
    : (PARTITION BY '(' modelColumn (',' modelColumn)* ')')? DIMENSION BY '(' modelColumn (',' modelColumn)* ')'
      MEASURES '(' modelColumn (',' modelColumn)* ')'
    ;

modelColumn
    : expression alias?
    ;

modelRule
    : (UPDATE | UPSERT ALL?)? expression orderByClause? '=' expression
    ;

selectList
    : selectItem (',' selectItem)*
    ;

selectItem
    : STAR
    | condition alias?
    ;

intoClause
    : BULK COLLECT INTO intoTarget (',' intoTarget)*
    | INTO intoTarget (',' intoTarget)*
    ;

intoTarget
    : expression
    ;

tableReferenceList
    : tableReference (',' tableReference)*
    ;

tableReference
    : tablePrimary joinClause*
    ;

tablePrimary
    : ONLY '(' queryTableExpression ')' flashbackQuery? pivotClause? tableAlias?
    | queryTableExpression flashbackQuery? (pivotClause | matchRecognizeClause)? tableAlias?
    | '(' tableReference ')' tableAlias?
    ;

queryTableExpression
    : objectName partitionExtension? sampleClause?                # namedTable
    | '(' subquery subqueryRestriction? ')'                        # derivedTable
    | LATERAL '(' subquery subqueryRestriction? ')'                # lateralTable
    | TABLE '(' expression ')' ('(' '+' ')')?                      # collectionTable
    | jsonFunction                                                 # jsonTable
    | XMLTABLE '(' expression (PASSING expression)? (COLUMNS xmlColumn (',' xmlColumn)*)? ')' # xmlTable
    ;

xmlColumn
    : identifier (FOR ORDINALITY | dataType (PATH STRING_LITERAL)? (DEFAULT expression)?)
    ;

partitionExtension
    : (PARTITION | SUBPARTITION) ( '(' identifier ')' | FOR '(' expressionList ')' )
    ;

sampleClause
    : SAMPLE BLOCK? '(' expression (',' expression)? ')' (SEED '(' expression ')')?
    ;

subqueryRestriction
    : WITH (READ ONLY | CHECK OPTION) (CONSTRAINT identifier)?
    ;

flashbackQuery
    : VERSIONS BETWEEN (SCN | TIMESTAMP) expression AND expression
    | AS OF (SCN | TIMESTAMP | PERIOD FOR identifier) expression
    ;

tableAlias
    : identifier
    ;

joinClause
    : (INNER | CROSS | NATURAL (INNER | (LEFT | RIGHT | FULL) OUTER?)? | (LEFT | RIGHT | FULL) OUTER?)? JOIN
        tablePrimary (ON condition | USING columnList)?
    | (CROSS | OUTER) APPLY tablePrimary
    | queryPartitionClause? (LEFT | RIGHT | FULL) OUTER? JOIN tablePrimary queryPartitionClause? (ON condition | USING columnList)
    ;

pivotClause
    : PIVOT XML? '(' pivotAggregate (',' pivotAggregate)* FOR pivotColumns
        IN '(' (pivotInItem (',' pivotInItem)* | ANY (',' ANY)* | subquery) ')' ')'
    | UNPIVOT ((INCLUDE | EXCLUDE) NULLS)? '(' pivotColumns FOR pivotColumns
        IN '(' unpivotInItem (',' unpivotInItem)* ')' ')'
    ;

// One column or a parenthesized list (a rule of its own keeps pivotClause's method small enough to be JIT-compiled).
pivotColumns
    : columnName
    | columnList
    ;

pivotAggregate
    : expression alias?
    ;

pivotInItem
    : (expression | '(' expressionList ')') alias?
    ;

unpivotInItem
    : (columnName | columnList) (AS (literal | '(' literal (',' literal)* ')'))?
    ;

whereClause
    : WHERE (condition | CURRENT OF identifier)
    ;

hierarchicalClause
    : CONNECT BY NOCYCLE? condition (START WITH condition)?
    | START WITH condition CONNECT BY NOCYCLE? condition
    ;

groupByClause
    : GROUP BY groupByItem (',' groupByItem)* (HAVING condition)?
    | HAVING condition (GROUP BY groupByItem (',' groupByItem)*)?
    ;

groupByItem
    : (ROLLUP | CUBE) '(' groupingExpression (',' groupingExpression)* ')'
    | GROUPING SETS '(' groupByItem (',' groupByItem)* ')'
    | groupingExpression
    ;

groupingExpression
    : expression
    | '(' ')'
    ;

windowClause
    : WINDOW identifier AS '(' identifier? queryPartitionClause? orderByClause? windowingClause? ')'
      (',' identifier AS '(' identifier? queryPartitionClause? orderByClause? windowingClause? ')')*
    ;

orderByClause
    : ORDER SIBLINGS? BY orderByItem (',' orderByItem)*
    ;

orderByItem
    : expression (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

rowLimitingClause
    : OFFSET expression (ROW | ROWS)
      (FETCH (FIRST | NEXT) (expression PERCENT?)? (ROW | ROWS) (ONLY | WITH TIES))?
    | FETCH (FIRST | NEXT) (expression PERCENT?)? (ROW | ROWS) (ONLY | WITH TIES)
    ;

forUpdateClause
    : FOR UPDATE (OF columnName (',' columnName)*)? (NOWAIT | WAIT expression | SKIP_ LOCKED)?
    ;

// ---- INSERT

insertStatement
    : INSERT (singleTableInsert | multiTableInsert)
    ;

singleTableInsert
    : insertIntoClause (valuesClause returningClause? | subquery) errorLoggingClause?
    ;

insertIntoClause
    : INTO dmlTarget tableAlias? columnList?
    ;

dmlTarget
    : objectName partitionExtension?
    | '(' subquery subqueryRestriction? ')'
    | TABLE '(' expression ')'
    ;

valuesClause
    : VALUES valuesRow (',' valuesRow)*
    | VALUES expression
    ;

valuesRow
    : '(' (expressionOrDefault (',' expressionOrDefault)*)? ')'
    ;

expressionOrDefault
    : DEFAULT
    | condition
    ;

multiTableInsert
    : ALL multiInsertInto+ subquery
    | (ALL | FIRST) conditionalInsertWhen+ (ELSE multiInsertInto+)? subquery
    ;

conditionalInsertWhen
    : WHEN condition THEN multiInsertInto+
    ;

multiInsertInto
    : insertIntoClause valuesClause? errorLoggingClause?
    ;

returningClause
    : (RETURN | RETURNING) (OLD | NEW)? expression (',' (OLD | NEW)? expression)* (BULK COLLECT)? INTO intoTarget (',' intoTarget)*
    ;

errorLoggingClause
    : LOG ERRORS (INTO objectName)? ('(' expression ')')? (REJECT LIMIT (expression | UNLIMITED))?
    ;

// ---- UPDATE

updateStatement
    : UPDATE dmlTarget tableAlias? updateSetClause fromClauseOfUpdate? whereClause? returningClause? errorLoggingClause?
    ;

fromClauseOfUpdate
    : FROM tableReferenceList
    ;

updateSetClause
    : SET ( VALUE '(' identifier ')' '=' (expression | subquery)
          | ROW '=' expression
          | updateAssignment (',' updateAssignment)* )
    ;

updateAssignment
    : columnList '=' subquery
    | columnName '=' expressionOrDefault
    ;

// ---- DELETE

deleteStatement
    : DELETE FROM? dmlTarget tableAlias? fromClauseOfUpdate? whereClause? returningClause? errorLoggingClause?
    ;

// ---- MERGE

mergeStatement
    : MERGE INTO objectName tableAlias? USING (objectName | '(' subquery ')') tableAlias? ON '(' condition ')'
      mergeClause+ errorLoggingClause?
    ;

mergeClause
    : WHEN MATCHED THEN UPDATE SET updateAssignment (',' updateAssignment)* whereClause? (DELETE whereClause)?
    | WHEN NOT MATCHED THEN INSERT columnList? VALUES valuesRow whereClause?
    ;

// ---- LOCK TABLE

lockTableStatement
    : LOCK TABLE objectName partitionExtension? (',' objectName partitionExtension?)* IN lockMode MODE (NOWAIT | WAIT expression)?
    ;

lockMode
    : ROW SHARE | ROW EXCLUSIVE | SHARE UPDATE | SHARE | SHARE ROW EXCLUSIVE | EXCLUSIVE
    ;
