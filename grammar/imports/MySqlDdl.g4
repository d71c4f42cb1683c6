/*
 * Data definition: databases, tables (columns, constraints, indexes, table options, partitioning, every ALTER
 * TABLE specification), indexes, views, triggers, events, stored routines, sequences (MariaDB), tablespaces,
 * servers, spatial reference systems, resource groups. Written from MySQL 8.4 Reference Manual 15.1 "Data
 * Definition Statements" and the MariaDB 11 "Data Definition" pages.
 */
parser grammar MySqlDdl;

ifNotExists
    : IF NOT EXISTS
    ;

ifExists
    : IF EXISTS
    ;

orReplace
    : OR REPLACE
    ;

// MariaDB writes OR REPLACE and IF [NOT] EXISTS on more statements than MySQL does.
mariaDbOrReplace
    : {isMariaDb()}? OR REPLACE
    ;

mariaDbIfNotExists
    : {isMariaDb()}? IF NOT EXISTS
    ;

mariaDbIfExists
    : {isMariaDb()}? IF EXISTS
    ;

definerClause
    : DEFINER '=' userName
    ;

ddlWait
    : (WAIT numberLiteral | NOWAIT) {isMariaDb()}?<fail={"WAIT and NOWAIT on DDL are MariaDB syntax"}>
    ;

// ---------------------------------------------------------------- databases

createDatabaseStatement
    : CREATE mariaDbOrReplace? (DATABASE | SCHEMA) ifNotExists? identifier databaseOption*
    ;

alterDatabaseStatement
    : ALTER (DATABASE | SCHEMA) identifier? databaseOption+
    | ALTER (DATABASE | SCHEMA) identifier UPGRADE DATA DIRECTORY NAME
    ;

databaseOption
    : DEFAULT? (CHARACTER SET | CHARSET) '='? charsetName
    | DEFAULT? COLLATE '='? collationName
    | DEFAULT? ENCRYPTION '='? textLiteral
    | {!isMariaDb()}? READ ONLY '='? (DEFAULT | INTEGER_LITERAL)
    | {isMariaDb()}? COMMENT '='? textLiteral
    ;

dropDatabaseStatement
    : DROP (DATABASE | SCHEMA) ifExists? identifier
    ;

// ---------------------------------------------------------------- tables

createTableStatement
    : CREATE mariaDbOrReplace? TEMPORARY? TABLE ifNotExists? tableName createTableBody
    ;

createTableBody
    : '(' tableElement (',' tableElement)* ')' tableOptions? partitionOptions? (IGNORE | REPLACE)? AS? insertQuery?  # createTableWithElements
    | tableOptions? partitionOptions? (IGNORE | REPLACE)? AS? insertQuery                                             # createTableAsQuery
    | LIKE tableName                                                                                                  # createTableLike
    | '(' LIKE tableName ')'                                                                                          # createTableLikeParenthesized
    ;

tableElement
    : columnDefinition
    | tableConstraint
    | periodDefinition
    ;

columnDefinition
    : identifier dataType columnAttribute*
    ;

columnAttribute
    : NOT? NULL                                                                 # nullAttribute
    | NOT SECONDARY                                                             # notSecondaryAttribute
    | DEFAULT defaultValue                                                      # defaultAttribute
    | ON UPDATE (niladicFunction | NOW) ('(' INTEGER_LITERAL? ')')?             # onUpdateAttribute
    | AUTO_INCREMENT                                                            # autoIncrementAttribute
    | SERIAL DEFAULT VALUE                                                      # serialDefaultAttribute
    | UNIQUE KEY?                                                               # uniqueAttribute
    | PRIMARY? KEY                                                              # primaryKeyAttribute
    | COMMENT textLiteral                                                       # commentAttribute
    | COLLATE collationName                                                     # collateAttribute
    | (CHARACTER SET | CHARSET) charsetName                                     # charsetAttribute
    | COLUMN_FORMAT (FIXED | DYNAMIC | DEFAULT | COMPRESSED)                    # columnFormatAttribute
    | STORAGE (DISK | MEMORY)                                                   # storageAttribute
    | (GENERATED ALWAYS)? AS '(' expr ')' (VIRTUAL | STORED | {isMariaDb()}? PERSISTENT)?      # generatedAttribute
    | {isMariaDb()}? GENERATED ALWAYS AS ROW (START | END) INVISIBLE?           # rowStartEndAttribute
    | (VISIBLE | INVISIBLE)                                                     # visibilityAttribute
    | SRID INTEGER_LITERAL                                                      # sridAttribute
    | (CONSTRAINT identifier?)? CHECK '(' expr ')' (NOT? ENFORCED)?             # checkAttribute
    | referenceDefinition                                                       # referencesAttribute
    | (ENGINE_ATTRIBUTE | SECONDARY_ENGINE_ATTRIBUTE) '='? textLiteral          # engineAttribute
    | {isMariaDb()}? (WITH | WITHOUT) SYSTEM VERSIONING                         # versioningAttribute
    | {isMariaDb()}? COMPRESSED ('=' identifier)?                               # compressedAttribute
    | {isMariaDb()}? IDENTIFIER '=' engineAttributeValue                      # engineDefinedAttribute
    ;

