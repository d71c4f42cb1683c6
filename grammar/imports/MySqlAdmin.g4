/*
 * Transactions and locking, session state (SET, USE, PREPARE/EXECUTE), account management (users, roles,
 * GRANT, REVOKE), table maintenance, SHOW, EXPLAIN/DESCRIBE, FLUSH, KILL and the other administrative
 * statements. Written from MySQL 8.4 Reference Manual 15.3, 15.4, 15.5, 15.7 and 15.8 and the MariaDB 11
 * "Administrative SQL Statements" and "Account Management" pages.
 */
parser grammar MySqlAdmin;

// ---------------------------------------------------------------- transactions and locks

transactionStatement
    : START TRANSACTION (transactionCharacteristic (',' transactionCharacteristic)*)?     # startTransaction
    | BEGIN WORK?                                                                         # beginTransaction
    | COMMIT WORK? (AND NO? CHAIN)? (NO? RELEASE)?                                        # commit
    | ROLLBACK WORK? (AND NO? CHAIN)? (NO? RELEASE)?                                      # rollback
    | ROLLBACK WORK? TO SAVEPOINT? identifier                                             # rollbackToSavepoint
    | SAVEPOINT identifier                                                                # savepoint
    | RELEASE SAVEPOINT identifier                                                        # releaseSavepoint
    | XA (START | BEGIN) xid (JOIN | RESUME)?                                             # xaStart
    | XA END xid (SUSPEND (FOR MIGRATE)?)?                                                # xaEnd
    | XA PREPARE xid                                                                      # xaPrepare
    | XA COMMIT xid (ONE PHASE)?                                                          # xaCommit
    | XA ROLLBACK xid                                                                     # xaRollback
    | XA RECOVER (CONVERT XID | FORMAT '=' textLiteral)?                                  # xaRecover
    ;

transactionCharacteristic
    : WITH CONSISTENT SNAPSHOT
    | READ WRITE
    | READ ONLY
    | ISOLATION LEVEL isolationLevel
    ;

isolationLevel
    : REPEATABLE READ
    | READ COMMITTED
    | READ UNCOMMITTED
    | SERIALIZABLE
    ;

xid
    : (textLiteral | HEX_LITERAL | identifier) (',' (textLiteral | HEX_LITERAL) (',' INTEGER_LITERAL)?)?
    ;

lockTablesStatement
    : LOCK (TABLES | TABLE) tableLock (',' tableLock)* ddlWait?
    | LOCK INSTANCE FOR BACKUP
    ;

tableLock
    : tableName (AS? tableAlias)? (READ LOCAL? | LOW_PRIORITY? WRITE | WRITE CONCURRENT)
    ;

unlockTablesStatement
    : UNLOCK (TABLES | TABLE | INSTANCE)
    ;

// ---------------------------------------------------------------- session

setStatement
    : SET setAssignment (',' setAssignment)*                                                  # setVariables
    | SET (CHARACTER SET | CHARSET) (charsetName | DEFAULT)                                   # setCharset
    | SET NAMES (charsetName (COLLATE collationName)? | DEFAULT)                              # setNames
    | SET (GLOBAL | SESSION | LOCAL)? TRANSACTION transactionCharacteristic (',' transactionCharacteristic)*  # setTransaction
    | {isMariaDb()}? SET STATEMENT setAssignment (',' setAssignment)* FOR statement            # setStatementFor
    ;

setAssignment
    : (GLOBAL | SESSION | LOCAL | PERSIST | PERSIST_ONLY) identifier dotIdentifier? ('=' | ASSIGN) setValue
    | variable ('=' | ASSIGN) setValue
    | columnRef ('=' | ASSIGN) setValue
    | (CHARACTER SET | CHARSET | NAMES) charsetName
    ;

setValue
    : expr
    | ON
    | ALL
    | BINARY
    | ROW
    | SYSTEM
    ;

