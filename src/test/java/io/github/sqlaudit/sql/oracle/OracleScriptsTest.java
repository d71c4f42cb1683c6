package io.github.sqlaudit.sql.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.Utf8ScriptReader;

/** Whole SQL*Plus scripts of the shapes teams attach: a release script and a DBMS_METADATA-style export. */
class OracleScriptsTest {

    private static List<Statement> parse(String name) throws IOException {
        try (InputStream in = OracleScriptsTest.class.getResourceAsStream("/sql/oracle/scripts/" + name)) {
            List<Statement> statements = new ArrayList<>();
            SqlParser.forDialect(Dialect.ORACLE).statements(new Utf8ScriptReader(in)).forEachRemaining(statements::add);
            return statements;
        }
    }

    private static List<String> failures(List<Statement> statements) {
        return statements.stream().filter(s -> !s.ok())
                .map(s -> s.error().orElseThrow().describe() + " in: " + s.text()).toList();
    }

    @Test
    void releaseScript() throws IOException {
        List<Statement> statements = parse("release-script.sql");
        assertThat(failures(statements)).isEmpty();
        assertThat(statements).extracting(Statement::kind).containsExactly(
                StatementKind.CLIENT_COMMAND, StatementKind.CLIENT_COMMAND, StatementKind.CLIENT_COMMAND,
                StatementKind.CLIENT_COMMAND, StatementKind.CLIENT_COMMAND, StatementKind.CLIENT_COMMAND,
                StatementKind.CLIENT_COMMAND, StatementKind.CLIENT_COMMAND,
                StatementKind.CREATE_TABLE, StatementKind.ALTER_TABLE, StatementKind.CREATE_INDEX,
                StatementKind.CLIENT_COMMAND, StatementKind.INSERT, StatementKind.INSERT, StatementKind.MERGE,
                StatementKind.UPDATE, StatementKind.TRANSACTION,
                StatementKind.CLIENT_COMMAND, StatementKind.CREATE_PACKAGE, StatementKind.CREATE_PACKAGE_BODY,
                StatementKind.CLIENT_COMMAND, StatementKind.PLSQL_BLOCK, StatementKind.CLIENT_COMMAND,
                StatementKind.GRANT, StatementKind.CLIENT_COMMAND, StatementKind.CLIENT_COMMAND);
        Statement body = statements.get(19);
        assertThat(body.startLine()).isEqualTo(48);
        assertThat(body.chunk().delimiter()).isEqualTo("/");
        assertThat(body.tablesWritten()).extracting(t -> t.name()).containsExactly("orders");
        assertThat(body.tablesRead()).extracting(t -> t.name()).containsExactly("orders");
    }

    @Test
    void metadataExportStyleScript() throws IOException {
        List<Statement> statements = parse("metadata-export-style.sql");
        assertThat(failures(statements)).isEmpty();
        assertThat(statements).extracting(Statement::kind).containsExactly(
                StatementKind.CLIENT_COMMAND, StatementKind.CLIENT_COMMAND, StatementKind.CREATE_TABLE,
                StatementKind.CREATE_INDEX, StatementKind.CREATE_TABLE, StatementKind.ALTER_TABLE,
                StatementKind.CREATE_TRIGGER, StatementKind.OTHER_DDL, StatementKind.COMMENT, StatementKind.COMMENT,
                StatementKind.GRANT, StatementKind.INSERT, StatementKind.INSERT);
        assertThat(statements.get(2).ddl().orElseThrow().primaryKey()).containsExactly("ID");
        assertThat(statements.get(4).ddl().orElseThrow().options().partitioned()).isTrue();
    }

    @Test
    void warmUpParsesTheBuiltInOracleStatements() throws IOException {
        try (InputStream in = OracleScriptsTest.class.getResourceAsStream("/io/github/sqlaudit/sql/oracle/warm-up.sql")) {
            List<Statement> statements = new ArrayList<>();
            SqlParser.forDialect(Dialect.ORACLE).statements(new Utf8ScriptReader(in)).forEachRemaining(statements::add);
            assertThat(failures(statements)).isEmpty();
            assertThat(SqlParser.warmUp(Dialect.ORACLE)).isEqualTo(statements.size());
        }
    }
}