defaultValue
    : signedLiteral
    | '(' expr ')'
    | niladicFunction ('(' INTEGER_LITERAL? ')')?
    | NOW '(' INTEGER_LITERAL? ')'
    | {isMariaDb()}? (functionCall | (NEXT | PREVIOUS) VALUE FOR tableName | NEXTVAL '(' tableName ')')
    | identifier   // MariaDB: DEFAULT other_column's value is not allowed, but unquoted words (ENUM values) appear
    ;

signedLiteral
    : ('-' | '+')? numberLiteral
    | textLiteral
    | HEX_LITERAL
    | BIT_LITERAL
    | TRUE | FALSE | NULL
    | (DATE | TIME | TIMESTAMP) textLiteral
    ;

// MariaDB: PERIOD FOR SYSTEM_TIME (start, end) / PERIOD FOR name (start, end)
periodDefinition
    : {isMariaDb()}? PERIOD FOR (SYSTEM_TIME | identifier) '(' identifier ',' identifier ')'
    ;

tableConstraint
    : constraintName? PRIMARY KEY indexTypeClause? keyPartList indexOption*                                 # primaryKeyConstraint
    | constraintName? UNIQUE (INDEX | KEY)? mariaDbIfNotExists? identifier? indexTypeClause? keyPartList indexOption*  # uniqueConstraint
    | (INDEX | KEY) mariaDbIfNotExists? identifier? indexTypeClause? keyPartList indexOption*                       # indexConstraint
    | (FULLTEXT | SPATIAL) (INDEX | KEY)? mariaDbIfNotExists? identifier? keyPartList indexOption*                  # specialIndexConstraint
    | {isMariaDb()}? VECTOR (INDEX | KEY)? mariaDbIfNotExists? identifier? keyPartList indexOption*                # vectorIndexConstraint
    | constraintName? FOREIGN KEY mariaDbIfNotExists? identifier? parenIdentifierList referenceDefinition          # foreignKeyConstraint
    | constraintName? CHECK '(' expr ')' (NOT? ENFORCED)?                                                   # checkConstraint
    ;

constraintName
    : CONSTRAINT identifier?
    ;

keyPartList
    : '(' keyPart (',' keyPart)* ')'
    ;

keyPart
    : identifier ('(' INTEGER_LITERAL ')')? (ASC | DESC)?
    | '(' expr ')' (ASC | DESC)?
    ;

indexTypeClause
    : (USING | TYPE) (BTREE | HASH | RTREE)
    ;

indexOption
    : KEY_BLOCK_SIZE '='? INTEGER_LITERAL
    | indexTypeClause
    | WITH PARSER identifier
    | COMMENT textLiteral
    | {!isMariaDb()}? (VISIBLE | INVISIBLE)
    | (ENGINE_ATTRIBUTE | SECONDARY_ENGINE_ATTRIBUTE) '='? textLiteral
    | {isMariaDb()}? NOT? IGNORED
    | {isMariaDb()}? CLUSTERING '=' (YES | NO)
    | {isMariaDb()}? (M | DISTANCE) '=' (INTEGER_LITERAL | identifier)
    ;

