/*
 * Schema changes (SQL Language Reference: CREATE/ALTER/DROP TABLE, INDEX, VIEW, MATERIALIZED VIEW, SEQUENCE,
 * SYNONYM, DIRECTORY; COMMENT, RENAME, TRUNCATE, FLASHBACK, PURGE, ANALYZE). Physical attributes are listed as
 * the reference names them, one alternative per clause.
 */
parser grammar OracleDdl;

// ---- CREATE TABLE

createTableStatement
    : CREATE (GLOBAL TEMPORARY | PRIVATE TEMPORARY | SHARDED | DUPLICATED | BLOCKCHAIN | IMMUTABLE)? TABLE
      (IF NOT EXISTS)? objectName (SHARING '=' identifier)?
      ( '(' relationalProperty (',' relationalProperty)* ')' )?
      (OF typeName)?
      (ON COMMIT (DELETE | PRESERVE | DROP) (ROWS | DEFINITION))?
      tableProperties
      (AS subquery)?
    ;

relationalProperty
    : columnDefinition
    | virtualColumnDefinition
    | outOfLineConstraint
    | outOfLineRefConstraint
    | SUPPLEMENTAL LOG (GROUP identifier columnList ALWAYS? | DATA '(' identifierList ')' COLUMNS)
    | PERIOD FOR identifier ('(' identifier ',' identifier ')')?
    ;

columnDefinition
    : identifier dataType? (DOMAIN objectName)? (COLLATE identifier)? SORT? (VISIBLE | INVISIBLE)?
      (DEFAULT (ON NULL (FOR INSERT (ONLY | AND UPDATE))?)? expression | identityClause)?
      (ENCRYPT encryptionSpec)?
      inlineConstraint*
    ;

virtualColumnDefinition
    : identifier dataType? (COLLATE identifier)? (VISIBLE | INVISIBLE)? (GENERATED ALWAYS)? AS '(' condition ')' VIRTUAL?
      inlineConstraint*
    ;

identityClause
    : GENERATED (ALWAYS | BY DEFAULT (ON NULL)?)? AS IDENTITY ('(' identityOption* ')')?
    ;

identityOption
    : sequenceOption
    ;

encryptionSpec
    : (USING STRING_LITERAL)? (IDENTIFIED BY identifier)? STRING_LITERAL? (NO? SALT)?
    ;

inlineConstraint
    : (CONSTRAINT identifier)?
      ( NOT? NULL
      | UNIQUE
      | PRIMARY KEY
      | referencesClause
      | CHECK '(' condition ')'
      ) constraintState*
    ;

outOfLineConstraint
    : (CONSTRAINT identifier)?
      ( UNIQUE columnList
      | PRIMARY KEY columnList
      | FOREIGN KEY columnList referencesClause
      | CHECK '(' condition ')'
      ) constraintState*
    ;

outOfLineRefConstraint
    : SCOPE FOR '(' identifier ')' IS objectName
    | REF '(' identifier ')' WITH ROWID
    ;

referencesClause
    : REFERENCES objectName columnList? (ON DELETE (CASCADE | SET NULL))?
    ;

constraintState
    : NOT? DEFERRABLE
    | INITIALLY (IMMEDIATE | DEFERRED)
    | RELY | NORELY
    | ENABLE | DISABLE
    | VALIDATE | NOVALIDATE
    | USING INDEX (objectName | '(' createIndexStatement ')' | indexAttribute*)
    | EXCEPTIONS INTO objectName
    ;

tableProperties
    : tableProperty*
    ;

tableProperty
    : physicalAttribute
    | TABLESPACE (identifier | SET identifier)
    | ORGANIZATION (HEAP | INDEX | EXTERNAL '(' externalTableClause ')')
    | compressionClause
    | LOGGING | NOLOGGING | FILESYSTEM_LIKE_LOGGING
    | CACHE | NOCACHE | RESULT_CACHE '(' MODE (DEFAULT | FORCE) ')'
    | parallelClause
    | MONITORING | NOMONITORING
    | ROWDEPENDENCIES | NOROWDEPENDENCIES
    | ENABLE ROW MOVEMENT | DISABLE ROW MOVEMENT
    | (ENABLE | DISABLE) (VALIDATE | NOVALIDATE)? (UNIQUE columnList | PRIMARY KEY | CONSTRAINT identifier) constraintState*
    | (ENABLE | DISABLE) (ALL TRIGGERS | TABLE LOCK)
    | FLASHBACK ARCHIVE identifier? | NO FLASHBACK ARCHIVE
    | lobStorageClause
    | partitioningClause
    | SEGMENT CREATION (IMMEDIATE | DEFERRED)
    | INMEMORY inmemoryAttribute* | NO INMEMORY
    | (ROW | ROWS)? STORE AS (BASICFILE | SECUREFILE)?
    | ROW ARCHIVAL | NO ROW ARCHIVAL
    | READ (ONLY | WRITE)
    | INCLUDING identifier OVERFLOW | OVERFLOW physicalAttribute*
    | PCTTHRESHOLD expression | MAPPING TABLE | NOMAPPING
    | COLUMN STORE COMPRESS FOR identifier
    | (DEFAULT)? COLLATION identifier
    | MEMOPTIMIZE FOR (READ | WRITE) | NO MEMOPTIMIZE FOR (READ | WRITE)
    | PARENT objectName
    | REJECT LIMIT (expression | UNLIMITED)
    | CLUSTER objectName '(' identifierList ')' // stored in an existing cluster (CREATE TABLE physical_properties)
    ;

physicalAttribute
    : PCTFREE expression | PCTUSED expression | INITRANS expression | MAXTRANS expression
    | storageClause
    ;

storageClause
    : STORAGE '(' storageOption+ ')'
    ;