setPasswordStatement
    : SET PASSWORD (FOR userName)? '=' (textLiteral | PASSWORD '(' textLiteral ')' | OLD_PASSWORD '(' textLiteral ')')
      (REPLACE textLiteral)? (RETAIN CURRENT PASSWORD)?
    | SET PASSWORD (FOR userName)? TO RANDOM (REPLACE textLiteral)? (RETAIN CURRENT PASSWORD)?
    ;

setRoleStatement
    : SET ROLE (DEFAULT | NONE | ALL (EXCEPT roleList)? | roleList)
    | SET DEFAULT ROLE (NONE | ALL | roleList) (TO userList | FOR userName)?
    ;

useStatement
    : USE identifier
    ;

prepareStatement
    : PREPARE identifier FROM (textLiteral | USER_VARIABLE | {isMariaDb()}? expr)
    ;

executeStatement
    : EXECUTE identifier (USING executeArgument (',' executeArgument)*)?
    | {isMariaDb()}? EXECUTE IMMEDIATE expr (USING executeArgument (',' executeArgument)*)?
    ;

executeArgument
    : USER_VARIABLE
    | expr
    ;

deallocateStatement
    : (DEALLOCATE | DROP) PREPARE identifier
    ;

// ---------------------------------------------------------------- accounts

createUserStatement
    : CREATE mariaDbOrReplace? USER ifNotExists? userSpecification (',' userSpecification)* accountDefaultRole?
      accountTail
    ;

alterUserStatement
    : ALTER USER ifExists? userSpecification (',' userSpecification)* accountTail
    | ALTER USER ifExists? USER '(' ')' identifiedClause accountTail
    | ALTER USER ifExists? userName DEFAULT ROLE (NONE | ALL | roleList)
    | ALTER USER ifExists? userName (ADD | MODIFY | DROP) factor FACTOR identifiedClause?
    ;

accountDefaultRole
    : DEFAULT ROLE roleList
    ;

accountTail
    : (REQUIRE (NONE | tlsOption (AND? tlsOption)*))? (WITH resourceOption+)? accountOption*
    ;

factor
    : INTEGER_LITERAL
    | identifier
    ;

userSpecification
    : userName identifiedClause? ({isMariaDb()}? OR identifiedClause)*
    ;

identifiedClause
    : IDENTIFIED BY (textLiteral | RANDOM PASSWORD | PASSWORD textLiteral) (REPLACE textLiteral)? (RETAIN CURRENT PASSWORD)?
    | IDENTIFIED WITH authenticationName ((BY | AS) (textLiteral | RANDOM PASSWORD))? (INITIAL AUTHENTICATION IDENTIFIED BY (textLiteral | RANDOM PASSWORD))?
    | {isMariaDb()}? IDENTIFIED (VIA | WITH) authenticationName ((USING | AS) (textLiteral | PASSWORD '(' textLiteral ')'))?
      (OR authenticationName ((USING | AS) (textLiteral | PASSWORD '(' textLiteral ')'))?)*
    | DISCARD OLD PASSWORD
    ;

// A plugin or authentication name; its own rule keeps identifiedClause small enough for the JIT (see rowFormat).
authenticationName
    : identifier | textLiteral
    ;

tlsOption
    : SSL | X509 | CIPHER textLiteral | ISSUER textLiteral | SUBJECT textLiteral
    ;

resourceOption
    : (MAX_QUERIES_PER_HOUR | MAX_UPDATES_PER_HOUR | MAX_CONNECTIONS_PER_HOUR | MAX_USER_CONNECTIONS
      | MAX_STATEMENT_TIME) (INTEGER_LITERAL | DECIMAL_LITERAL)
    | GRANT OPTION
    ;

