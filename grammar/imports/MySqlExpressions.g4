/*
 * Expressions, written from the MySQL 8.4 Reference Manual 11.5 "Expressions", 14.4 "Operators"
 * (operator precedence) and the function chapters; MariaDB additions guarded by isMariaDb().
 *
 * Precedence, lowest first: OR/||, XOR, AND/&&, NOT, comparison/IS/IN/BETWEEN/LIKE/REGEXP, |, &, <<>>,
 * +-, * / DIV % MOD, ^, unary - ~ !, BINARY/COLLATE. Three rule levels keep BETWEEN's AND unambiguous.
 */
parser grammar MySqlExpressions;

expr
    : (NOT | '!') expr                                          # notExpr
    | expr (AND | '&&') expr                                    # andExpr
    | expr XOR expr                                             # xorExpr
    | expr (OR | '||') expr                                     # orExpr
    | predicate                                                 # predicateExpr
    ;

predicate
    : bitExpr                                                                   # bitPredicate
    | predicate comparisonOperator (ALL | ANY | SOME) '(' queryExpression ')'  # quantifiedComparison
    | predicate comparisonOperator bitExpr                                      # comparison
    | predicate IS NOT? (TRUE | FALSE | UNKNOWN | NULL)                        # isPredicate
    | predicate NOT? IN '(' (queryExpression | exprList) ')'                   # inPredicate
    | predicate NOT? BETWEEN bitExpr AND predicate                              # betweenPredicate
    | predicate SOUNDS LIKE bitExpr                                             # soundsLikePredicate
    | predicate NOT? LIKE bitExpr (ESCAPE bitExpr)?                             # likePredicate
    | predicate NOT? (REGEXP | RLIKE) bitExpr                                   # regexpPredicate
    | predicate MEMBER OF? '(' bitExpr ')'                                      # memberOfPredicate
    ;

comparisonOperator
    : '=' | '<=>' | NOT_EQUAL | '<' | '<=' | '>' | '>='
    ;

// One left-recursive rule for the operators from COLLATE down to |, and the operands: alternatives listed first bind
// tighter (ANTLR's precedence climbing), so a plain operand is one rule deep instead of two. The prefix operators'
// operand takes only COLLATE; INTERVAL ... '+' is listed last so that its trailing operand takes every operator.
bitExpr
    : bitExpr COLLATE collationName                                 # collateExpr
    | ('-' | '+' | '~' | '!') bitExpr                               # unaryExpr
    | BINARY bitExpr                                                # binaryExpr
    | literal                                                       # literalExpr
    | '?'                                                           # parameterExpr
    | variable (ASSIGN expr)?                                       # variableExpr
    | functionCall                                                  # functionCallExpr
    | columnRef jsonPath?                                           # columnRefExpr
    | '(' queryExpression ')'                                       # subqueryExpr
    | EXISTS '(' queryExpression ')'                                # existsExpr
    | '(' expr ')'                                                  # parenthesizedExpr
    | ROW? '(' expr (',' expr)+ ')'                                 # rowExpr
    | CASE expr? (WHEN expr THEN expr)+ (ELSE expr)? END            # caseExpr
    | INTERVAL '(' expr ',' expr (',' expr)* ')'                    # intervalFunctionExpr
    | MATCH '(' columnRef (',' columnRef)* ')' AGAINST '(' bitExpr fulltextModifier? ')'  # matchExpr
    | DEFAULT ('(' columnRef ')')?                                  # defaultExpr
    | {isMariaDb()}? (NEXT | PREVIOUS) VALUE FOR tableName           # sequenceValueExpr
    | bitExpr '^' bitExpr                                           # xorBitExpr
    | bitExpr ('*' | '/' | DIV | '%' | MOD) bitExpr                 # multiplicativeExpr
    | bitExpr ('+' | '-') INTERVAL expr intervalUnit                # dateArithmeticExpr
    | bitExpr ('+' | '-') bitExpr                                   # additiveExpr
    | bitExpr ('<<' | '>>') bitExpr                                 # shiftExpr
    | bitExpr '&' bitExpr                                           # bitAndExpr
    | bitExpr '|' bitExpr                                           # bitOrExpr
    | INTERVAL expr intervalUnit '+' bitExpr                        # intervalExpr
    ;

jsonPath
    : ('->' | '->>') textLiteral
    ;

variable
    : USER_VARIABLE
    | SYSTEM_VARIABLE
    ;

fulltextModifier
    : IN NATURAL LANGUAGE MODE (WITH QUERY EXPANSION)?
    | IN BOOLEAN MODE
    | WITH QUERY EXPANSION
    ;

exprList
    : expr (',' expr)*
    ;

intervalUnit
    : MICROSECOND | SECOND | MINUTE | HOUR | DAY | WEEK | MONTH | QUARTER | YEAR
    | SECOND_MICROSECOND | MINUTE_MICROSECOND | MINUTE_SECOND | HOUR_MICROSECOND | HOUR_SECOND
    | HOUR_MINUTE | DAY_MICROSECOND | DAY_SECOND | DAY_MINUTE | DAY_HOUR | YEAR_MONTH
    | SQL_TSI_SECOND | SQL_TSI_MINUTE | SQL_TSI_HOUR | SQL_TSI_DAY | SQL_TSI_WEEK | SQL_TSI_MONTH
    | SQL_TSI_QUARTER | SQL_TSI_YEAR
    ;