storageOption
    : (INITIAL | NEXT | MINEXTENTS | MAXEXTENTS | PCTINCREASE | FREELISTS | FREELIST GROUPS | MAXSIZE) (expression | UNLIMITED)
    | OPTIMAL (expression | NULL)?
    | BUFFER_POOL (KEEP | RECYCLE | DEFAULT)
    | (FLASH_CACHE | CELL_FLASH_CACHE) (KEEP | NONE | DEFAULT)
    | ENCRYPT
    ;

compressionClause
    : COMPRESS (BASIC | FOR (OLTP | QUERY | ARCHIVE) (LOW | HIGH)? | ADVANCED (LOW | HIGH)? | expression)?
    | ROW STORE COMPRESS (BASIC | ADVANCED)?
    | COLUMN STORE COMPRESS (FOR (QUERY | ARCHIVE) (LOW | HIGH)?)?
    | NOCOMPRESS
    ;

inmemoryAttribute
    : MEMCOMPRESS FOR identifier (LOW | HIGH)? | NO MEMCOMPRESS | PRIORITY identifier
    | DISTRIBUTE (AUTO | BY identifier)? | DUPLICATE ALL?
    ;

externalTableClause
    : (TYPE identifier)? (DEFAULT DIRECTORY identifier)? (ACCESS PARAMETERS ( '(' externalParameterToken* ')' | USING CLOB subquery))?
      LOCATION '(' externalLocation (',' externalLocation)* ')'
    ;

// The access parameters are the driver's own language (ORACLE_LOADER, ORACLE_DATAPUMP ...), not SQL.
externalParameterToken
    : ~('(' | ')')
    | '(' externalParameterToken* ')'
    ;

externalLocation
    : (identifier ':')? STRING_LITERAL
    ;

lobStorageClause
    : LOB ( '(' identifierList ')' STORE AS (SECUREFILE | BASICFILE)? ('(' lobParameter* ')')?
          | '(' identifier ')' STORE AS (SECUREFILE | BASICFILE)? identifier? ('(' lobParameter* ')')? )
    ;

lobParameter
    : TABLESPACE identifier | (ENABLE | DISABLE) STORAGE IN ROW | CHUNK expression | PCTVERSION expression
    | RETENTION (MAX | MIN expression | AUTO | NONE)? | FREEPOOLS expression | CACHE (READS)? | NOCACHE
    | LOGGING | NOLOGGING | COMPRESS (HIGH | MEDIUM | LOW)? | NOCOMPRESS | DEDUPLICATE | KEEP_DUPLICATES
    | ENCRYPT | DECRYPT | storageClause
    ;

// ---- partitioning (SQL Language Reference, CREATE TABLE "table_partitioning_clauses")

partitioningClause
    : PARTITION BY RANGE columnList (INTERVAL '(' expression ')' (STORE IN '(' identifierList ')')?)?
        subpartitionTemplate? ('(' partitionDefinition (',' partitionDefinition)* ')')?
    | PARTITION BY (LIST) columnList (AUTOMATIC (STORE IN '(' identifierList ')')?)? subpartitionTemplate?
        ('(' partitionDefinition (',' partitionDefinition)* ')')?
    | PARTITION BY HASH columnList subpartitionTemplate?
        ( PARTITIONS expression (STORE IN '(' identifierList ')')? | '(' partitionDefinition (',' partitionDefinition)* ')' )?
    | PARTITION BY REFERENCE '(' identifier ')' ('(' partitionDefinition (',' partitionDefinition)* ')')?
    | PARTITION BY SYSTEM (PARTITIONS expression | '(' partitionDefinition (',' partitionDefinition)* ')')?
    | PARTITION BY CONSISTENT HASH columnList (PARTITIONS AUTO)? (TABLESPACE SET identifier)?
    ;

subpartitionTemplate
    : SUBPARTITION BY (RANGE | LIST | HASH) columnList
      ( SUBPARTITIONS expression (STORE IN '(' identifierList ')')?
      | SUBPARTITION TEMPLATE '(' subpartitionDefinition (',' subpartitionDefinition)* ')'
      | SUBPARTITION TEMPLATE expression )?
    ;

partitionDefinition
    : PARTITION identifier? partitionBound? partitionAttribute* ('(' subpartitionDefinition (',' subpartitionDefinition)* ')')?
    ;

subpartitionDefinition
    : SUBPARTITION identifier? partitionBound? partitionAttribute*
    ;

partitionBound
    : VALUES LESS THAN '(' partitionValue (',' partitionValue)* ')'
    | VALUES '(' partitionValue (',' partitionValue)* ')'
    ;

partitionValue
    : MAXVALUE | DEFAULT | expression
    ;

partitionAttribute
    : TABLESPACE identifier | physicalAttribute | compressionClause | LOGGING | NOLOGGING
    | lobStorageClause | READ (ONLY | WRITE) | INMEMORY | NO INMEMORY | SEGMENT CREATION (IMMEDIATE | DEFERRED)
    ;

// ---- ALTER TABLE

alterTableStatement
    : ALTER TABLE objectName alterTableAction (','? alterTableAction)*
    ;

