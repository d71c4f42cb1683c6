package io.github.sqlaudit.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DdlFactsTest {

    private final SqlParser mysql = SqlParser.forDialect(Dialect.MYSQL);
    private final SqlParser mariadb = SqlParser.forDialect(Dialect.MARIADB);

    private DdlFacts facts(SqlParser parser, String sql) {
        Statement statement = parser.parseStatement(sql);
        assertThat(statement.error()).as(sql).isEmpty();
        return statement.ddl().orElseThrow();
    }

    private DdlFacts facts(String sql) {
        return facts(mysql, sql);
    }

    @Test
    void createTableColumns() {
        DdlFacts facts = facts("""
                CREATE TABLE shop.orders (
                  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'key',
                  code VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '' COMMENT 'it''s the code',
                  amount DECIMAL(12,2) DEFAULT NULL,
                  status ENUM('new','paid') NOT NULL DEFAULT 'new',
                  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                  note TEXT,
                  PRIMARY KEY (id),
                  UNIQUE KEY uq_code (code),
                  KEY idx_status_created (status, created_at),
                  CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES shop.customers (id) ON DELETE CASCADE
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='orders' ROW_FORMAT=DYNAMIC
                """);
        assertThat(facts.object()).contains(new SchemaObject(ObjectType.TABLE, TableRef.of("shop", "orders")));
        assertThat(facts.columns()).extracting(ColumnDef::name)
                .containsExactly("id", "code", "amount", "status", "created_at", "note");
        ColumnDef id = facts.columns().get(0);
        assertThat(id.dataType()).isEqualTo("BIGINT");
        assertThat(id.unsigned()).isTrue();
        assertThat(id.isNotNull()).isTrue();
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.comment()).contains("key");
        ColumnDef code = facts.columns().get(1);
        assertThat(code.length()).hasValue(32);
        assertThat(code.charset()).contains("ascii");
        assertThat(code.collation()).contains("ascii_bin");
        assertThat(code.defaultValue()).contains("''");
        assertThat(code.comment()).contains("it's the code");
        ColumnDef amount = facts.columns().get(2);
        assertThat(amount.dataType()).isEqualTo("DECIMAL");
        assertThat(amount.length()).hasValue(12);
        assertThat(amount.scale()).hasValue(2);
        assertThat(amount.nullable()).isEmpty();
        assertThat(amount.defaultValue()).contains("NULL");
        assertThat(facts.columns().get(3).enumValues()).containsExactly("new", "paid");
        assertThat(facts.columns().get(4).defaultValue()).contains("CURRENT_TIMESTAMP");
        assertThat(facts.columns().get(5).comment()).isEmpty();
        assertThat(facts.primaryKey()).containsExactly("id");
        assertThat(facts.indexes()).extracting(IndexDef::type, IndexDef::name, IndexDef::columns).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IndexType.PRIMARY, Optional.empty(), List.of("id")),
                org.assertj.core.groups.Tuple.tuple(IndexType.UNIQUE, Optional.of("uq_code"), List.of("code")),
                org.assertj.core.groups.Tuple.tuple(IndexType.INDEX, Optional.of("idx_status_created"),
                        List.of("status", "created_at")));
        assertThat(facts.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.name()).contains("fk_customer");
            assertThat(fk.columns()).containsExactly("customer_id");
            assertThat(fk.referencedTable()).isEqualTo(TableRef.of("shop", "customers"));
            assertThat(fk.referencedColumns()).containsExactly("id");
            assertThat(fk.onDelete()).contains("CASCADE");
        });
        TableOptions options = facts.options();
        assertThat(options.engine()).contains("InnoDB");
        assertThat(options.charset()).contains("utf8mb4");
        assertThat(options.collation()).contains("utf8mb4_0900_ai_ci");
        assertThat(options.comment()).contains("orders");
        assertThat(options.partitioned()).isFalse();
        assertThat(options.others()).containsEntry("ROW_FORMAT", "DYNAMIC");
    }

    @Test
    void tableWithoutPrimaryKey() {
        DdlFacts facts = facts("CREATE TABLE log (msg TEXT, at DATETIME)");
        assertThat(facts.hasPrimaryKey()).isFalse();
        assertThat(facts.options().comment()).isEmpty();
    }

    @Test
    void columnLevelPrimaryKeyAndUnique() {
        DdlFacts facts = facts("CREATE TABLE u (id INT PRIMARY KEY, email VARCHAR(100) UNIQUE, s SERIAL)");
        assertThat(facts.primaryKey()).containsExactly("id");
        assertThat(facts.columns().get(0).isNotNull()).isTrue();
        // SERIAL is an alias for BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE.
        assertThat(facts.indexes()).extracting(IndexDef::type).containsExactly(IndexType.PRIMARY, IndexType.UNIQUE, IndexType.UNIQUE);
        ColumnDef serial = facts.columns().get(2);
        assertThat(serial.dataType()).isEqualTo("BIGINT");
        assertThat(serial.autoIncrement()).isTrue();
        assertThat(serial.unsigned()).isTrue();
    }

    @Test
    void typeSynonymsAreFolded() {
        DdlFacts facts = facts("CREATE TABLE s (a INTEGER, b CHARACTER VARYING(10), c NUMERIC(5,1), d BOOLEAN, e DOUBLE PRECISION, f NVARCHAR(3))");
        assertThat(facts.columns()).extracting(ColumnDef::dataType)
                .containsExactly("INT", "VARCHAR", "DECIMAL", "BOOL", "DOUBLE", "VARCHAR");
    }

    @Test
    void partitioningIsReported() {
        assertThat(facts("CREATE TABLE p (id INT) PARTITION BY HASH (id) PARTITIONS 4").options().partitioned()).isTrue();
    }

    @Test
    void createTableAsSelectReadsItsSources() {
        DdlFacts facts = facts("CREATE TABLE copy AS SELECT * FROM orig JOIN other USING (id)");
        assertThat(facts.asSelect()).isTrue();
        assertThat(facts.createdFrom()).containsExactly(TableRef.of("orig"), TableRef.of("other"));
        assertThat(facts("CREATE TABLE n LIKE db.o").createdFrom()).containsExactly(TableRef.of("db", "o"));
    }

    @Test
    void alterTableOperations() {
        DdlFacts facts = facts("ALTER TABLE t ADD COLUMN c INT NOT NULL AFTER b, DROP COLUMN d, MODIFY e VARCHAR(10), "
                + "CHANGE f g BIGINT, ADD INDEX idx_c (c), DROP INDEX old_idx, ADD PRIMARY KEY (id), "
                + "ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES p (id), RENAME TO t2, ENGINE=InnoDB, "
                + "ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(facts.alterOperations()).extracting(AlterOperation::action).containsExactly(
                AlterAction.ADD_COLUMN, AlterAction.DROP_COLUMN, AlterAction.MODIFY_COLUMN, AlterAction.CHANGE_COLUMN,
                AlterAction.ADD_INDEX, AlterAction.DROP_INDEX, AlterAction.ADD_PRIMARY_KEY, AlterAction.ADD_FOREIGN_KEY,
                AlterAction.RENAME_TABLE, AlterAction.CHANGE_ENGINE, AlterAction.ALGORITHM, AlterAction.LOCK);
        AlterOperation add = facts.alterOperations().get(0);
        assertThat(add.name()).contains("c");
        assertThat(add.column().orElseThrow().isNotNull()).isTrue();
        assertThat(add.column().orElseThrow().defaultValue()).isEmpty();
        AlterOperation change = facts.alterOperations().get(3);
        assertThat(change.name()).contains("f");
        assertThat(change.newName()).contains("g");
        assertThat(facts.alterOperations().get(4).index().orElseThrow().columns()).containsExactly("c");
        assertThat(facts.alterOperations().get(8).name()).contains("t2");
        assertThat(facts.alterOperations().get(9).name()).contains("InnoDB");
        assertThat(facts.alterOperations().get(10).name()).contains("INPLACE");
        assertThat(facts.alterOperations().get(11).name()).contains("NONE");
        assertThat(facts.options().engine()).contains("InnoDB");
        assertThat(facts.alterOperations().get(1).text()).isEqualTo("DROP COLUMN d");
    }

    @Test
    void alterConvertCharsetAndPartitioning() {
        DdlFacts facts = facts("ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4, DROP PARTITION p0");
        assertThat(facts.alterOperations()).extracting(AlterOperation::action)
                .containsExactly(AlterAction.CONVERT_CHARSET, AlterAction.PARTITIONING);
        assertThat(facts.alterOperations().get(0).name()).contains("utf8mb4");
    }

    @Test
    void droppedObjects() {
        DdlFacts tables = facts("DROP TABLE IF EXISTS a, db.b");
        assertThat(tables.dropped()).containsExactly(new SchemaObject(ObjectType.TABLE, TableRef.of("a")),
                new SchemaObject(ObjectType.TABLE, TableRef.of("db", "b")));
        assertThat(tables.ifExists()).isTrue();
        assertThat(facts("DROP DATABASE shop").dropped())
                .containsExactly(new SchemaObject(ObjectType.DATABASE, TableRef.of("shop")));
        DdlFacts index = facts("DROP INDEX idx ON db.t");
        assertThat(index.dropped()).containsExactly(new SchemaObject(ObjectType.INDEX, TableRef.of("db", "idx")));
        assertThat(index.onTable()).contains(TableRef.of("db", "t"));
        assertThat(facts("DROP PROCEDURE IF EXISTS p").dropped())
                .containsExactly(new SchemaObject(ObjectType.PROCEDURE, TableRef.of("p")));
    }

    @Test
    void renamesAndTruncate() {
        assertThat(facts("RENAME TABLE a TO b, c TO d").renames())
                .containsExactly(new Rename(TableRef.of("a"), TableRef.of("b")), new Rename(TableRef.of("c"), TableRef.of("d")));
        assertThat(facts("TRUNCATE TABLE t").object()).contains(new SchemaObject(ObjectType.TABLE, TableRef.of("t")));
    }

    @Test
    void createIndex() {
        DdlFacts facts = facts("CREATE UNIQUE INDEX uq_email ON users (email, tenant_id)");
        assertThat(facts.object()).contains(new SchemaObject(ObjectType.INDEX, TableRef.of("uq_email")));
        assertThat(facts.onTable()).contains(TableRef.of("users"));
        assertThat(facts.indexes()).singleElement().satisfies(index -> {
            assertThat(index.type()).isEqualTo(IndexType.UNIQUE);
            assertThat(index.columns()).containsExactly("email", "tenant_id");
        });
    }

    @Test
    void namedObjects() {
        assertThat(facts("CREATE OR REPLACE VIEW v_orders AS SELECT * FROM orders").object())
                .contains(new SchemaObject(ObjectType.VIEW, TableRef.of("v_orders")));
        assertThat(facts("CREATE PROCEDURE db.p() SELECT 1").object())
                .contains(new SchemaObject(ObjectType.PROCEDURE, TableRef.of("db", "p")));
        DdlFacts trigger = facts("CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1");
        assertThat(trigger.object()).contains(new SchemaObject(ObjectType.TRIGGER, TableRef.of("trg")));
        assertThat(trigger.onTable()).contains(TableRef.of("t"));
        assertThat(facts(mariadb, "CREATE SEQUENCE s START WITH 1").object())
                .contains(new SchemaObject(ObjectType.SEQUENCE, TableRef.of("s")));
    }

    @Test
    void mariadbCreateOrReplaceTable() {
        DdlFacts facts = facts(mariadb, "CREATE OR REPLACE TABLE t (a INT) WITH SYSTEM VERSIONING");
        assertThat(facts.orReplace()).isTrue();
    }
}
