package io.github.sqlaudit.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Whole scripts in the shape the dump tools write them (written by us in that style, not taken from a dump). */
class ScriptsTest {

    private static List<Statement> parse(Dialect dialect, String resource) throws IOException {
        try (InputStream in = ScriptsTest.class.getResourceAsStream("/sql/scripts/" + resource)) {
            List<Statement> statements = new ArrayList<>();
            SqlParser.forDialect(dialect).statements(new Utf8ScriptReader(in)).forEachRemaining(statements::add);
            return statements;
        }
    }

    @Test
    void mysqldumpStyleScriptParses() throws IOException {
        List<Statement> statements = parse(Dialect.MYSQL, "mysqldump-style.sql");
        assertThat(statements).filteredOn(s -> !s.ok()).extracting(s -> s.error().orElseThrow().describe()).isEmpty();
        assertThat(statements).extracting(Statement::kind).contains(StatementKind.CREATE_TABLE,
                StatementKind.LOCK_TABLES, StatementKind.INSERT, StatementKind.CREATE_TRIGGER,
                StatementKind.CREATE_PROCEDURE, StatementKind.CREATE_VIEW, StatementKind.UNLOCK_TABLES);
        Statement create = statements.stream().filter(s -> s.kind() == StatementKind.CREATE_TABLE).findFirst().orElseThrow();
        DdlFacts facts = create.ddl().orElseThrow();
        assertThat(facts.columns()).hasSize(7);
        assertThat(facts.options().partitioned()).as("partitioning inside a versioned comment").isTrue();
        assertThat(facts.options().others()).containsEntry("AUTO_INCREMENT", "42");
        Statement trigger = statements.stream().filter(s -> s.kind() == StatementKind.CREATE_TRIGGER).findFirst().orElseThrow();
        assertThat(trigger.text()).startsWith("/*!50003 CREATE*/").endsWith("END */");
    }

    @Test
    void mariadbDumpStyleScriptParses() throws IOException {
        List<Statement> statements = parse(Dialect.MARIADB, "mariadb-dump-style.sql");
        assertThat(statements).filteredOn(s -> !s.ok()).extracting(s -> s.error().orElseThrow().describe()).isEmpty();
        assertThat(statements.get(0).kind()).isEqualTo(StatementKind.CLIENT_COMMAND);
        assertThat(statements).extracting(Statement::kind).contains(StatementKind.CREATE_SEQUENCE, StatementKind.DROP_SEQUENCE);
    }

    @Test
    void mariadbDumpIsNotMySql() throws IOException {
        List<Statement> statements = parse(Dialect.MYSQL, "mariadb-dump-style.sql");
        assertThat(statements).filteredOn(s -> !s.ok()).extracting(Statement::kind)
                .contains(StatementKind.CREATE_SEQUENCE);
    }
}