alterTableAction
    : ADD '(' relationalProperty (',' relationalProperty)* ')'                       # addColumns
    | ADD (columnDefinition | virtualColumnDefinition)                               # addColumn
    | ADD outOfLineConstraint                                                        # addConstraint
    | MODIFY '(' modifyColumn (',' modifyColumn)* ')'                                # modifyColumns
    | MODIFY modifyColumn                                                            # modifyColumnAction
    | MODIFY CONSTRAINT identifier constraintState+                                  # modifyConstraint
    | MODIFY (PRIMARY KEY | UNIQUE columnList) constraintState+                      # modifyConstraint
    | DROP (COLUMN identifier | '(' identifierList ')') (CASCADE CONSTRAINTS | INVALIDATE | CHECKPOINT expression)* # dropColumn
    | SET UNUSED (COLUMN identifier | '(' identifierList ')') (CASCADE CONSTRAINTS | INVALIDATE | ONLINE)*        # setUnused
    | DROP (UNUSED COLUMNS | COLUMNS CONTINUE) (CHECKPOINT expression)?             # dropUnused
    | DROP (CONSTRAINT identifier | PRIMARY KEY | UNIQUE columnList) CASCADE? ((KEEP | DROP) INDEX)? ONLINE? # dropConstraint
    | RENAME COLUMN identifier TO identifier                                         # renameColumn
    | RENAME CONSTRAINT identifier TO identifier                                     # renameConstraint
    | RENAME TO identifier                                                           # renameTable
    | (ENABLE | DISABLE) (VALIDATE | NOVALIDATE)? (CONSTRAINT identifier | PRIMARY KEY | UNIQUE columnList) constraintState* # enableConstraint
    | (ENABLE | DISABLE) (ALL TRIGGERS | TABLE LOCK | ROW MOVEMENT)                  # enableOther
    | partitionAction                                                                # alterPartition
    | MOVE ONLINE? tableProperty* updateIndexes?                                     # moveTable
    | SHRINK SPACE COMPACT? CASCADE?                                                 # shrinkSpace
    | (ALLOCATE | DEALLOCATE) EXTENT ('(' (SIZE expression | DATAFILE STRING_LITERAL | INSTANCE expression)* ')')? # allocateExtent
    | DEALLOCATE UNUSED (KEEP expression)?                                           # deallocateUnused
    | READ (ONLY | WRITE)                                                            # readOnly
    | NO? FLASHBACK ARCHIVE identifier?                                              # flashbackArchive
    | tableProperty                                                                  # alterTableProperty
    | MODIFY LOB '(' identifier ')' '(' lobParameter+ ')'                            # modifyLob
    ;

// Partition maintenance (SQL Language Reference, ALTER TABLE, "alter_table_partitioning"): a rule of its own keeps
// alterTableAction's generated method under HotSpot's 8,000-byte limit for JIT compilation.
partitionAction
    : ADD (PARTITION | SUBPARTITION) partitionDefinitionBody (',' (PARTITION | SUBPARTITION) partitionDefinitionBody)* updateIndexes? # addPartition
    | DROP (PARTITION | SUBPARTITION) partitionNames updateIndexes?                  # dropPartition
    | TRUNCATE (PARTITION | SUBPARTITION) partitionNames ((DROP ALL? | REUSE) STORAGE)? CASCADE? updateIndexes? # truncatePartition
    | SPLIT (PARTITION | SUBPARTITION) identifier (AT | VALUES) '(' partitionValue (',' partitionValue)* ')'
        (INTO '(' partitionDefinition ',' partitionDefinition ')')? updateIndexes? ONLINE? # splitPartition
    | MERGE (PARTITIONS | SUBPARTITIONS) identifierList (INTO partitionDefinition)? updateIndexes? # mergePartitions
    | MOVE (PARTITION | SUBPARTITION) identifier partitionAttribute* ONLINE? updateIndexes? # movePartition
    | EXCHANGE (PARTITION | SUBPARTITION) identifier WITH TABLE objectName ((INCLUDING | EXCLUDING) INDEXES)? ((WITH | WITHOUT) VALIDATION)? updateIndexes? # exchangePartition
    | RENAME (PARTITION | SUBPARTITION) identifier TO identifier                   # renamePartition
    | MODIFY (PARTITION | SUBPARTITION) identifier (partitionAttribute | ADD VALUES '(' expressionList ')' | DROP VALUES '(' expressionList ')' | UNUSABLE LOCAL INDEXES | REBUILD UNUSABLE LOCAL INDEXES)+ # modifyPartition
    | SET INTERVAL '(' expression? ')'                                               # setInterval
    | MODIFY partitioningClause ONLINE? updateIndexes?                               # modifyPartitioning
    ;

modifyColumn
    : identifier dataType? (COLLATE identifier)? (VISIBLE | INVISIBLE)?
      (DEFAULT (ON NULL)? expression | DROP IDENTITY | identityClause | GENERATED ALWAYS? AS '(' condition ')' VIRTUAL?)?
      (ENCRYPT encryptionSpec | DECRYPT)? inlineConstraint*
    | identifier (VISIBLE | INVISIBLE)
    | identifier SUBSTITUTABLE AT ALL LEVELS
    ;

partitionDefinitionBody
    : identifier? partitionBound? partitionAttribute* ('(' subpartitionDefinition (',' subpartitionDefinition)* ')')?
    ;

partitionNames
    : identifier (',' identifier)*
    | FOR '(' expressionList ')'
    ;

updateIndexes
    : (UPDATE | INVALIDATE) GLOBAL INDEXES
    | UPDATE INDEXES ('(' identifier ('(' partitionAttribute* ')')? (',' identifier ('(' partitionAttribute* ')')?)* ')')?
    ;

// ---- DROP / TRUNCATE / RENAME / COMMENT / FLASHBACK / PURGE

dropTableStatement
    : DROP TABLE (IF EXISTS)? objectName (CASCADE CONSTRAINTS)? PURGE?
    ;

truncateTableStatement
    : TRUNCATE TABLE objectName ((PRESERVE | PURGE) MATERIALIZED VIEW LOG)? ((DROP ALL? | REUSE) STORAGE)? CASCADE?
    | TRUNCATE CLUSTER objectName ((DROP | REUSE) STORAGE)?
    ;

renameStatement
    : RENAME identifier TO identifier
    ;

commentStatement
    : COMMENT ON (TABLE objectName | COLUMN columnName | MATERIALIZED VIEW objectName | OPERATOR objectName
                 | INDEXTYPE objectName | EDITION identifier | MINING MODEL objectName) IS (STRING_LITERAL | Q_STRING_LITERAL)
    ;

