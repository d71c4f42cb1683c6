/*
 * PL/SQL units and blocks (PL/SQL Language Reference chapters 4 "Control Statements", 5 "Collections and
 * Records", 6 "PL/SQL Static SQL", 7 "PL/SQL Dynamic SQL", 8 "Subprograms", 9 "Triggers", 10 "Packages",
 * 11 "Error Handling", 12 "Bulk SQL", 13 "Language Elements" and 14 "SQL Statements for Stored PL/SQL Units").
 */
parser grammar OraclePlsql;

// ---- units

createProcedureStatement
    : CREATE (OR REPLACE)? editionable? PROCEDURE (IF NOT EXISTS)? objectName (SHARING '=' identifier)? parameterList?
      invokerRights* (IS | AS) (callSpec ';'? | body)
    ;

createFunctionStatement
    : CREATE (OR REPLACE)? editionable? FUNCTION (IF NOT EXISTS)? objectName (SHARING '=' identifier)? parameterList?
      RETURN dataType functionOption* (IS | AS) (callSpec ';'? | body)
    | CREATE (OR REPLACE)? editionable? FUNCTION (IF NOT EXISTS)? objectName parameterList? RETURN dataType
      functionOption* (AGGREGATE | PIPELINED) USING objectName
    ;

createPackageStatement
    : CREATE (OR REPLACE)? editionable? PACKAGE (IF NOT EXISTS)? objectName (SHARING '=' identifier)? invokerRights* (IS | AS)
      packageItem* END identifier? ';'?
    ;

createPackageBodyStatement
    : CREATE (OR REPLACE)? editionable? PACKAGE BODY (IF NOT EXISTS)? objectName (SHARING '=' identifier)? (IS | AS)
      packageItem* (BEGIN statementList (EXCEPTION exceptionHandler+)?)? END identifier? ';'?
    ;

createTriggerStatement
    : CREATE (OR REPLACE)? editionable? TRIGGER (IF NOT EXISTS)? objectName (SHARING '=' identifier)?
      triggerTiming triggerEvents ON triggerTarget
      referencingClause? (FOR EACH ROW)? triggerOrdering? (ENABLE | DISABLE)? (WHEN '(' condition ')')?
      triggerBody
    ;

triggerTiming
    : BEFORE | AFTER | INSTEAD OF | FOR
    ;

triggerEvents
    : triggerEvent (OR triggerEvent)*
    ;

triggerEvent
    : DELETE | INSERT | UPDATE (OF identifierList)?
    | ALTER | ANALYZE | AUDIT | COMMENT | CREATE | DROP | GRANT | NOAUDIT | RENAME | REVOKE | TRUNCATE | DDL
    | ASSOCIATE STATISTICS | DISASSOCIATE STATISTICS
    | STARTUP | SHUTDOWN | LOGON | LOGOFF | SERVERERROR | SUSPEND | DB_ROLE_CHANGE | CLONE | UNPLUG | SET CONTAINER
    ;

triggerTarget
    : (NESTED TABLE identifier OF)? objectName
    | PLUGGABLE? DATABASE
    | (identifier '.')? SCHEMA
    ;

referencingClause
    : REFERENCING ((OLD | NEW | PARENT) AS? identifier)+
    ;

triggerOrdering
    : (FOLLOWS | PRECEDES) objectName (',' objectName)*
    ;

triggerBody
    : COMPOUND TRIGGER declareItem* timingPointSection+ END identifier? ';'?
    | CALL primary
    | block
    ;

timingPointSection
    : (BEFORE STATEMENT | BEFORE EACH ROW | AFTER STATEMENT | AFTER EACH ROW | INSTEAD OF EACH ROW) IS
      BEGIN statementList (EXCEPTION exceptionHandler+)? END (BEFORE | AFTER | INSTEAD) (STATEMENT | EACH ROW | OF EACH ROW)? ';'
    ;

createTypeStatement
    : CREATE (OR REPLACE)? editionable? TYPE (IF NOT EXISTS)? objectName FORCE? (OID STRING_LITERAL)? (SHARING '=' identifier)?
      ( ';'?
      | invokerRights* (IS | AS | UNDER objectName)
        ( OBJECT? '(' typeAttribute (',' typeAttribute)* ')' (NOT? (FINAL | INSTANTIABLE | PERSISTABLE))* ';'?
        | (TABLE OF | (VARRAY | VARYING? ARRAY) '(' expression ')' OF) dataType (NOT NULL)? ';'?
        | LANGUAGE JAVA NAME STRING_LITERAL ';'? ) )
    ;

