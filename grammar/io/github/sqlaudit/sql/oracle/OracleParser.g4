/*
 * Parser for one Oracle Database 19c/23ai statement or PL/SQL unit, as the SQL*Plus-style splitter cuts it
 * (without its terminator or "/" line). The families live in grammar/imports: OracleDml, OracleDdl, OraclePlsql,
 * OracleAdmin, OracleExpressions, OracleNames, OracleKeywordRules.
 */
parser grammar OracleParser;

options {
    tokenVocab = OracleLexer;
}

import OracleDml, OracleDdl, OraclePlsql, OracleAdmin, OracleExpressions, OracleNames, OracleKeywordRules;

// A query WITH FUNCTION ... (SQL Language Reference, "plsql_declarations") is a selectStatement: the splitter ends
// it at the "/" line like a PL/SQL unit, but it needs no alternative of its own here (one would make every SELECT
// ambiguous between the two and SLL prediction would read each query to its end to choose).
singleStatement
    : statement ';'? EOF
    | plsqlUnit EOF
    ;

// Units whose own text ends with "END;" (the splitter keeps it): CREATE PROCEDURE ... and anonymous blocks.
plsqlUnit
    : label* block
    | createProcedureStatement
    | createFunctionStatement
    | createPackageStatement
    | createPackageBodyStatement
    | createTriggerStatement
    | createTypeStatement
    | createTypeBodyStatement
    | createLibraryStatement
    | createJavaStatement
    ;

statement
    // DML
    : selectStatement
    | insertStatement
    | updateStatement
    | deleteStatement
    | mergeStatement
    | lockTableStatement
    | callStatement
    | explainPlanStatement
    // DDL
    | createTableStatement
    | alterTableStatement
    | dropTableStatement
    | truncateTableStatement
    | renameStatement
    | createIndexStatement
    | alterIndexStatement
    | dropIndexStatement
    | createViewStatement
    | alterViewStatement
    | dropViewStatement
    | createMaterializedViewStatement
    | alterMaterializedViewStatement
    | dropMaterializedViewStatement
    | createMaterializedViewLogStatement
    | dropMaterializedViewLogStatement
    | createSequenceStatement
    | alterSequenceStatement
    | dropSequenceStatement
    | createSynonymStatement
    | dropSynonymStatement
    | createDirectoryStatement
    | createDatabaseLinkStatement
    | createContextStatement
    | createEditionStatement
    | auditPolicyStatement
    | dropOtherStatement
    | alterTypeStatement
    | alterCompileStatement
    | createTablespaceStatement
    | alterTablespaceStatement
    | commentStatement
    | flashbackTableStatement
    | purgeStatement
    | analyzeStatement
    | createDomainStatement
    | alterDomainStatement
    | dropDomainStatement
    | createClusterStatement
    | alterClusterStatement
    | createPluggableDatabaseStatement
    | alterPluggableDatabaseStatement
    | dropPluggableDatabaseStatement
    | alterDatabaseStatement
    | createOperatorStatement
    | alterOperatorStatement
    | createIndextypeStatement
    | alterIndextypeStatement
    | createDimensionStatement
    | alterDimensionStatement
    // accounts and privileges
    | createUserStatement
    | alterUserStatement
    | dropUserStatement
    | createRoleStatement
    | alterRoleStatement
    | createProfileStatement
    | grantStatement
    | revokeStatement
    | auditStatement
    // transactions and session
    | commitStatement
    | rollbackStatement
    | savepointStatement
    | setTransactionStatement
    | setConstraintsStatement
    | setRoleStatement
    | alterSessionStatement
    | alterSystemStatement
    ;