referenceDefinition
    : REFERENCES tableName ('(' keyPart (',' keyPart)* ')')? (MATCH (FULL | PARTIAL | SIMPLE))? referenceAction*
    ;

referenceAction
    : ON (DELETE | UPDATE) referenceOption
    ;

referenceOption
    : RESTRICT | CASCADE | SET NULL | NO ACTION | SET DEFAULT
    ;

tableOptions
    : tableOption (','? tableOption)*
    ;

tableOption
    : STORAGE? ENGINE '='? engineName                                             # engineOption
    | SECONDARY_ENGINE '='? secondaryEngineName                                   # secondaryEngineOption
    | DEFAULT? (CHARACTER SET | CHARSET) '='? charsetName                         # charsetOption
    | DEFAULT? COLLATE '='? collationName                                         # collateOption
    | COMMENT '='? textLiteral                                                    # commentOption
    | (AUTO_INCREMENT | AVG_ROW_LENGTH | CHECKSUM | DELAY_KEY_WRITE | KEY_BLOCK_SIZE | MAX_ROWS | MIN_ROWS
      | STATS_SAMPLE_PAGES | TABLE_CHECKSUM)
      '='? (INTEGER_LITERAL | DEFAULT)                                            # numericOption
    | {isMariaDb()}? (PAGE_CHECKSUM | TRANSACTIONAL | PAGE_COMPRESSED | PAGE_COMPRESSION_LEVEL | ENCRYPTION_KEY_ID
      | SEQUENCE) '='? (INTEGER_LITERAL | DEFAULT)                                # mariaDbNumericOption
    | (COMPRESSION | CONNECTION | ENCRYPTION | PASSWORD | ENGINE_ATTRIBUTE | SECONDARY_ENGINE_ATTRIBUTE)
      '='? textLiteral                                                            # textOption
    | (DATA | INDEX) DIRECTORY '='? textLiteral                                   # directoryOption
    | INSERT_METHOD '='? (NO | FIRST | LAST)                                       # insertMethodOption
    | PACK_KEYS '='? (INTEGER_LITERAL | DEFAULT)                                  # packKeysOption
    | ROW_FORMAT '='? rowFormat                                                   # rowFormatOption
    | (STATS_AUTO_RECALC | STATS_PERSISTENT) '='? (DEFAULT | INTEGER_LITERAL)      # statsOption
    | TABLESPACE '='? identifier (STORAGE (DISK | MEMORY))?                       # tablespaceTableOption
    | STORAGE (DISK | MEMORY)                                                     # storageOption
    | UNION '='? '(' tableNameList? ')'                                           # unionOption
    | AUTOEXTEND_SIZE '='? sizeValue                                              # autoextendOption
    | START TRANSACTION                                                           # startTransactionOption
    | {isMariaDb()}? WITH SYSTEM VERSIONING                                       # systemVersioningOption
    | {isMariaDb()}? (ENCRYPTED | IETF_QUOTES) '='? yesNoValue                    # yesNoOption
    | {isMariaDb()}? IDENTIFIER '='? engineAttributeValue                         # engineDefinedOption
    ;

// Small rules for values that may be any name: inline, each would be a switch over every non-reserved keyword, and
// tableOption/alterSpecification would grow past the 8000 bytes of bytecode above which HotSpot never compiles a
// method (it would run interpreted, several times slower).
secondaryEngineName
    : NULL | engineName
    ;

rowFormat
    : DEFAULT | DYNAMIC | FIXED | COMPRESSED | REDUNDANT | COMPACT | PAGE | identifier
    ;

sizeValue
    : INTEGER_LITERAL | identifier
    ;

yesNoValue
    : YES | NO | identifier
    ;

engineAttributeValue
    : textLiteral | numberLiteral | identifier
    ;

periodName
    : SYSTEM_TIME | identifier
    ;

partitionNames
    : identifierList | ALL
    ;

partitionOptions
    : PARTITION BY partitionFunction (PARTITIONS INTEGER_LITERAL)?
      (SUBPARTITION BY subpartitionFunction (SUBPARTITIONS INTEGER_LITERAL)?)?
      ('(' partitionDefinition (',' partitionDefinition)* ')')?
    ;

