/*
 * Users, roles, profiles, privileges, transactions and session/system settings (SQL Language Reference: CREATE/
 * ALTER/DROP USER, CREATE ROLE, CREATE PROFILE, GRANT, REVOKE, COMMIT, ROLLBACK, SAVEPOINT, SET TRANSACTION,
 * SET ROLE, SET CONSTRAINTS, ALTER SESSION, ALTER SYSTEM, CALL, EXPLAIN PLAN, AUDIT, NOAUDIT).
 */
parser grammar OracleAdmin;

createUserStatement
    : CREATE USER (IF NOT EXISTS)? identifier userOption*
    ;

alterUserStatement
    : ALTER USER (IF EXISTS)? identifierList (userOption | GRANT CONNECT THROUGH identifier | REVOKE CONNECT THROUGH identifier)*
    ;

userOption
    : IDENTIFIED (BY identifier (REPLACE identifier)? | EXTERNALLY (AS STRING_LITERAL)? | GLOBALLY (AS STRING_LITERAL)?)
    | NO AUTHENTICATION
    | DEFAULT COLLATION identifier
    | DEFAULT TABLESPACE identifier
    | LOCAL? TEMPORARY TABLESPACE identifier
    | QUOTA (expression | UNLIMITED) ON identifier
    | PROFILE identifier
    | PASSWORD EXPIRE
    | ACCOUNT (LOCK | UNLOCK)
    | ENABLE EDITIONS (FOR identifierList)? FORCE?
    | CONTAINER '=' (CURRENT | ALL)
    | DEFAULT ROLE (ALL (EXCEPT identifierList)? | NONE | identifierList)
    | READ (ONLY | WRITE)
    ;

dropUserStatement
    : DROP USER (IF EXISTS)? identifier CASCADE?
    ;

createRoleStatement
    : CREATE ROLE (IF NOT EXISTS)? identifier (NOT IDENTIFIED | IDENTIFIED (BY identifier | USING objectName | EXTERNALLY | GLOBALLY))? (CONTAINER '=' (CURRENT | ALL))?
    ;

alterRoleStatement
    : ALTER ROLE identifier (NOT IDENTIFIED | IDENTIFIED (BY identifier | USING objectName | EXTERNALLY | GLOBALLY))
    ;

createProfileStatement
    : (CREATE | ALTER) MANDATORY? PROFILE identifier LIMIT (identifier (expression | UNLIMITED | DEFAULT | NULL))+ (CONTAINER '=' (CURRENT | ALL))?
    ;

grantStatement
    : GRANT privilegeItem (',' privilegeItem)* (ON grantObject)? TO grantee (',' grantee)*
      (IDENTIFIED BY identifier)? (WITH (ADMIN | DELEGATE | GRANT | HIERARCHY) OPTION)* (CONTAINER '=' (CURRENT | ALL))?
    ;

revokeStatement
    : REVOKE privilegeItem (',' privilegeItem)* (ON grantObject)? FROM grantee (',' grantee)*
      (CASCADE CONSTRAINTS | FORCE)? (CONTAINER '=' (CURRENT | ALL))?
    ;

privilegeItem
    : ALL PRIVILEGES?
    | privilegeWord+ columnList?
    ;

// System privileges are words (CREATE ANY TABLE, SELECT ANY DICTIONARY ...), object privileges and roles too.
privilegeWord
    : identifier | SELECT | INSERT | UPDATE | DELETE | ALTER | INDEX | REFERENCES | EXECUTE | DEBUG | READ | WRITE
    | CREATE | DROP | ANY | GRANT | TABLE | VIEW | SESSION | USER | ROLE | SYNONYM | PUBLIC | SEQUENCE | PROCEDURE
    | TRIGGER | TYPE | LOCK | COMMENT | CONNECT | RESOURCE | UNLIMITED | TABLESPACE | AUDIT | SYSTEM | DATABASE | LINK
    | MATERIALIZED | DIRECTORY | PROFILE | BACKUP | FLASHBACK | UNDER | ON COMMIT REFRESH | QUERY REWRITE | MERGE | KEEP
    ;