accountOption
    : PASSWORD EXPIRE (DEFAULT | NEVER | INTERVAL INTEGER_LITERAL DAY)?
    | PASSWORD HISTORY (DEFAULT | INTEGER_LITERAL)
    | PASSWORD REUSE INTERVAL (DEFAULT | INTEGER_LITERAL DAY)
    | PASSWORD REQUIRE CURRENT (DEFAULT | OPTIONAL)?
    | FAILED_LOGIN_ATTEMPTS INTEGER_LITERAL
    | PASSWORD_LOCK_TIME (INTEGER_LITERAL | UNBOUNDED)
    | ACCOUNT (LOCK | UNLOCK)
    | COMMENT textLiteral
    | ATTRIBUTE textLiteral
    ;

dropUserStatement
    : DROP USER ifExists? userList
    ;

renameUserStatement
    : RENAME USER userName TO userName (',' userName TO userName)*
    ;

createRoleStatement
    : CREATE mariaDbOrReplace? ROLE ifNotExists? roleList ({isMariaDb()}? WITH ADMIN (userName | CURRENT_ROLE))?
    ;

dropRoleStatement
    : DROP ROLE ifExists? roleList
    ;

roleList
    : roleName (',' roleName)*
    ;

grantStatement
    : GRANT privilegeList ON grantObjectType? privilegeLevel TO grantee (',' grantee)* grantTail
    | GRANT PROXY ON userName TO userList (WITH GRANT OPTION)?
    | GRANT roleList TO userList (WITH ADMIN OPTION)?
    ;

// MariaDB still accepts GRANT ... TO user IDENTIFIED BY ..., which MySQL 8 removed.
grantee
    : userName ({isMariaDb()}? identifiedClause)?
    ;

grantTail
    : (REQUIRE (NONE | tlsOption (AND? tlsOption)*))? (WITH (GRANT OPTION | resourceOption)+)?
      (AS userName (WITH ROLE (DEFAULT | NONE | ALL (EXCEPT roleList)? | roleList))?)?
    ;

revokeStatement
    : REVOKE ifExists? privilegeList ON grantObjectType? privilegeLevel FROM userList (IGNORE UNKNOWN USER)?
    | REVOKE ifExists? ALL PRIVILEGES? ',' GRANT OPTION FROM userList (IGNORE UNKNOWN USER)?
    | REVOKE ifExists? PROXY ON userName FROM userList (IGNORE UNKNOWN USER)?
    | REVOKE ifExists? ({isMariaDb()}? ADMIN OPTION FOR)? roleList FROM userList (IGNORE UNKNOWN USER)?
    ;

privilegeList
    : privilege (',' privilege)*
    ;

// Static privileges (SELECT, CREATE TEMPORARY TABLES, REPLICATION SLAVE ...) and dynamic ones (BACKUP_ADMIN,
// MariaDB's "BINLOG MONITOR") are sequences of words, optionally with a column list.
privilege
    : privilegeWord+ parenIdentifierList?
    ;

privilegeWord
    : identifier
    | ALL | ALTER | CREATE | DELETE | DROP | EXECUTE | GRANT | INDEX | INSERT | LOCK | REFERENCES | SELECT
    | SHOW | TRIGGER | UPDATE | USAGE | OPTION | TEMPORARY | TABLES | TABLE | DATABASES | VIEW | ROUTINE | USER
    | EVENT | FILE | PROCESS | RELOAD | REPLICATION | SHUTDOWN | SUPER | CLIENT | SLAVE | REPLICA | PRIVILEGES
    | TABLESPACE | ROLE | READ | SET
    ;

grantObjectType
    : TABLE | FUNCTION | PROCEDURE | {isMariaDb()}? PACKAGE BODY?
    ;

privilegeLevel
    : '*' ('.' '*')?
    | identifier ('.' '*' | dotIdentifier)?
    ;

// ---------------------------------------------------------------- maintenance

tableMaintenanceStatement
    : ANALYZE (NO_WRITE_TO_BINLOG | LOCAL)? (TABLE | TABLES) tableNameList analyzeOption?
    | OPTIMIZE (NO_WRITE_TO_BINLOG | LOCAL)? (TABLE | TABLES) tableNameList ddlWait?
    | REPAIR (NO_WRITE_TO_BINLOG | LOCAL)? (TABLE | TABLES) tableNameList (QUICK | EXTENDED | USE_FRM)*
    | CHECK (TABLE | TABLES) tableNameList (FOR UPGRADE | QUICK | FAST | MEDIUM | EXTENDED | CHANGED)*
    | CHECKSUM (TABLE | TABLES) tableNameList (QUICK | EXTENDED)?
    ;