partitionFunction
    : LINEAR? HASH '(' expr ')'
    | LINEAR? KEY (ALGORITHM '=' INTEGER_LITERAL)? '(' identifierList? ')'
    | (RANGE | LIST) ('(' expr ')' | COLUMNS '(' identifierList ')')
    | {isMariaDb()}? SYSTEM_TIME (INTERVAL expr intervalUnit (STARTS expr)? | LIMIT INTEGER_LITERAL)? (AUTO)?
    ;

subpartitionFunction
    : LINEAR? HASH '(' expr ')'
    | LINEAR? KEY (ALGORITHM '=' INTEGER_LITERAL)? '(' identifierList ')'
    ;

partitionDefinition
    : PARTITION identifier partitionValues? partitionOption*
      ('(' subpartitionDefinition (',' subpartitionDefinition)* ')')?
    ;

partitionValues
    : VALUES LESS THAN ('(' partitionValue (',' partitionValue)* ')' | MAXVALUE)
    | VALUES IN '(' partitionValue (',' partitionValue)* ')'
    | {isMariaDb()}? (HISTORY | CURRENT)
    | {isMariaDb()}? DEFAULT
    ;

partitionValue
    : MAXVALUE
    | expr
    ;

subpartitionDefinition
    : SUBPARTITION identifier partitionOption*
    ;

partitionOption
    : STORAGE? ENGINE '='? engineName
    | COMMENT '='? textLiteral
    | (DATA | INDEX) DIRECTORY '='? textLiteral
    | (MAX_ROWS | MIN_ROWS) '='? INTEGER_LITERAL
    | TABLESPACE '='? identifier
    | NODEGROUP '='? INTEGER_LITERAL
    ;

alterTableStatement
    : ALTER ({isMariaDb()}? (ONLINE | OFFLINE))? IGNORE? TABLE mariaDbIfExists? tableName ddlWait? alterTableActions?
    ;

alterTableActions
    : alterSpecification (',' alterSpecification)* partitionOptions?
    | partitionOptions
    ;