typeAttribute
    : (NOT? (OVERRIDING | FINAL | INSTANTIABLE))* (MEMBER | STATIC | MAP MEMBER | ORDER MEMBER) (functionHeading | procedureHeading)
    | (NOT? (OVERRIDING | FINAL | INSTANTIABLE))* FINAL? INSTANTIABLE? CONSTRUCTOR FUNCTION typeName parameterList? RETURN SELF AS RESULT
    | identifier dataType
    ;

createTypeBodyStatement
    : CREATE (OR REPLACE)? editionable? TYPE BODY objectName (SHARING '=' identifier)? (IS | AS)
      typeBodyMember+ END ';'?
    ;

typeBodyMember
    : (OVERRIDING | FINAL)* (MEMBER | STATIC | MAP MEMBER | ORDER MEMBER) (functionDefinition | procedureDefinition)
    | FINAL? INSTANTIABLE? CONSTRUCTOR FUNCTION typeName parameterList? RETURN SELF AS RESULT (IS | AS) body
    ;

createLibraryStatement
    : CREATE (OR REPLACE)? editionable? LIBRARY objectName (IS | AS) (STRING_LITERAL | Q_STRING_LITERAL) (IN identifier)? (AGENT STRING_LITERAL)? (CREDENTIAL objectName)? ';'?
    ;

alterCompileStatement
    : ALTER (PROCEDURE | FUNCTION | PACKAGE | TRIGGER | TYPE | LIBRARY | VIEW | MATERIALIZED VIEW | JAVA (SOURCE | CLASS)) (IF EXISTS)? objectName
      ( COMPILE (DEBUG)? (PACKAGE | SPECIFICATION | BODY)? (identifier '=' expression)* (REUSE SETTINGS)?
      | ENABLE | DISABLE | RENAME TO identifier | EDITIONABLE | NONEDITIONABLE )
    ;

editionable
    : EDITIONABLE | NONEDITIONABLE
    ;

invokerRights
    : AUTHID (CURRENT_USER | DEFINER)
    | ACCESSIBLE BY '(' accessor (',' accessor)* ')'
    | DEFAULT COLLATION identifier
    ;

accessor
    : (FUNCTION | PROCEDURE | PACKAGE | TRIGGER | TYPE)? objectName
    ;

functionOption
    : invokerRights | DETERMINISTIC | PARALLEL_ENABLE ('(' PARTITION identifier BY (ANY | (HASH | RANGE) columnList) ')')?
    | RESULT_CACHE (RELIES_ON '(' identifierList? ')')? | PIPELINED | SHARD_ENABLE | SQL_MACRO ('(' (SCALAR | TABLE) ')')?
    ;

callSpec
    : LANGUAGE (JAVA NAME STRING_LITERAL | C (NAME identifier)? LIBRARY identifier (WITH CONTEXT)? (PARAMETERS '(' expressionList ')')?)
    | EXTERNAL ((NAME | LIBRARY) identifier)*
    ;

parameterList
    : '(' parameter (',' parameter)* ')'
    ;

parameter
    : identifier (IN | OUT | IN OUT)? NOCOPY? dataType ((':=' | DEFAULT) expression)?
    ;

// ---- declarations

packageItem
    : declareItem
    ;

declareItem
    : CC_IF condition CC_THEN declareItem* (CC_ELSIF condition CC_THEN declareItem*)* (CC_ELSE declareItem*)? CC_END
    | CC_ERROR expression CC_END
    | procedureDefinition
    | functionDefinition
    | procedureHeading ';'
    | functionHeading ';'
    | cursorDeclaration
    | typeDefinition
    | SUBTYPE identifier IS dataType (RANGE expression DOUBLE_DOT expression)? (NOT NULL)? ';'
    | identifier EXCEPTION ';'
    | PRAGMA pragmaBody ';'
    | identifier CONSTANT dataType (NOT NULL)? (':=' | DEFAULT) expression ';'
    | identifier dataType (NOT NULL)? ((':=' | DEFAULT) expression)? ';'
    ;

pragmaBody
    : AUTONOMOUS_TRANSACTION | SERIALLY_REUSABLE | INLINE '(' identifier ',' STRING_LITERAL ')'
    | EXCEPTION_INIT '(' identifier ',' '-'? NUMERIC_LITERAL ')'
    | RESTRICT_REFERENCES '(' identifierList ')'
    | UDF | COVERAGE '(' STRING_LITERAL ')' | DEPRECATE '(' identifier (',' STRING_LITERAL)? ')'
    | SUPPRESSES_WARNING_6009 '(' identifier ')'
    ;

