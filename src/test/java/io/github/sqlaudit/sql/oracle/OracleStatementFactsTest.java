package io.github.sqlaudit.sql.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.sql.AlterAction;
import io.github.sqlaudit.sql.AlterOperation;
import io.github.sqlaudit.sql.ColumnDef;
import io.github.sqlaudit.sql.ColumnRef;
import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.DmlFacts;
import io.github.sqlaudit.sql.IndexType;
import io.github.sqlaudit.sql.JoinType;
import io.github.sqlaudit.sql.LiteralType;
import io.github.sqlaudit.sql.ObjectType;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.SyntaxError;
import io.github.sqlaudit.sql.TableRef;

/** What the Oracle parser learns about statements: tables, DML facts, DDL facts, kinds and errors. */
class OracleStatementFactsTest {

    private final SqlParser parser = SqlParser.forDialect(Dialect.ORACLE);

    private Statement parse(String script) {
        Statement statement = parser.parseStatement(script);
        assertThat(statement.error()).as(script).isEmpty();
        return statement;
    }

    private DmlFacts dml(String script) {
        return parse(script).dml().orElseThrow();
    }

    private DdlFacts ddl(String script) {
        return parse(script).ddl().orElseThrow();
    }

    @Test
    void tablesReadAndWrittenByDml() {
        Statement insert = parse("INSERT INTO hr.bonuses (id, amount) SELECT e.id, e.sal FROM hr.employees e JOIN dept d ON d.id = e.dept_id;");
        assertThat(insert.tablesWritten()).containsExactly(TableRef.of("hr", "bonuses"));
        assertThat(insert.tablesRead()).containsExactly(TableRef.of("hr", "employees"), TableRef.of("dept"));
        Statement merge = parse("MERGE INTO tgt t USING hr.src s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET t.a = s.a;");
        assertThat(merge.kind()).isEqualTo(StatementKind.MERGE);
        assertThat(merge.tablesWritten()).containsExactly(TableRef.of("tgt"));
        assertThat(merge.tablesRead()).containsExactly(TableRef.of("hr", "src"));
    }

    @Test
    void withQueryNamesAreNotTablesAndQuotedNamesAreUnquoted() {
        Statement select = parse("WITH x AS (SELECT * FROM \"HR\".\"Emp\") SELECT * FROM x, dual;");
        assertThat(select.tablesRead()).containsExactly(TableRef.of("HR", "Emp"), TableRef.of("dual"));
    }

    @Test
    void tablesInsidePlsqlUnits() {
        Statement procedure = parse("""
                CREATE OR REPLACE PROCEDURE hr.p IS
                BEGIN
                  UPDATE hr.emp SET sal = 1 WHERE id = 2;
                  INSERT INTO hr.log SELECT * FROM hr.src;
                END;
                /
                """);
        assertThat(procedure.kind()).isEqualTo(StatementKind.CREATE_PROCEDURE);
        assertThat(procedure.tablesWritten()).containsExactly(TableRef.of("hr", "emp"), TableRef.of("hr", "log"));
        assertThat(procedure.tablesRead()).containsExactly(TableRef.of("hr", "src"));
        assertThat(procedure.ddl().orElseThrow().object().orElseThrow().type()).isEqualTo(ObjectType.PROCEDURE);
        assertThat(procedure.ddl().orElseThrow().orReplace()).isTrue();
    }

    @Test
    void whereAndAlwaysTrueWhere() {
        assertThat(dml("DELETE FROM t").hasWhere()).isFalse();
        DmlFacts alwaysTrue = dml("UPDATE t SET a = 1 WHERE 1 = 1 OR b = 2");
        assertThat(alwaysTrue.hasWhere()).isTrue();
        assertThat(alwaysTrue.whereAlwaysTrue()).isTrue();
        assertThat(dml("DELETE FROM t WHERE id = 1").whereAlwaysTrue()).isFalse();
    }

    @Test
    void fetchFirstIsTheLimit() {
        DmlFacts facts = dml("SELECT * FROM t ORDER BY a FETCH FIRST 10 ROWS ONLY");
        assertThat(facts.hasLimit()).isTrue();
        assertThat(facts.limitRowCount()).isEqualTo(OptionalLong.of(10));
        assertThat(facts.hasOrderBy()).isTrue();
        assertThat(dml("SELECT * FROM t OFFSET 5 ROWS FETCH NEXT 3 ROWS ONLY").limitRowCount()).isEqualTo(OptionalLong.of(3));
        assertThat(dml("SELECT * FROM t").hasLimit()).isFalse();
        assertThat(dml("SELECT * FROM t ORDER BY DBMS_RANDOM.VALUE").orderByRand()).isTrue();
    }