alterSpecification
    : tableOption+                                                                                  # alterTableOptions
    | ADD COLUMN? mariaDbIfNotExists? columnDefinition columnPosition?                                     # addColumn
    | ADD COLUMN? mariaDbIfNotExists? '(' columnDefinition (',' columnDefinition)* ')'                     # addColumns
    | ADD tableConstraint                                                                           # addConstraint
    | ADD periodDefinition                                                                          # addPeriod
    | {isMariaDb()}? ADD SYSTEM VERSIONING                                                          # addSystemVersioning
    | ALTER COLUMN? identifier (SET DEFAULT defaultValue | DROP DEFAULT | SET (VISIBLE | INVISIBLE)) # alterColumn
    | ALTER (INDEX | KEY) identifier ({!isMariaDb()}? (VISIBLE | INVISIBLE) | {isMariaDb()}? NOT? IGNORED)                           # alterIndex
    | ALTER (CHECK | CONSTRAINT) identifier NOT? ENFORCED                                           # alterCheck
    | ALGORITHM '='? (DEFAULT | INSTANT | INPLACE | COPY | {isMariaDb()}? NOCOPY)                   # algorithmClause
    | LOCK '='? (DEFAULT | NONE | SHARED | EXCLUSIVE)                                               # lockClause
    | CHANGE COLUMN? mariaDbIfExists? identifier columnDefinition columnPosition?                          # changeColumn
    | MODIFY COLUMN? mariaDbIfExists? columnDefinition columnPosition?                                     # modifyColumn
    | CONVERT TO (CHARACTER SET | CHARSET) charsetName (COLLATE collationName)?                     # convertCharset
    | (DISABLE | ENABLE) KEYS                                                                       # toggleKeys
    | (DISCARD | IMPORT) TABLESPACE                                                                 # tablespaceAction
    | DROP PRIMARY KEY                                                                              # dropPrimaryKey
    | DROP (INDEX | KEY) mariaDbIfExists? identifier                                                       # dropIndex
    | DROP FOREIGN KEY mariaDbIfExists? identifier                                                         # dropForeignKey
    | DROP (CHECK | CONSTRAINT) mariaDbIfExists? identifier                                                # dropConstraint
    | {isMariaDb()}? DROP SYSTEM VERSIONING                                                         # dropSystemVersioning
    | {isMariaDb()}? DROP PERIOD FOR periodName                                                     # dropPeriod
    | DROP COLUMN? mariaDbIfExists? identifier (RESTRICT | CASCADE)?                                       # dropColumn
    | FORCE                                                                                         # forceRebuild
    | ORDER BY orderItem (',' orderItem)*                                                           # orderBy
    | RENAME COLUMN identifier TO identifier                                                        # renameColumn
    | RENAME (INDEX | KEY) identifier TO identifier                                                 # renameIndex
    | RENAME (TO | AS)? tableName                                                                   # renameTable
    | (WITHOUT | WITH) VALIDATION                                                                   # validation
    | ADD PARTITION mariaDbIfNotExists? '(' partitionDefinition (',' partitionDefinition)* ')'             # addPartition
    | ADD PARTITION PARTITIONS INTEGER_LITERAL                                                      # addPartitionCount
    | DROP PARTITION mariaDbIfExists? identifierList                                                       # dropPartition
    | (DISCARD | IMPORT) PARTITION partitionNames TABLESPACE                                        # partitionTablespace
    | TRUNCATE PARTITION partitionNames                                                             # truncatePartition
    | COALESCE PARTITION INTEGER_LITERAL                                                            # coalescePartition
    | REORGANIZE PARTITION (identifierList INTO '(' partitionDefinition (',' partitionDefinition)* ')')?  # reorganizePartition
    | EXCHANGE PARTITION identifier WITH TABLE tableName ((WITH | WITHOUT) VALIDATION)?             # exchangePartition
    | (ANALYZE | CHECK | OPTIMIZE | REBUILD | REPAIR) PARTITION partitionNames                     # maintainPartition
    | REMOVE PARTITIONING                                                                           # removePartitioning
    | {isMariaDb()}? CONVERT PARTITION identifier TO TABLE tableName                                # convertPartitionToTable
    | {isMariaDb()}? CONVERT TABLE tableName TO partitionDefinition                                 # convertTableToPartition
    | (SECONDARY_LOAD | SECONDARY_UNLOAD)                                                           # secondaryLoad
    ;

columnPosition
    : FIRST
    | AFTER identifier
    ;

dropTableStatement
    : DROP TEMPORARY? (TABLE | TABLES) ifExists? ddlWait? tableNameList ddlWait? (RESTRICT | CASCADE)?
    ;

renameTableStatement
    : RENAME (TABLE | TABLES) mariaDbIfExists? renamePair (',' renamePair)*
    ;

renamePair
    : tableName ddlWait? TO tableName
    ;

truncateTableStatement
    : TRUNCATE TABLE? tableName ddlWait?
    ;

// ---------------------------------------------------------------- indexes

createIndexStatement
    : CREATE mariaDbOrReplace? ({isMariaDb()}? (ONLINE | OFFLINE))? (UNIQUE | FULLTEXT | SPATIAL | {isMariaDb()}? VECTOR)? INDEX mariaDbIfNotExists?
      identifier indexTypeClause? ON tableName ddlWait? keyPartList indexOption* indexLockAndAlgorithm*
    ;

dropIndexStatement
    : DROP ({isMariaDb()}? (ONLINE | OFFLINE))? INDEX mariaDbIfExists? indexName ON tableName ddlWait? indexLockAndAlgorithm*
    ;

indexLockAndAlgorithm
    : ALGORITHM '='? (DEFAULT | INPLACE | COPY | INSTANT | {isMariaDb()}? NOCOPY)
    | LOCK '='? (DEFAULT | NONE | SHARED | EXCLUSIVE)
    ;

// ---------------------------------------------------------------- views

createViewStatement
    : CREATE orReplace? viewAlgorithm? definerClause? viewSecurity? VIEW mariaDbIfNotExists? tableName parenIdentifierList?
      AS queryExpression viewCheckOption?
    ;