flashbackTableStatement
    : FLASHBACK TABLE objectName (',' objectName)* TO
      ( (SCN | TIMESTAMP) expression ((ENABLE | DISABLE) TRIGGERS)?
      | RESTORE POINT identifier ((ENABLE | DISABLE) TRIGGERS)?
      | BEFORE DROP (RENAME TO identifier)? )
    ;

purgeStatement
    : PURGE ( (TABLE | INDEX) objectName | RECYCLEBIN | DBA_RECYCLEBIN | TABLESPACE identifier (USER identifier)? | TABLESPACE SET identifier )
    ;

// ---- indexes

createIndexStatement
    : CREATE (UNIQUE | BITMAP | MULTIVALUE)? INDEX (IF NOT EXISTS)? objectName ON
      ( objectName tableAlias? '(' indexExpression (',' indexExpression)* ')'
      | CLUSTER objectName
      | objectName '(' indexExpression (',' indexExpression)* ')' FROM tableReferenceList whereClause? )
      indexAttribute*
    ;

indexExpression
    : expression (ASC | DESC)?
    ;

indexAttribute
    : physicalAttribute | TABLESPACE (identifier | DEFAULT) | LOGGING | NOLOGGING | ONLINE | COMPUTE STATISTICS
    | compressionClause | SORT | NOSORT | REVERSE | VISIBLE | INVISIBLE | USABLE | UNUSABLE
    | parallelClause | LOCAL ('(' partitionDefinition (',' partitionDefinition)* ')')?
    | GLOBAL PARTITION BY (RANGE | HASH) columnList ('(' partitionDefinition (',' partitionDefinition)* ')' | PARTITIONS expression)?
    | INDEXTYPE IS objectName (PARAMETERS '(' STRING_LITERAL ')')?
    | DEFERRED INVALIDATION | IMMEDIATE INVALIDATION
    ;

alterIndexStatement
    : ALTER INDEX objectName
      ( REBUILD (PARTITION identifier | SUBPARTITION identifier | REVERSE | NOREVERSE)? indexAttribute*
      | RENAME TO identifier
      | (ENABLE | DISABLE | UNUSABLE ONLINE? | VISIBLE | INVISIBLE | MONITORING USAGE | NOMONITORING USAGE | COALESCE (CLEANUP)?)
      | indexAttribute+
      | MODIFY (PARTITION | SUBPARTITION) identifier indexAttribute*
      | RENAME (PARTITION | SUBPARTITION) identifier TO identifier
      | DROP PARTITION identifier
      | SHRINK SPACE COMPACT? CASCADE? )
    ;

dropIndexStatement
    : DROP INDEX (IF EXISTS)? objectName ONLINE? FORCE? ((DEFERRED | IMMEDIATE) INVALIDATION)?
    ;

// ---- views

createViewStatement
    : CREATE (OR REPLACE)? (NO? FORCE)? (EDITIONING | EDITIONABLE EDITIONING? | NONEDITIONABLE)? VIEW (IF NOT EXISTS)? objectName
      (SHARING '=' identifier)?
      ( '(' viewColumn (',' viewColumn)* ')' | OF typeName (WITH OBJECT identifier (DEFAULT | '(' identifierList ')') | UNDER objectName)? )?
      (DEFAULT COLLATION identifier)? (BEQUEATH (CURRENT_USER | DEFINER))?
      AS subquery subqueryRestriction? (CONTAINER_MAP | CONTAINERS_DEFAULT)?
    ;

viewColumn
    : identifier (VISIBLE | INVISIBLE)? inlineConstraint*
    | outOfLineConstraint
    ;

alterViewStatement
    : ALTER VIEW objectName ( ADD outOfLineConstraint | MODIFY CONSTRAINT identifier (RELY | NORELY)
                           | DROP (CONSTRAINT identifier | PRIMARY KEY | UNIQUE columnList) | COMPILE | READ (ONLY | WRITE)
                           | EDITIONABLE | NONEDITIONABLE )
    ;

dropViewStatement
    : DROP VIEW (IF EXISTS)? objectName (CASCADE CONSTRAINTS)?
    ;

createMaterializedViewStatement
    : CREATE MATERIALIZED VIEW (IF NOT EXISTS)? objectName columnList? (OF typeName)?
      ( ON PREBUILT TABLE ((WITH | WITHOUT) REDUCED PRECISION)? | tableProperty | BUILD (IMMEDIATE | DEFERRED) )*
      (USING INDEX indexAttribute* | USING NO INDEX)?
      (refreshClause | NEVER REFRESH)?
      ((ENABLE | DISABLE) ON QUERY COMPUTATION)?
      ((ENABLE | DISABLE) QUERY REWRITE)?
      AS subquery
    ;

refreshClause
    : REFRESH ( FAST | COMPLETE | FORCE | ON (DEMAND | COMMIT | STATEMENT) | START WITH expression | NEXT expression
              | WITH (PRIMARY KEY | ROWID) | USING (DEFAULT | ENFORCED | TRUSTED) (MASTER | LOCAL)? ROLLBACK SEGMENT? | USING (ENFORCED | TRUSTED) CONSTRAINTS )+
    ;

alterMaterializedViewStatement
    : ALTER MATERIALIZED VIEW objectName ( refreshClause | COMPILE | (ENABLE | DISABLE) QUERY REWRITE | CONSIDER FRESH | tableProperty )+
    ;

dropMaterializedViewStatement
    : DROP MATERIALIZED VIEW (IF EXISTS)? objectName (PRESERVE TABLE)?
    ;