    @Test
    void joinsAndCommaJoins() {
        DmlFacts facts = dml("SELECT * FROM a, b, c LEFT JOIN d ON d.id = c.id CROSS JOIN e");
        assertThat(facts.joins()).extracting(j -> j.type()).containsExactly(JoinType.COMMA, JoinType.COMMA,
                JoinType.LEFT, JoinType.CROSS);
        assertThat(facts.hasJoinWithoutCondition()).isTrue();
        assertThat(facts.tablesJoined()).isEqualTo(5);
        assertThat(dml("SELECT * FROM a, b WHERE a.id = b.id").hasJoinWithoutCondition()).isFalse();
    }

    @Test
    void predicatesFacts() {
        DmlFacts facts = dml("SELECT * FROM t WHERE UPPER(name) = 'X' AND code LIKE '%abc' AND id IN (1, 2, 3) AND created > DATE '2024-01-01' AND EXISTS (SELECT 1 FROM u)");
        assertThat(facts.functionsOnColumns()).extracting(f -> f.function() + ":" + f.column().name()).containsExactly("UPPER:name");
        assertThat(facts.leadingWildcardLikes()).containsExactly(ColumnRef.of("code"));
        assertThat(facts.inListSizes()).containsExactly(3);
        assertThat(facts.literalComparisons()).extracting(c -> c.column().name() + c.operator() + c.literalType())
                .containsExactly("created>" + LiteralType.TEMPORAL);
        assertThat(facts.subqueryCount()).isEqualTo(1);
        assertThat(facts.selectStar()).isTrue();
    }

    @Test
    void insertFacts() {
        DmlFacts values = dml("INSERT INTO t (a, b) VALUES (1, 2)");
        assertThat(values.insertColumnListPresent()).isTrue();
        assertThat(values.insertRowCount()).isEqualTo(1);
        DmlFacts select = dml("INSERT INTO t SELECT * FROM u");
        assertThat(select.insertColumnListPresent()).isFalse();
        assertThat(select.insertFromSelect()).isTrue();
        assertThat(select.insertSelectStar()).isTrue();
        assertThat(dml("INSERT ALL INTO a (x) VALUES (y) INTO b (x) VALUES (y) SELECT y FROM c").insertFromSelect()).isTrue();
    }

    @Test
    void updateAssignmentsReturningAndLocking() {
        DmlFacts update = dml("UPDATE t SET a = 1, t.b = 2 WHERE id = 3 RETURNING a INTO :a");
        assertThat(update.assignedColumns()).extracting(ColumnRef::name).containsExactly("a", "b");
        assertThat(update.returning()).isTrue();
        assertThat(dml("SELECT * FROM t WHERE id = 1 FOR UPDATE NOWAIT").lockingRead()).isTrue();
    }

