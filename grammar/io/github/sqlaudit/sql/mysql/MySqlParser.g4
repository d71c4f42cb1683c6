/*
 * Parser for one MySQL 8.0/8.4 or MariaDB 11 statement, as the script splitter cuts it (without its delimiter).
 * The statement families live in grammar/imports (MySqlDml, MySqlDdl, MySqlRoutines, MySqlAdmin,
 * MySqlExpressions, MySqlNames, MySqlKeywordRules). MariaDB-only syntax is guarded by isMariaDb() and
 * MySQL-only syntax by !isMariaDb(), so each dialect accepts what its manual documents.
 */
parser grammar MySqlParser;

options {
    tokenVocab = MySqlLexer;
}

import MySqlDml, MySqlDdl, MySqlRoutines, MySqlAdmin, MySqlExpressions, MySqlNames, MySqlKeywordRules;

@members {
    private boolean mariaDb;

    /** Parse MariaDB syntax instead of MySQL's. */
    public void setMariaDb(boolean mariaDb) {
        this.mariaDb = mariaDb;
    }

    public boolean isMariaDb() {
        return mariaDb;
    }
}

singleStatement
    : topLevelStatement ';'? EOF
    ;

topLevelStatement
    : statement
    | {isMariaDb()}? (labeledBlock | ifStatement | caseStatement)   // MariaDB runs compound statements outside programs
    ;

statement
    // DML
    : selectStatement
    | insertStatement
    | replaceStatement
    | updateStatement
    | deleteStatement
    | loadStatement
    | callStatement
    | doStatement
    | handlerStatement
    | importTableStatement
    // DDL
    | createTableStatement
    | alterTableStatement
    | dropTableStatement
    | renameTableStatement
    | truncateTableStatement
    | createIndexStatement
    | dropIndexStatement
    | createViewStatement
    | alterViewStatement
    | dropViewStatement
    | createTriggerStatement
    | dropTriggerStatement
    | createEventStatement
    | alterEventStatement
    | dropEventStatement
    | createProcedureStatement
    | createFunctionStatement
    | alterRoutineStatement
    | dropRoutineStatement
    | createDatabaseStatement
    | alterDatabaseStatement
    | dropDatabaseStatement
    | createSequenceStatement
    | alterSequenceStatement
    | dropSequenceStatement
    | createTablespaceStatement
    | alterTablespaceStatement
    | dropTablespaceStatement
    | logfileGroupStatement
    | serverStatement
    | spatialReferenceSystemStatement
    | resourceGroupStatement
    // accounts
    | createUserStatement
    | alterUserStatement
    | dropUserStatement
    | renameUserStatement
    | createRoleStatement
    | dropRoleStatement
    | grantStatement
    | revokeStatement
    | setPasswordStatement
    | setRoleStatement
    // transactions and session
    | transactionStatement
    | lockTablesStatement
    | unlockTablesStatement
    | setStatement
    | useStatement
    | prepareStatement
    | executeStatement
    | deallocateStatement
    // administration
    | tableMaintenanceStatement
    | showStatement
    | explainStatement
    | helpStatement
    | flushStatement
    | killStatement
    | purgeStatement
    | resetStatement
    | replicationStatement
    | pluginStatement
    | otherAdminStatement
    | signalStatement
    | resignalStatement
    | getDiagnosticsStatement
    ;