analyzeOption
    : UPDATE HISTOGRAM ON identifierList (WITH INTEGER_LITERAL BUCKETS | USING DATA textLiteral)? (MANUAL? AUTO UPDATE)?
    | DROP HISTOGRAM ON identifierList
    | {isMariaDb()}? PERSISTENT FOR (ALL | COLUMNS '(' identifierList? ')' INDEXES '(' (identifierList | PRIMARY)? ')')
    ;

// ---------------------------------------------------------------- inspection

showStatement
    : SHOW CREATE (TABLE | VIEW | DATABASE | SCHEMA | PROCEDURE | FUNCTION | TRIGGER | EVENT | USER | SEQUENCE
      | PACKAGE BODY? | ROLE) (ifNotExists)? (qualifiedName | userName)                          # showCreate
    | SHOW GRANTS (FOR userName (USING roleList)?)?                                              # showGrants
    | SHOW (BINLOG | RELAYLOG ({isMariaDb()}? textLiteral)?) EVENTS (IN textLiteral)? (FROM INTEGER_LITERAL)? limitClause?
      (FOR CHANNEL identifierOrText)?                                                            # showLogEvents
    // MySQL: SHOW {REPLICA | SLAVE} STATUS [FOR CHANNEL channel]; MariaDB names a multi-source connection after the word
    | SHOW (REPLICA | SLAVE) ({isMariaDb()}? textLiteral)? STATUS (FOR CHANNEL identifierOrText)?  # showReplicaStatus
    | {isMariaDb()}? SHOW PLUGINS SONAME (textLiteral | showFilter)                              # showPluginsSoname
    | SHOW (PROCEDURE | FUNCTION | {isMariaDb()}? PACKAGE BODY?) (STATUS showFilter? | CODE qualifiedName)  # showRoutine
    | SHOW COUNT '(' '*' ')' (WARNINGS | ERRORS)                                                 # showCount
    | SHOW (WARNINGS | ERRORS) limitClause?                                                      # showDiagnostics
    | SHOW PROFILE (profileType (',' profileType)*)? (FOR QUERY INTEGER_LITERAL)? limitClause?    # showProfile
    | {isMariaDb()}? SHOW (EXPLAIN | ANALYZE) (FORMAT '=' identifier)? FOR INTEGER_LITERAL       # showExplain
    | SHOW showWord+ ((FROM | IN) qualifiedName)* showFilter? limitClause?                      # showGeneric
    ;

showWord
    : identifier
    | INDEX | KEYS | DATABASES | SCHEMAS | TABLE | CHARACTER | SET | BINARY | TRIGGER | PROCEDURE
    | FUNCTION | MASTER | SLAVE | REPLICA | ENGINE | ENGINES | STORAGE | PLUGINS | PRIVILEGES | EVENTS | FULL
    | GLOBAL | SESSION | LOCAL | STATUS | VARIABLES | TABLES | COLUMNS | FIELDS | INDEXES | PROCESSLIST | OPEN
    | COLLATION | CHARSET | LOGS | MUTEX | HOSTS | REPLICAS | EXTENDED | ALL | USER | QUERY
    ;

showFilter
    : LIKE textLiteral
    | WHERE expr
    ;

profileType
    : ALL | BLOCK IO | CONTEXT SWITCHES | CPU | IPC | MEMORY | PAGE FAULTS | SOURCE | SWAPS
    ;