    @Test
    void createTableFacts() {
        DdlFacts facts = ddl("""
                CREATE TABLE hr.emp (
                  id NUMBER(10) GENERATED ALWAYS AS IDENTITY,
                  name VARCHAR2(50) NOT NULL,
                  salary NUMBER(8,2) DEFAULT 0,
                  total AS (salary * 12),
                  dept_id NUMBER,
                  CONSTRAINT emp_pk PRIMARY KEY (id),
                  CONSTRAINT emp_fk FOREIGN KEY (dept_id) REFERENCES hr.dept (id) ON DELETE CASCADE
                ) TABLESPACE users NOLOGGING PARTITION BY HASH (id) PARTITIONS 4
                """);
        assertThat(facts.object().orElseThrow().name()).isEqualTo(TableRef.of("hr", "emp"));
        assertThat(facts.columns()).extracting(ColumnDef::name).containsExactly("id", "name", "salary", "total", "dept_id");
        ColumnDef id = facts.columns().get(0);
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.dataType()).isEqualTo("NUMBER");
        assertThat(id.length()).hasValue(10);
        assertThat(facts.columns().get(1).isNotNull()).isTrue();
        assertThat(facts.columns().get(2).scale()).hasValue(2);
        assertThat(facts.columns().get(2).defaultValue()).contains("0");
        assertThat(facts.columns().get(3).generated()).isTrue();
        assertThat(facts.primaryKey()).containsExactly("id");
        assertThat(facts.indexes()).extracting(i -> i.type()).containsExactly(IndexType.PRIMARY);
        assertThat(facts.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.referencedTable()).isEqualTo(TableRef.of("hr", "dept"));
            assertThat(fk.onDelete()).contains("CASCADE");
        });
        assertThat(facts.options().partitioned()).isTrue();
        assertThat(facts.options().others()).containsEntry("TABLESPACE", "users").containsKey("NOLOGGING");
    }

    @Test
    void createTableAsSelectAndTemporary() {
        DdlFacts ctas = ddl("CREATE TABLE copy AS SELECT * FROM hr.emp");
        assertThat(ctas.asSelect()).isTrue();
        assertThat(ctas.createdFrom()).containsExactly(TableRef.of("hr", "emp"));
        assertThat(ddl("CREATE GLOBAL TEMPORARY TABLE g (a NUMBER) ON COMMIT DELETE ROWS").temporary()).isTrue();
    }

    @Test
    void alterTableOperations() {
        DdlFacts facts = ddl("ALTER TABLE hr.emp ADD (nick VARCHAR2(20)) MODIFY name VARCHAR2(100) DROP COLUMN old_col RENAME COLUMN a TO b");
        assertThat(facts.alterOperations()).extracting(AlterOperation::action).containsExactly(AlterAction.ADD_COLUMN,
                AlterAction.MODIFY_COLUMN, AlterAction.DROP_COLUMN, AlterAction.RENAME_COLUMN);
        assertThat(facts.alterOperations().get(0).column().orElseThrow().name()).isEqualTo("nick");
        assertThat(facts.alterOperations().get(3).newName()).contains("b");
        DdlFacts pk = ddl("ALTER TABLE emp ADD CONSTRAINT emp_pk PRIMARY KEY (id)");
        assertThat(pk.alterOperations()).extracting(AlterOperation::action).containsExactly(AlterAction.ADD_PRIMARY_KEY);
        assertThat(ddl("ALTER TABLE sales DROP PARTITION p1").alterOperations())
                .extracting(AlterOperation::action).containsExactly(AlterAction.PARTITIONING);
        assertThat(ddl("ALTER TABLE emp RENAME TO emp2").renames()).singleElement()
                .satisfies(r -> assertThat(r.to()).isEqualTo(TableRef.of("emp2")));
    }

    @Test
    void indexTriggerAndDropFacts() {
        DdlFacts index = ddl("CREATE UNIQUE INDEX hr.emp_ix ON hr.emp (UPPER(name), dept_id) ONLINE");
        assertThat(index.onTable()).contains(TableRef.of("hr", "emp"));
        assertThat(index.indexes()).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(IndexType.UNIQUE);
            assertThat(i.columns()).containsExactly("UPPER(name)", "dept_id");
        });
        DdlFacts trigger = ddl("CREATE TRIGGER trg BEFORE INSERT ON hr.emp FOR EACH ROW BEGIN :NEW.id := 1; END;\n/");
        assertThat(trigger.onTable()).contains(TableRef.of("hr", "emp"));
        DdlFacts drop = ddl("DROP TABLE hr.emp CASCADE CONSTRAINTS PURGE");
        assertThat(drop.dropped()).extracting(o -> o.type() + " " + o.name()).containsExactly("TABLE hr.emp");
        assertThat(ddl("DROP TABLE IF EXISTS t").ifExists()).isTrue();
    }

    @Test
    void kindsOfOracleStatements() {
        assertThat(parse("BEGIN NULL; END;\n/").kind()).isEqualTo(StatementKind.PLSQL_BLOCK);
        assertThat(parse("CREATE PACKAGE p AS END;\n/").kind()).isEqualTo(StatementKind.CREATE_PACKAGE);
        assertThat(parse("ALTER SESSION SET CURRENT_SCHEMA = hr").kind()).isEqualTo(StatementKind.ALTER_SESSION);
        assertThat(parse("COMMENT ON TABLE t IS 'x'").tablesWritten()).containsExactly(TableRef.of("t"));
        assertThat(parse("COMMIT").kind().category()).isEqualTo(io.github.sqlaudit.sql.StatementCategory.TCL);
    }

    @Test
    void syntaxErrorsArePositionedInTheScriptAndKindIsGuessed() {
        List<Statement> statements = parser.parseAll("SELECT 1 FROM dual;\n\nDELETE FROM t WHERE;\n");
        Statement failed = statements.get(1);
        assertThat(failed.ok()).isFalse();
        assertThat(failed.kind()).isEqualTo(StatementKind.DELETE);
        SyntaxError error = failed.error().orElseThrow();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(20);
        assertThat(error.message()).startsWith("the statement ends too early");
        Statement unit = parser.parseStatement("CREATE OR REPLACE PACKAGE BODY p AS\n  PROCEDURE x IS BEGIN NULL END;\nEND;\n/");
        assertThat(unit.kind()).isEqualTo(StatementKind.CREATE_PACKAGE_BODY);
        assertThat(unit.error().orElseThrow().line()).isEqualTo(2);
        assertThat(unit.error().orElseThrow().offendingText()).isEqualTo("END");
    }
}