grantObject
    : (DIRECTORY | EDITION | MINING MODEL | JAVA (SOURCE | RESOURCE) | SQL TRANSLATION PROFILE | USER)? objectName
    ;

grantee
    : identifier | PUBLIC
    ;

auditStatement
    : (AUDIT | NOAUDIT) ( POLICY identifier ((BY | EXCEPT) identifierList)? (WHENEVER NOT? SUCCESSFUL)?
                        | privilegeWord+ (ON objectName)? (BY identifierList)? (BY (SESSION | ACCESS))? (WHENEVER NOT? SUCCESSFUL)? )
    ;

// ---- transactions

commitStatement
    : COMMIT WORK? (COMMENT STRING_LITERAL | WRITE (WAIT | NOWAIT | IMMEDIATE | BATCH)* | FORCE STRING_LITERAL (',' expression)?)?
    ;

rollbackStatement
    : ROLLBACK WORK? (TO SAVEPOINT? identifier | FORCE STRING_LITERAL)?
    ;

savepointStatement
    : SAVEPOINT identifier
    ;

setTransactionStatement
    : SET TRANSACTION ( READ (ONLY | WRITE) | ISOLATION LEVEL (SERIALIZABLE | READ COMMITTED) | USE ROLLBACK SEGMENT identifier )?
      (NAME STRING_LITERAL)?
    ;

setConstraintsStatement
    : SET (CONSTRAINT | CONSTRAINTS) (ALL | identifierList) (IMMEDIATE | DEFERRED)
    ;

setRoleStatement
    : SET ROLE (ALL (EXCEPT identifierList)? | NONE | identifier (IDENTIFIED BY identifier)? (',' identifier (IDENTIFIED BY identifier)?)*)
    ;

// ---- session and system

alterSessionStatement
    : ALTER SESSION ( (ENABLE | DISABLE | FORCE) (COMMIT IN PROCEDURE | GUARD | PARALLEL (DML | DDL | QUERY) (PARALLEL expression)? | RESUMABLE (TIMEOUT expression)? (NAME STRING_LITERAL)? | SHARD DDL)
                    | ADVISE (COMMIT | ROLLBACK | NOTHING)
                    | CLOSE DATABASE LINK identifier
                    | SYNC WITH PRIMARY
                    | SET settingAssignment+ )
    ;

alterSystemStatement
    : ALTER SYSTEM ( SET settingAssignment+ (COMMENT '=' STRING_LITERAL)? (DEFERRED)? (SCOPE '=' (MEMORY | SPFILE | BOTH))? (SID '=' (STRING_LITERAL | '*'))?
                   | RESET identifier (SCOPE '=' (MEMORY | SPFILE | BOTH))? (SID '=' (STRING_LITERAL | '*'))?
                   | (KILL | DISCONNECT) SESSION STRING_LITERAL (IMMEDIATE | NOREPLAY | POST_TRANSACTION)*
                   | FLUSH (SHARED_POOL | BUFFER_CACHE | GLOBAL CONTEXT | REDO identifier)
                   | CHECKPOINT (GLOBAL | LOCAL)?
                   | SWITCH LOGFILE
                   | ARCHIVE LOG CURRENT
                   | (ENABLE | DISABLE) RESTRICTED SESSION
                   | (QUIESCE RESTRICTED | UNQUIESCE | SUSPEND | RESUME) )
    ;

settingAssignment
    : identifier '=' (expression (',' expression)* | DEFAULT)
    | EVENTS '=' STRING_LITERAL
    ;

callStatement
    : CALL primary (INTO BIND_VARIABLE)?
    ;

explainPlanStatement
    : EXPLAIN PLAN (SET STATEMENT_ID '=' STRING_LITERAL)? (INTO objectName)? FOR explainableStatement
    ;

explainableStatement
    : selectStatement | insertStatement | updateStatement | deleteStatement | mergeStatement
    | createTableStatement | createIndexStatement | alterIndexStatement
    ;
