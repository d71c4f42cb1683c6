/*
 * Compound statements inside stored programs (procedures, functions, triggers, events) and MariaDB's
 * anonymous BEGIN NOT ATOMIC blocks. Written from MySQL 8.4 Reference Manual 15.6 "Compound Statement Syntax"
 * and the MariaDB 11 "Programmatic & Compound Statements" pages (FOR loops, TYPE OF, cursor parameters).
 */
parser grammar MySqlRoutines;

// A statement that may appear in a stored program body: control flow, declarations and any SQL statement.
routineStatement
    : labeledBlock
    | ifStatement
    | caseStatement
    | declareStatement
    | iterateStatement
    | leaveStatement
    | returnStatement
    | openCursorStatement
    | fetchCursorStatement
    | closeCursorStatement
    | signalStatement
    | resignalStatement
    | getDiagnosticsStatement
    | statement
    ;

routineStatementList
    : (routineStatement ';')*
    ;

labeledBlock
    : (label ':')? (beginEndBlock | loopStatement | whileStatement | repeatStatement | forStatement) label?
    ;

label
    : identifier
    ;

beginEndBlock
    : BEGIN ({isMariaDb()}? NOT ATOMIC)? routineStatementList END
    ;

loopStatement
    : LOOP routineStatementList END LOOP
    ;

whileStatement
    : WHILE expr DO routineStatementList END WHILE
    ;

repeatStatement
    : REPEAT routineStatementList UNTIL expr END REPEAT
    ;

// MariaDB: FOR i IN [REVERSE] 1..10 DO ... END FOR; FOR rec IN cursor/(SELECT ...) DO ... END FOR
forStatement
    : {isMariaDb()}? FOR identifier IN REVERSE? (bitExpr RANGE_DOTS bitExpr | RANGE_FROM bitExpr | identifier ('(' exprList? ')')?
      | '(' queryExpression ')')
      DO routineStatementList END FOR
    ;

ifStatement
    : IF expr THEN routineStatementList (ELSEIF expr THEN routineStatementList)* (ELSE routineStatementList)? END IF
    ;

caseStatement
    : CASE expr? (WHEN expr THEN routineStatementList)+ (ELSE routineStatementList)? END CASE
    ;

declareStatement
    : DECLARE identifierList parameterType (DEFAULT expr)?                                   # declareVariable
    | DECLARE identifier CONDITION FOR (INTEGER_LITERAL | SQLSTATE VALUE? textLiteral)        # declareCondition
    | DECLARE identifier CURSOR ({isMariaDb()}? '(' cursorParameter (',' cursorParameter)* ')')? (FOR | {isMariaDb()}? IS) selectStatement  # declareCursor
    | DECLARE (CONTINUE | EXIT | UNDO) HANDLER FOR handlerCondition (',' handlerCondition)* routineStatement  # declareHandler
    ;

cursorParameter
    : IN? identifier parameterType
    ;

handlerCondition
    : INTEGER_LITERAL
    | SQLSTATE VALUE? textLiteral
    | SQLWARNING
    | NOT FOUND
    | SQLEXCEPTION
    | identifier
    ;

iterateStatement
    : ITERATE label
    ;

leaveStatement
    : LEAVE label
    ;

returnStatement
    : RETURN expr
    ;

openCursorStatement
    : OPEN identifier ('(' exprList? ')')?
    ;

fetchCursorStatement
    : FETCH (NEXT? FROM)? identifier INTO intoTarget (',' intoTarget)*
    | {isMariaDb()}? FETCH GROUP NEXT ROW     // inside MariaDB aggregate stored functions
    ;

closeCursorStatement
    : CLOSE identifier
    ;

signalStatement
    : SIGNAL (SQLSTATE VALUE? textLiteral | identifier) (SET signalItem (',' signalItem)*)?
    ;

resignalStatement
    : RESIGNAL (SQLSTATE VALUE? textLiteral | identifier)? (SET signalItem (',' signalItem)*)?
    ;

signalItem
    : (CLASS_ORIGIN | SUBCLASS_ORIGIN | MESSAGE_TEXT | MYSQL_ERRNO | CONSTRAINT_CATALOG | CONSTRAINT_SCHEMA
      | CONSTRAINT_NAME | CATALOG_NAME | SCHEMA_NAME | TABLE_NAME | COLUMN_NAME | CURSOR_NAME)
      '=' (literal | variable | identifier)
    ;

getDiagnosticsStatement
    : GET (CURRENT | STACKED)? DIAGNOSTICS
      ( diagnosticsTarget '=' (NUMBER | ROW_COUNT) (',' diagnosticsTarget '=' (NUMBER | ROW_COUNT))*
      | CONDITION (INTEGER_LITERAL | variable | identifier) diagnosticsTarget '=' signalItemName
        (',' diagnosticsTarget '=' signalItemName)*
      )
    ;

diagnosticsTarget
    : variable
    | identifier
    ;

signalItemName
    : CLASS_ORIGIN | SUBCLASS_ORIGIN | RETURNED_SQLSTATE | MESSAGE_TEXT | MYSQL_ERRNO | CONSTRAINT_CATALOG
    | CONSTRAINT_SCHEMA | CONSTRAINT_NAME | CATALOG_NAME | SCHEMA_NAME | TABLE_NAME | COLUMN_NAME | CURSOR_NAME
    | {isMariaDb()}? ROW_NUMBER
    ;