explainStatement
    : (EXPLAIN | DESCRIBE | DESC) tableName (identifier | textLiteral)?                          # describeTable
    | (EXPLAIN | DESCRIBE | DESC) explainOption* explainableStatement                            # explainQuery
    | (EXPLAIN | DESCRIBE | DESC) explainOption* FOR CONNECTION INTEGER_LITERAL                   # explainConnection
    | {isMariaDb()}? ANALYZE (FORMAT '=' identifier)? explainableStatement                       # analyzeQuery
    ;

explainOption
    : FORMAT '=' (identifier | textLiteral)
    | {!isMariaDb()}? ANALYZE
    | EXTENDED
    | PARTITIONS
    | INTO USER_VARIABLE
    | FOR SCHEMA identifier
    | FOR DATABASE identifier
    ;

explainableStatement
    : selectStatement
    | insertStatement
    | replaceStatement
    | updateStatement
    | deleteStatement
    ;

helpStatement
    : HELP textLiteral
    ;

// ---------------------------------------------------------------- server administration

flushStatement
    : FLUSH (NO_WRITE_TO_BINLOG | LOCAL)? (flushTables | flushOption (',' flushOption)*)
    ;

flushTables
    : (TABLES | TABLE) tableNameList? (WITH READ LOCK | FOR EXPORT)?
    ;

flushOption
    : (BINARY | ENGINE | ERROR | GENERAL | RELAY | SLOW)? LOGS (FOR CHANNEL identifier)?
    | HOSTS | PRIVILEGES | OPTIMIZER_COSTS | STATUS | USER_RESOURCES | QUERY CACHE | DES_KEY_FILE
    | {isMariaDb()}? identifier
    ;

killStatement
    : KILL ({isMariaDb()}? (HARD | SOFT))? (CONNECTION | QUERY ({isMariaDb()}? ID)?)? (expr | {isMariaDb()}? USER userName)
    ;

purgeStatement
    : PURGE (BINARY | MASTER) LOGS (TO textLiteral | BEFORE expr)
    ;

resetStatement
    : RESET resetOption (',' resetOption)*
    | RESET PERSIST (ifExists? identifier)?
    ;

resetOption
    : MASTER (TO INTEGER_LITERAL)?
    | BINARY LOGS AND GTIDS
    | (REPLICA | SLAVE) ({isMariaDb()}? textLiteral)? ALL? (FOR CHANNEL identifierOrText)?
    | QUERY CACHE
    | identifier
    ;

replicationStatement
    : CHANGE (MASTER | REPLICATION SOURCE) ({isMariaDb()}? textLiteral)? TO replicationOption (',' replicationOption)* (FOR CHANNEL identifier)?
    | CHANGE REPLICATION FILTER replicationOption (',' replicationOption)* (FOR CHANNEL identifier)?
    | (START | STOP) (SLAVE | REPLICA) ({isMariaDb()}? textLiteral)? (~';')*
    | (START | STOP) GROUP_REPLICATION (~';')*
    | {isMariaDb()}? (START | STOP) ALL (SLAVES | REPLICAS) (~';')*
    ;

replicationOption
    : identifier '=' (literal | identifier | '(' (expr (',' expr)*)? ')')
    ;

pluginStatement
    : INSTALL PLUGIN identifier SONAME textLiteral
    | INSTALL COMPONENT textLiteral (',' textLiteral)* (SET (~';')*)?
    | {isMariaDb()}? INSTALL SONAME textLiteral
    | UNINSTALL PLUGIN identifier
    | UNINSTALL COMPONENT textLiteral (',' textLiteral)*
    | {isMariaDb()}? UNINSTALL SONAME textLiteral
    ;

otherAdminStatement
    : SHUTDOWN ({isMariaDb()}? WAIT FOR ALL (SLAVES | REPLICAS))?
    | RESTART
    | BINLOG textLiteral
    | CACHE INDEX (~';')*
    | LOAD INDEX INTO CACHE (~';')*
    | CLONE (~';')*
    | ALTER INSTANCE (~';')*
    | {isMariaDb()}? BACKUP (STAGE identifier | LOCK tableName | UNLOCK)
    ;