createMaterializedViewLogStatement
    : CREATE MATERIALIZED VIEW LOG (IF NOT EXISTS)? ON objectName tableProperty*
      (WITH (mvLogItem (',' mvLogItem)*)? columnList? ((INCLUDING | EXCLUDING) NEW VALUES)?)?
      (PURGE (IMMEDIATE (SYNCHRONOUS | ASYNCHRONOUS)? | START WITH expression (NEXT expression | REPEAT INTERVAL expression)?))?
    ;

mvLogItem
    : PRIMARY KEY | ROWID | OBJECT ID | SEQUENCE | COMMIT SCN
    ;

dropMaterializedViewLogStatement
    : DROP MATERIALIZED VIEW LOG (IF EXISTS)? ON objectName
    ;

// ---- sequences

createSequenceStatement
    : CREATE SEQUENCE (IF NOT EXISTS)? objectName (SHARING '=' identifier)? sequenceOption*
    ;

alterSequenceStatement
    : ALTER SEQUENCE (IF EXISTS)? objectName sequenceOption+
    ;

sequenceOption
    : INCREMENT BY '-'? expression
    | START WITH ('-'? expression | LIMIT VALUE)
    | MAXVALUE '-'? expression | NOMAXVALUE
    | MINVALUE '-'? expression | NOMINVALUE
    | CYCLE | NOCYCLE
    | CACHE expression | NOCACHE
    | ORDER | NOORDER
    | KEEP | NOKEEP
    | SCALE (EXTEND | NOEXTEND)? | NOSCALE
    | SHARD (EXTEND | NOEXTEND)? | NOSHARD
    | SESSION | GLOBAL
    | RESTART (START WITH expression)?
    ;

dropSequenceStatement
    : DROP SEQUENCE (IF EXISTS)? objectName
    ;

// ---- synonyms, directories, other DROPs

createSynonymStatement
    : CREATE (OR REPLACE)? (EDITIONABLE | NONEDITIONABLE)? PUBLIC? SYNONYM (IF NOT EXISTS)? objectName (SHARING '=' identifier)? FOR objectName
    ;

dropSynonymStatement
    : DROP PUBLIC? SYNONYM (IF EXISTS)? objectName FORCE?
    ;

createDirectoryStatement
    : CREATE (OR REPLACE)? DIRECTORY (IF NOT EXISTS)? identifier (SHARING '=' identifier)? AS (STRING_LITERAL | Q_STRING_LITERAL)
    ;

dropOtherStatement
    : DROP ( DIRECTORY | PROCEDURE | FUNCTION | PACKAGE BODY? | TRIGGER | TYPE BODY? | LIBRARY | CONTEXT | CLUSTER
           | DATABASE LINK | PUBLIC DATABASE LINK | INDEXTYPE | OPERATOR | JAVA (SOURCE | CLASS | RESOURCE) | EDITION | MATERIALIZED ZONEMAP
           | PROFILE | ROLE | TABLESPACE | FLASHBACK ARCHIVE | RESTORE POINT | AUDIT POLICY | DIMENSION | ANALYTIC VIEW | HIERARCHY | ATTRIBUTE DIMENSION )
      (IF EXISTS)? objectName (FORCE | VALIDATE | CASCADE | INCLUDING CONTENTS (AND DATAFILES)? (CASCADE CONSTRAINTS)? | INCLUDING TABLES (CASCADE CONSTRAINTS)?)*
    ;

createDatabaseLinkStatement
    : CREATE SHARED? PUBLIC? DATABASE LINK (IF NOT EXISTS)? qualifiedName
      (CONNECT TO (CURRENT_USER | identifier IDENTIFIED BY identifier))? (USING (STRING_LITERAL | Q_STRING_LITERAL))?
    ;

analyzeStatement
    : ANALYZE (TABLE | INDEX | CLUSTER) objectName partitionExtension?
      ( COMPUTE SYSTEM? STATISTICS | ESTIMATE SYSTEM? STATISTICS (SAMPLE expression (ROWS | PERCENT))? | DELETE SYSTEM? STATISTICS
      | VALIDATE STRUCTURE (CASCADE (FAST | COMPLETE)?)? (ONLINE | OFFLINE)? (INTO objectName)? | LIST CHAINED ROWS (INTO objectName)? )
    ;

createContextStatement
    : CREATE (OR REPLACE)? CONTEXT identifier USING objectName (INITIALIZED (EXTERNALLY | GLOBALLY) | ACCESSED GLOBALLY)?
    ;

// ---- tablespaces (SQL Language Reference: CREATE/ALTER/DROP TABLESPACE; the DBA's part of a release)

createTablespaceStatement
    : CREATE (BIGFILE | SMALLFILE)? (TEMPORARY | UNDO)? TABLESPACE (IF NOT EXISTS)? identifier
      ((DATAFILE | TEMPFILE) datafileSpec (',' datafileSpec)*)? tablespaceOption*
    ;

alterTablespaceStatement
    : ALTER TABLESPACE identifier
      ( ADD (DATAFILE | TEMPFILE) datafileSpec (',' datafileSpec)*
      | RENAME TO identifier
      | (ONLINE | OFFLINE (NORMAL | TEMPORARY | IMMEDIATE)? | READ (ONLY | WRITE) | BEGIN BACKUP | END BACKUP)
      | RESIZE expression
      | tablespaceOption+ )
    ;

datafileSpec
    : STRING_LITERAL? (SIZE expression)? REUSE? (AUTOEXTEND (OFF | ON (NEXT expression)? (MAXSIZE (UNLIMITED | expression))?))?
    ;

tablespaceOption
    : LOGGING | NOLOGGING | FORCE LOGGING | ONLINE | OFFLINE | BLOCKSIZE expression
    | EXTENT MANAGEMENT LOCAL (AUTOALLOCATE | UNIFORM (SIZE expression)?)?
    | SEGMENT SPACE MANAGEMENT (AUTO | MANUAL)
    | DEFAULT (compressionClause | storageClause | TABLE COMPRESS FOR identifier (LOW | HIGH)?)*
    | ENCRYPTION (USING STRING_LITERAL)? (ENCRYPT | DECRYPT)? | RETENTION (GUARANTEE | NOGUARANTEE)
    ;