procedureHeading
    : PROCEDURE identifier parameterList? invokerRights*
    ;

functionHeading
    : FUNCTION identifier parameterList? RETURN dataType functionOption*
    ;

procedureDefinition
    : procedureHeading (IS | AS) (callSpec ';' | body)
    ;

functionDefinition
    : functionHeading (IS | AS) (callSpec ';' | body)
    ;

cursorDeclaration
    : CURSOR identifier parameterList? (RETURN dataType)? (IS selectStatement)? ';'
    ;

typeDefinition
    : TYPE identifier IS RECORD '(' recordField (',' recordField)* ')' ';'
    | TYPE identifier IS (TABLE OF | (VARRAY | VARYING? ARRAY) '(' expression ')' OF) dataType (NOT NULL)? (INDEX BY dataType)? ';'
    | TYPE identifier IS REF CURSOR (RETURN dataType)? ';'
    ;

recordField
    : identifier dataType (NOT NULL)? ((':=' | DEFAULT) expression)?
    ;

// ---- blocks and statements

// The part after IS/AS of a subprogram: declarations, then BEGIN ... END.
body
    : declareItem* BEGIN statementList (EXCEPTION exceptionHandler+)? END identifier? ';'
    ;

block
    : (DECLARE declareItem*)? BEGIN statementList (EXCEPTION exceptionHandler+)? END identifier? ';'
    ;

exceptionHandler
    : WHEN (OTHERS | qualifiedName) (OR (OTHERS | qualifiedName))* THEN statementList
    ;

statementList
    : (label* plsqlStatement)+
    ;

label
    : LABEL_START labelName LABEL_END
    ;

plsqlStatement
    : CC_IF condition CC_THEN statementList? (CC_ELSIF condition CC_THEN statementList?)* (CC_ELSE statementList?)? CC_END
    | CC_ERROR expression CC_END
    | block
    | assignmentStatement
    | ifStatement
    | caseStatement
    | loopStatement
    | forallStatement
    | EXIT labelName? (WHEN condition)? ';'
    | CONTINUE labelName? (WHEN condition)? ';'
    | GOTO labelName ';'
    | NULL ';'
    | RETURN expression? ';'
    | RAISE qualifiedName? ';'
    | PIPE ROW '(' expression ')' ';'
    | openStatement
    | fetchStatement
    | CLOSE expression ';'
    | executeImmediateStatement
    | sqlInPlsql ';'
    | procedureCall
    ;

assignmentStatement
    : expression ':=' condition ';'
    ;

procedureCall
    : expression ';'
    ;

ifStatement
    : IF condition THEN statementList (ELSIF condition THEN statementList)* (ELSE statementList)? END IF ';'
    ;

caseStatement
    : CASE expression? (WHEN condition THEN statementList)+ (ELSE statementList)? END CASE identifier? ';'
    ;

loopStatement
    : (WHILE condition | FOR identifier IN REVERSE? loopRange | FOR identifier IN (subquery | '(' subquery ')' | identifier ('(' expressionList? ')')?))?
      LOOP statementList END LOOP labelName? ';'
    ;

loopRange
    : expression DOUBLE_DOT expression
    | INTEGER_LITERAL_DOTDOT expression
    ;

forallStatement
    : FORALL identifier IN ( loopRange | INDICES OF expression (BETWEEN expression AND expression)? | VALUES OF expression )
      (SAVE EXCEPTIONS)? (sqlInPlsql ';' | executeImmediateStatement)
    ;

openStatement
    : OPEN expression (FOR (selectStatement | expression) (USING usingArgument (',' usingArgument)*)?)? ';'
    ;

fetchStatement
    : FETCH expression (BULK COLLECT)? INTO expression (',' expression)* (LIMIT expression)? ';'
    ;

executeImmediateStatement
    : EXECUTE IMMEDIATE expression
      (intoClause | RETURNING intoClause | RETURN intoClause)?
      (USING usingArgument (',' usingArgument)*)?
      ((RETURNING | RETURN) intoClause)? ';'
    ;

usingArgument
    : (IN | OUT | IN OUT)? expression
    ;

// SQL statements allowed directly in PL/SQL (static SQL).
sqlInPlsql
    : selectStatement
    | insertStatement
    | updateStatement
    | deleteStatement
    | mergeStatement
    | lockTableStatement
    | commitStatement
    | rollbackStatement
    | savepointStatement
    | setTransactionStatement
    ;