// ---------------------------------------------------------------- functions

functionCall
    : specialFunction                                                          # specialFunctionCall
    | aggregateFunction overClause?                                            # aggregateFunctionCall
    | windowFunction overClause                                                # windowFunctionCall
    | functionName '(' (expr (',' expr)*)? ')' overClause?                     # genericFunctionCall
    | identifier dotIdentifier '(' (expr (',' expr)*)? ')'                     # qualifiedFunctionCall
    | niladicFunction                                                          # niladicFunctionCall
    ;

// Reserved words that are also function names.
functionName
    : identifier
    | IF | LEFT | RIGHT | REPLACE | INSERT | DATABASE | SCHEMA | MOD | REPEAT | VALUES | CURRENT_DATE | CURRENT_TIME | CURRENT_TIMESTAMP | LOCALTIME | LOCALTIMESTAMP | CURRENT_USER | UTC_DATE | UTC_TIME | UTC_TIMESTAMP
    ;

// Functions whose arguments are not a plain expression list.
specialFunction
    : CAST '(' expr AS castType ARRAY? ')'
    | CONVERT '(' expr ',' castType ')'
    | CONVERT '(' expr USING charsetName ')'
    | CHAR '(' exprList (USING charsetName)? ')'
    | EXTRACT '(' intervalUnit FROM expr ')'
    | POSITION '(' bitExpr IN expr ')'
    | (SUBSTRING | SUBSTR) '(' expr FROM expr (FOR expr)? ')'
    | TRIM '(' (BOTH | LEADING | TRAILING)? expr? FROM expr ')'
    | (DATE_ADD | DATE_SUB | ADDDATE | SUBDATE) '(' expr ',' INTERVAL expr intervalUnit ')'
    | (TIMESTAMPADD | TIMESTAMPDIFF) '(' intervalUnit ',' expr ',' expr ')'
    | GET_FORMAT '(' (DATE | TIME | DATETIME | TIMESTAMP) ',' expr ')'
    | WEIGHT_STRING '(' expr (AS (CHAR | BINARY) typeLength)? ')'
    | JSON_VALUE '(' expr ',' expr (RETURNING castType)? jsonOnEmptyOnError? ')'
    ;

niladicFunction
    : CURRENT_DATE | CURRENT_TIME | CURRENT_TIMESTAMP | LOCALTIME | LOCALTIMESTAMP | CURRENT_USER
    | UTC_DATE | UTC_TIME | UTC_TIMESTAMP | CURRENT_ROLE
    ;

aggregateFunction
    : (AVG | MAX | MIN | SUM) '(' DISTINCT? expr ')'
    | COUNT '(' ('*' | ALL? expr | DISTINCT exprList) ')'
    | (BIT_AND | BIT_OR | BIT_XOR | STD | STDDEV | STDDEV_POP | STDDEV_SAMP | VAR_POP | VAR_SAMP | VARIANCE)
      '(' ALL? expr ')'
    | (JSON_ARRAYAGG | JSON_OBJECTAGG) '(' exprList ')'
    | GROUP_CONCAT '(' DISTINCT? exprList orderByClause? (SEPARATOR textLiteral)? limitClause? ')'
    | {isMariaDb()}? JSON_ARRAYAGG '(' DISTINCT? exprList orderByClause? limitClause? ')'
    ;

windowFunction
    : (ROW_NUMBER | RANK | DENSE_RANK | CUME_DIST | PERCENT_RANK) '(' ')'
    | NTILE '(' expr ')'
    | (LEAD | LAG) '(' expr (',' expr (',' expr)?)? ')' nullTreatment?
    | (FIRST_VALUE | LAST_VALUE) '(' expr ')' nullTreatment?
    | NTH_VALUE '(' expr ',' expr ')' (FROM (FIRST | LAST))? nullTreatment?
    | {isMariaDb()}? (PERCENTILE_CONT | PERCENTILE_DISC | MEDIAN) '(' expr ')'
      (WITHIN GROUP '(' orderByClause ')')?
    ;

nullTreatment
    : (RESPECT | IGNORE) NULLS
    ;

overClause
    : OVER (identifier | '(' windowSpec ')')
    ;

windowSpec
    : identifier? (PARTITION BY exprList)? orderByClause? windowFrame?
    ;

windowFrame
    : (ROWS | RANGE) (frameBound | BETWEEN frameBound AND frameBound)
      (EXCLUDE (CURRENT ROW | GROUP | TIES | NO OTHERS))?
    ;

frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | (expr | INTERVAL expr intervalUnit) (PRECEDING | FOLLOWING)
    ;

jsonOnEmptyOnError
    : jsonOnResponse ON EMPTY (jsonOnResponse ON ERROR)?
    | jsonOnResponse ON ERROR
    ;

jsonOnResponse
    : ERROR | NULL | DEFAULT textLiteral
    ;