// ---- ALTER TYPE (PL/SQL Language Reference "ALTER TYPE Statement")

alterTypeStatement
    : ALTER TYPE (IF EXISTS)? objectName
      ( COMPILE DEBUG? (SPECIFICATION | BODY)? (REUSE SETTINGS)?
      | (ADD | DROP) ATTRIBUTE typeAttributes alterTypeDependents?
      | MODIFY ATTRIBUTE typeAttributes alterTypeDependents?
      | (ADD | DROP) typeAttribute alterTypeDependents?
      | NOT? (FINAL | INSTANTIABLE) alterTypeDependents?
      | MODIFY LIMIT expression alterTypeDependents?
      | MODIFY ELEMENT TYPE dataType alterTypeDependents?
      | REPLACE invokerRights* AS OBJECT '(' typeAttribute (',' typeAttribute)* ')'
      | EDITIONABLE | NONEDITIONABLE )
    ;

typeAttributes
    : '(' typeAttribute (',' typeAttribute)* ')'
    | typeAttribute
    ;

alterTypeDependents
    : INVALIDATE
    | CASCADE (NOT? INCLUDING TABLE DATA | CONVERT TO SUBSTITUTABLE)? (FORCE)? (EXCEPTIONS INTO objectName)?
    ;

// PARALLEL n, PARALLEL (DEGREE n INSTANCES m), NOPARALLEL
parallelClause
    : PARALLEL '(' ((DEGREE | INSTANCES) (expression | DEFAULT))+ ')'
    | PARALLEL expression?
    | NOPARALLEL
    ;

// ---- editions, unified audit policies, Java sources

createEditionStatement
    : CREATE EDITION (IF NOT EXISTS)? identifier (AS CHILD OF identifier)?
    ;

auditPolicyStatement
    : (CREATE | ALTER) AUDIT POLICY identifier auditPolicyItem*
    | DROP AUDIT POLICY identifier
    ;

auditPolicyItem
    : (ADD | DROP)? PRIVILEGES privilegeWord+ (',' privilegeWord+)*
    | (ADD | DROP)? ACTIONS auditAction (',' auditAction)*
    | (ADD | DROP)? ROLES identifierList
    | WHEN (STRING_LITERAL | Q_STRING_LITERAL) EVALUATE PER (STATEMENT | SESSION | INSTANCE)
    | CONDITION (DROP | (STRING_LITERAL | Q_STRING_LITERAL) EVALUATE PER (STATEMENT | SESSION | INSTANCE))
    | ONLY TOPLEVEL
    | CONTAINER '=' (CURRENT | ALL)
    ;

auditAction
    : ALL (ON objectName)?
    | privilegeWord+ (ON (DIRECTORY | MINING MODEL)? objectName)?
    ;

// The Java source itself is not SQL: it is kept, not parsed.
createJavaStatement
    : CREATE (OR REPLACE)? (AND (RESOLVE | COMPILE))? NOFORCE? JAVA (SOURCE | RESOURCE | CLASS)
      (NAMED objectName)? (SHARING '=' identifier)? invokerRights* (RESOLVER '(' ~')'* ')')?
      (AS | USING) javaSourceToken*
    ;

javaSourceToken
    : ~EOF
    ;

// ---- use case domains (23ai; SQL Language Reference: CREATE DOMAIN, ALTER DOMAIN, DROP DOMAIN)

createDomainStatement
    : CREATE USECASE? DOMAIN (IF NOT EXISTS)? objectName AS
      ( domainType domainColumnProperty*
      | '(' domainColumn (',' domainColumn)* ')' )
      domainPresentation*
    ;

// AS data type [STRICT], or AS ENUM (name [= value], ...)
domainType
    : ENUM '(' enumItem (',' enumItem)* ')'
    | dataType STRICT?
    ;

enumItem
    : identifier ('=' expression)?
    ;

domainColumn
    : identifier AS dataType STRICT? domainColumnProperty*
    ;

// column_properties_clause of a domain: default, nullability, check constraints, collation, JSON schema.
domainColumnProperty
    : DEFAULT (ON NULL)? expression
    | NOT? NULL
    | (CONSTRAINT identifier)? CHECK '(' condition ')' (ENABLE | DISABLE)?
    | COLLATE identifier
    | VALIDATE USING (STRING_LITERAL | Q_STRING_LITERAL)
    ;

domainPresentation
    : DISPLAY expression
    | ORDER expression
    | annotationsClause
    ;

// annotations_clause (23ai): ANNOTATIONS ([ADD [IF NOT EXISTS | OR REPLACE] | DROP [IF EXISTS] | REPLACE] name ['value'], ...)
annotationsClause
    : ANNOTATIONS '(' annotation (',' annotation)* ')'
    ;

annotation
    : (ADD (IF NOT EXISTS | OR REPLACE)? | DROP (IF EXISTS)? | REPLACE)? identifier (STRING_LITERAL | Q_STRING_LITERAL)?
    ;

alterDomainStatement
    : ALTER USECASE? DOMAIN (IF EXISTS)? objectName
      ( (ADD | MODIFY) (DISPLAY | ORDER) expression
      | DROP (DISPLAY | ORDER)
      | annotationsClause )
    ;

dropDomainStatement
    : DROP USECASE? DOMAIN (IF EXISTS)? objectName (FORCE PRESERVE?)?
    ;

// ---- clusters (SQL Language Reference: CREATE CLUSTER, ALTER CLUSTER; DROP CLUSTER is in dropOtherStatement)