alterViewStatement
    : ALTER viewAlgorithm? definerClause? viewSecurity? VIEW tableName parenIdentifierList? AS queryExpression
      viewCheckOption?
    ;

viewAlgorithm
    : ALGORITHM '=' (UNDEFINED | MERGE | TEMPTABLE)
    ;

viewSecurity
    : SQL SECURITY (DEFINER | INVOKER)
    ;

viewCheckOption
    : WITH (CASCADED | LOCAL)? CHECK OPTION
    ;

dropViewStatement
    : DROP VIEW ifExists? tableNameList (RESTRICT | CASCADE)?
    ;

// ---------------------------------------------------------------- triggers and events

createTriggerStatement
    : CREATE mariaDbOrReplace? definerClause? TRIGGER ifNotExists? qualifiedName (BEFORE | AFTER)
      triggerEvent ({isMariaDb()}? OR triggerEvent)* ON tableName FOR EACH ROW triggerOrder? routineStatement
    ;

triggerEvent
    : INSERT | UPDATE | DELETE
    ;

triggerOrder
    : (FOLLOWS | PRECEDES) identifier
    ;

dropTriggerStatement
    : DROP TRIGGER ifExists? qualifiedName
    ;

createEventStatement
    : CREATE mariaDbOrReplace? definerClause? EVENT ifNotExists? qualifiedName ON SCHEDULE eventSchedule
      (ON COMPLETION NOT? PRESERVE)? eventStatus? (COMMENT textLiteral)? DO routineStatement
    ;

alterEventStatement
    : ALTER definerClause? EVENT qualifiedName (ON SCHEDULE eventSchedule)? (ON COMPLETION NOT? PRESERVE)?
      (RENAME TO qualifiedName)? eventStatus? (COMMENT textLiteral)? (DO routineStatement)?
    ;

eventSchedule
    : AT expr
    | EVERY expr intervalUnit (STARTS expr)? (ENDS expr)?
    ;

eventStatus
    : ENABLE
    | DISABLE (ON (SLAVE | REPLICA))?
    ;

dropEventStatement
    : DROP EVENT ifExists? qualifiedName
    ;

// ---------------------------------------------------------------- stored routines

createProcedureStatement
    : CREATE mariaDbOrReplace? definerClause? PROCEDURE ifNotExists? qualifiedName
      '(' (procedureParameter (',' procedureParameter)*)? ')' routineCharacteristic* routineStatement
    ;

procedureParameter
    : (IN | OUT | INOUT | {isMariaDb()}? IN OUT)? identifier parameterType
    ;

parameterType
    : dataType
    | {isMariaDb()}? ROW? TYPE OF tableName dotIdentifier?
    ;

createFunctionStatement
    : CREATE mariaDbOrReplace? definerClause? ({isMariaDb()}? AGGREGATE)? FUNCTION ifNotExists? qualifiedName
      '(' (functionParameter (',' functionParameter)*)? ')' RETURNS parameterType routineCharacteristic* routineStatement   # storedFunction
    | CREATE mariaDbOrReplace? AGGREGATE? FUNCTION ifNotExists? identifier RETURNS (STRING | INTEGER | REAL | DECIMAL)
      SONAME textLiteral                                                                                                     # loadableFunction
    ;

functionParameter
    : ({isMariaDb()}? (IN | OUT | INOUT))? identifier parameterType
    ;

routineCharacteristic
    : COMMENT textLiteral
    | LANGUAGE SQL
    | NOT? DETERMINISTIC
    | CONTAINS SQL
    | NO SQL
    | READS SQL DATA
    | MODIFIES SQL DATA
    | SQL SECURITY (DEFINER | INVOKER)
    ;

alterRoutineStatement
    : ALTER (PROCEDURE | FUNCTION) qualifiedName routineCharacteristic*
    ;

dropRoutineStatement
    : DROP (PROCEDURE | FUNCTION) ifExists? qualifiedName
    ;

// ---------------------------------------------------------------- sequences (MariaDB)

createSequenceStatement
    : {isMariaDb()}? CREATE mariaDbOrReplace? TEMPORARY? SEQUENCE ifNotExists? tableName sequenceOption* tableOptions?
    ;