createClusterStatement
    : CREATE CLUSTER (IF NOT EXISTS)? objectName '(' clusterKeyColumn (',' clusterKeyColumn)* ')' clusterAttribute*
    ;

clusterKeyColumn
    : identifier dataType SORT?
    ;

clusterAttribute
    : physicalAttribute
    | SIZE expression
    | TABLESPACE identifier
    | INDEX
    | (SINGLE TABLE)? HASHKEYS expression (HASH IS expression)?
    | parallelClause
    | ROWDEPENDENCIES | NOROWDEPENDENCIES
    | CACHE | NOCACHE
    ;

alterClusterStatement
    : ALTER CLUSTER objectName
      ( (physicalAttribute | SIZE expression | parallelClause | CACHE | NOCACHE)+
      | ALLOCATE EXTENT ('(' (SIZE expression | DATAFILE STRING_LITERAL | INSTANCE expression)* ')')?
      | DEALLOCATE UNUSED (KEEP expression)? )
    ;

// ---- pluggable databases (SQL Language Reference: CREATE / ALTER / DROP PLUGGABLE DATABASE; the common clauses)

createPluggableDatabaseStatement
    : CREATE PLUGGABLE DATABASE (IF NOT EXISTS)? identifier (AS (APPLICATION CONTAINER | SEED))?
      ( ADMIN USER identifier IDENTIFIED BY identifier
      | FROM objectName
      | USING (STRING_LITERAL | Q_STRING_LITERAL) (AS CLONE)?
      )?
      pdbClause*
    ;

pdbClause
    : ROLES '=' '(' identifierList ')'
    | (FILE_NAME_CONVERT | SOURCE_FILE_NAME_CONVERT) '=' ('(' STRING_LITERAL (',' STRING_LITERAL)* ')' | NONE)
    | (CREATE_FILE_DEST | PATH_PREFIX) '=' (STRING_LITERAL | NONE)
    | STORAGE ('(' pdbStorageLimit+ ')' | UNLIMITED)
    | DEFAULT TABLESPACE identifier (DATAFILE datafileSpec (',' datafileSpec)*)? tablespaceOption*
    | TEMPFILE REUSE
    | NOCOPY | COPY | MOVE
    | SNAPSHOT COPY
    | USER_TABLESPACES '=' ('(' STRING_LITERAL (',' STRING_LITERAL)* ')' | ALL (EXCEPT '(' STRING_LITERAL (',' STRING_LITERAL)* ')')? | NONE)
    | STANDBYS '=' ('(' STRING_LITERAL (',' STRING_LITERAL)* ')' | ALL (EXCEPT '(' STRING_LITERAL (',' STRING_LITERAL)* ')')? | NONE)
    | LOGGING | NOLOGGING
    | PARALLEL expression?
    | NO DATA
    | KEYSTORE IDENTIFIED BY (identifier | EXTERNAL STORE)
    ;

pdbStorageLimit
    : (MAXSIZE | MAX_AUDIT_SIZE | MAX_DIAG_SIZE | MAX_SHARED_TEMP_SIZE) (UNLIMITED | expression)
    ;

alterPluggableDatabaseStatement
    : ALTER PLUGGABLE DATABASE (ALL (EXCEPT identifierList)? | identifierList)?
      ( OPEN (READ WRITE | READ ONLY | UPGRADE)? RESTRICTED? FORCE? pdbInstances? (SERVICES '=' pdbNameList)?
      | CLOSE (IMMEDIATE | ABORT)? pdbInstances? (RELOCATE (TO STRING_LITERAL)? | NORELOCATE)?
      | (SAVE | DISCARD) STATE pdbInstances?
      | UNPLUG INTO STRING_LITERAL (ENCRYPT USING identifier)?
      | DEFAULT TEMPORARY? TABLESPACE identifier
      | STORAGE ('(' pdbStorageLimit+ ')' | UNLIMITED)
      | RENAME GLOBAL_NAME TO qualifiedName
      | SET TIME_ZONE '=' STRING_LITERAL
      | (ENABLE | DISABLE) FORCE (LOGGING | NOLOGGING)
      | LOGGING | NOLOGGING
      | DATAFILE (STRING_LITERAL | ALL) (ONLINE | OFFLINE | RESIZE expression | AUTOEXTEND (OFF | ON (NEXT expression)? (MAXSIZE (UNLIMITED | expression))?))
      | REFRESH (MODE (MANUAL | EVERY expression (MINUTES | HOURS) | NONE))?
      )
    ;

pdbInstances
    : INSTANCES '=' (pdbNameList | ALL (EXCEPT pdbNameList)?)
    ;

pdbNameList
    : '(' pdbName (',' pdbName)* ')'
    | ALL (EXCEPT pdbNameList)?
    ;

pdbName
    : STRING_LITERAL
    | identifier
    ;

dropPluggableDatabaseStatement
    : DROP PLUGGABLE DATABASE (IF EXISTS)? identifier ((KEEP | INCLUDING) DATAFILES)?
    ;

// ---- the database (SQL Language Reference: ALTER DATABASE; the clauses release and DBA scripts use)

alterDatabaseStatement
    : ALTER DATABASE identifier?
      ( MOUNT ((STANDBY | CLONE) DATABASE)?
      | OPEN (READ WRITE | READ ONLY)? (RESETLOGS | NORESETLOGS)? (UPGRADE | DOWNGRADE)?
      | (ARCHIVELOG | NOARCHIVELOG) MANUAL?
      | NO? FORCE LOGGING
      | (ADD | DROP) SUPPLEMENTAL LOG DATA ('(' supplementalLogColumns (',' supplementalLogColumns)* ')' COLUMNS)?
      | (DATAFILE | TEMPFILE) (STRING_LITERAL | expression) (',' (STRING_LITERAL | expression))*
        ( RESIZE expression | AUTOEXTEND (OFF | ON (NEXT expression)? (MAXSIZE (UNLIMITED | expression))?)
        | ONLINE | OFFLINE (FOR DROP)? | END BACKUP | DROP (INCLUDING DATAFILES)? )
      | ADD STANDBY? LOGFILE (THREAD expression)? (GROUP expression)? logFile (',' (GROUP expression)? logFile)*
      | ADD LOGFILE MEMBER STRING_LITERAL REUSE? (',' STRING_LITERAL REUSE?)* TO GROUP expression
      | DROP STANDBY? LOGFILE (GROUP expression | STRING_LITERAL) (',' (GROUP expression | STRING_LITERAL))*
      | DROP LOGFILE MEMBER STRING_LITERAL (',' STRING_LITERAL)*
      | CLEAR UNARCHIVED? LOGFILE GROUP expression (UNRECOVERABLE DATAFILE)?
      | RENAME FILE STRING_LITERAL (',' STRING_LITERAL)* TO STRING_LITERAL (',' STRING_LITERAL)*
      | RENAME GLOBAL_NAME TO qualifiedName
      | DEFAULT TEMPORARY? TABLESPACE identifier
      | DEFAULT EDITION '=' identifier
      | SET TIME_ZONE '=' STRING_LITERAL
      | SET DEFAULT (BIGFILE | SMALLFILE) TABLESPACE
      | (ENABLE | DISABLE) BLOCK CHANGE TRACKING (USING FILE STRING_LITERAL REUSE?)?
      | FLASHBACK (ON | OFF)
      | (BEGIN | END) BACKUP
      | BACKUP CONTROLFILE TO (STRING_LITERAL REUSE? | TRACE (AS STRING_LITERAL REUSE?)? (RESETLOGS | NORESETLOGS)?)
      | CONVERT TO (PHYSICAL | SNAPSHOT) STANDBY
      | GUARD (ALL | STANDBY | NONE)
      )
    ;

supplementalLogColumns
    : ALL | PRIMARY KEY | UNIQUE | FOREIGN KEY
    ;

// A redo log file: 'name' or ('name', 'name') with its size.
logFile
    : (STRING_LITERAL | '(' STRING_LITERAL (',' STRING_LITERAL)* ')') (SIZE expression)? (BLOCKSIZE expression)? REUSE?
    ;

// ---- user-defined operators and indextypes (SQL Language Reference: CREATE / ALTER OPERATOR, CREATE / ALTER
// INDEXTYPE; their DROP is in dropOtherStatement)

createOperatorStatement
    : CREATE (OR REPLACE)? OPERATOR (IF NOT EXISTS)? objectName BINDING operatorBinding (',' operatorBinding)*
    ;

// (parameter types) RETURN type [ANCILLARY TO ... | WITH INDEX CONTEXT, SCAN CONTEXT type ...] USING function
operatorBinding
    : '(' dataType (',' dataType)* ')' RETURN dataType operatorImplementation? USING qualifiedName
    ;

operatorImplementation
    : ANCILLARY TO operatorSignature (',' operatorSignature)*
    | (WITH INDEX CONTEXT ',' SCAN CONTEXT typeName (COMPUTE ANCILLARY DATA)?)? (WITH COLUMN CONTEXT)?
    ;

operatorSignature
    : objectName '(' dataType (',' dataType)* ')'
    ;

alterOperatorStatement
    : ALTER OPERATOR objectName
      ( ADD BINDING operatorBinding
      | DROP BINDING '(' dataType (',' dataType)* ')' FORCE?
      | COMPILE )
    ;

createIndextypeStatement
    : CREATE (OR REPLACE)? INDEXTYPE (IF NOT EXISTS)? objectName FOR operatorSignature (',' operatorSignature)*
      indextypeUsing indextypeOption*
    ;

// USING implementation type [WITH | WITHOUT ARRAY DML [(type, varray type), ...]]
indextypeUsing
    : USING typeName ((WITH | WITHOUT) ARRAY DML ('(' typeName (',' typeName)? ')' (',' '(' typeName (',' typeName)? ')')*)?)?
    ;

indextypeOption
    : WITH LOCAL RANGE? PARTITION
    | WITH (SYSTEM | USER) MANAGED STORAGE TABLES
    ;

alterIndextypeStatement
    : ALTER INDEXTYPE objectName
      ( (ADD | DROP) operatorSignature (',' operatorSignature)* indextypeUsing?
      | COMPILE )
      indextypeOption*
    ;

// ---- dimensions (SQL Language Reference: CREATE DIMENSION, ALTER DIMENSION; DROP DIMENSION is in dropOtherStatement)

createDimensionStatement
    : CREATE DIMENSION objectName dimensionLevel+ dimensionItem*
    ;

// LEVEL level IS table.column | (table.column, ...) [SKIP WHEN NULL]
dimensionLevel
    : LEVEL identifier IS (columnName | '(' columnName (',' columnName)* ')') (SKIP_ WHEN NULL)?
    ;

dimensionItem
    : HIERARCHY identifier '(' identifier (CHILD OF identifier)+ dimensionJoinKey* ')'
    | ATTRIBUTE identifier DETERMINES dimensionColumns
    | ATTRIBUTE identifier (LEVEL identifier DETERMINES dimensionColumns)+
    ;

dimensionJoinKey
    : JOIN KEY dimensionColumns REFERENCES identifier
    ;

dimensionColumns
    : columnName
    | '(' columnName (',' columnName)* ')'
    ;

alterDimensionStatement
    : ALTER DIMENSION objectName
      ( (ADD (dimensionLevel | dimensionItem))+
      | (DROP ( LEVEL identifier (RESTRICT | CASCADE)?
              | HIERARCHY identifier
              | ATTRIBUTE identifier (LEVEL identifier (COLUMN identifier)*)* ))+
      | COMPILE )
    ;