alterSequenceStatement
    : {isMariaDb()}? ALTER SEQUENCE ifExists? tableName sequenceOption+
    ;

sequenceOption
    : AS integerType
    | INCREMENT (BY | '=')? signedNumber
    | (MINVALUE | MAXVALUE) '='? signedNumber
    | NO (MINVALUE | MAXVALUE)
    | (NOMINVALUE | NOMAXVALUE)
    | START (WITH | '=')? signedNumber
    | CACHE '='? INTEGER_LITERAL
    | NOCACHE
    | NO? CYCLE
    | NOCYCLE
    | RESTART ((WITH | '=')? signedNumber)?
    ;

dropSequenceStatement
    : {isMariaDb()}? DROP TEMPORARY? SEQUENCE ifExists? tableNameList
    ;

// ---------------------------------------------------------------- other schema objects

createTablespaceStatement
    : CREATE UNDO? TABLESPACE identifier (ADD DATAFILE textLiteral)? (USE LOGFILE GROUP identifier)?
      tablespaceOption*
    ;

alterTablespaceStatement
    : ALTER UNDO? TABLESPACE identifier ((ADD | DROP) DATAFILE textLiteral)? (RENAME TO identifier)?
      (SET (ACTIVE | INACTIVE))? tablespaceOption*
    ;

dropTablespaceStatement
    : DROP UNDO? TABLESPACE identifier (ENGINE '='? engineName)?
    ;

tablespaceOption
    : (INITIAL_SIZE | AUTOEXTEND_SIZE | MAX_SIZE | EXTENT_SIZE | FILE_BLOCK_SIZE | UNDO_BUFFER_SIZE
      | REDO_BUFFER_SIZE | NODEGROUP) '='? (INTEGER_LITERAL | identifier)
    | STORAGE? ENGINE '='? engineName
    | (ENCRYPTION | COMMENT | ENGINE_ATTRIBUTE) '='? textLiteral
    | WAIT | NO_WAIT
    ;

logfileGroupStatement
    : (CREATE | ALTER) LOGFILE GROUP identifier ADD (UNDOFILE | REDOFILE) textLiteral tablespaceOption*
    | DROP LOGFILE GROUP identifier tablespaceOption*
    ;

serverStatement
    : CREATE mariaDbOrReplace? SERVER mariaDbIfNotExists? identifier FOREIGN DATA WRAPPER identifier OPTIONS '(' serverOption (',' serverOption)* ')'
    | ALTER SERVER identifier OPTIONS '(' serverOption (',' serverOption)* ')'
    | DROP SERVER ifExists? identifier
    ;

serverOption
    : (HOST | DATABASE | USER | PASSWORD | SOCKET | OWNER | PORT | identifier) (textLiteral | INTEGER_LITERAL)
    ;

spatialReferenceSystemStatement
    : {!isMariaDb()}? CREATE orReplace? SPATIAL REFERENCE SYSTEM ifNotExists? INTEGER_LITERAL srsAttribute*
    | {!isMariaDb()}? DROP SPATIAL REFERENCE SYSTEM ifExists? INTEGER_LITERAL
    ;

srsAttribute
    : NAME textLiteral
    | DEFINITION textLiteral
    | ORGANIZATION textLiteral IDENTIFIED BY INTEGER_LITERAL
    | DESCRIPTION textLiteral
    ;

resourceGroupStatement
    : {!isMariaDb()}? CREATE RESOURCE GROUP identifier TYPE '='? (SYSTEM | USER) resourceGroupOption*
    | {!isMariaDb()}? ALTER RESOURCE GROUP identifier resourceGroupOption* FORCE?
    | {!isMariaDb()}? DROP RESOURCE GROUP identifier FORCE?
    | {!isMariaDb()}? SET RESOURCE GROUP identifier (FOR INTEGER_LITERAL (',' INTEGER_LITERAL)*)?
    ;

resourceGroupOption
    : VCPU '='? vcpuSpec (','? vcpuSpec)*
    | THREAD_PRIORITY '='? signedNumber
    | ENABLE | DISABLE
    ;

vcpuSpec
    : INTEGER_LITERAL ('-' INTEGER_LITERAL)?
    ;
