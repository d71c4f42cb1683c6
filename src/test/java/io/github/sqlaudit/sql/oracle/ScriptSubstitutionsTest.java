package io.github.sqlaudit.sql.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;

/** SET DEFINE as the SQL*Plus User's Guide describes it, followed through a script's statements. */
class ScriptSubstitutionsTest {

    private static List<List<String>> variables(String script) {
        ScriptSubstitutions substitutions = new ScriptSubstitutions();
        return SqlParser.forDialect(Dialect.ORACLE).parseAll(script).stream().map(substitutions::of).toList();
    }

    @Test
    void ampersandStartsAVariableByDefaultEvenInsideQuotes() {
        assertThat(variables("SELECT * FROM &&schema..orders WHERE note = 'R&D' AND id = &id;")).containsExactly(
                List.of("&&schema", "&D", "&id"));
    }

    @Test
    void setDefineOffStopsSubstitutionAndOnRestoresTheAmpersand() {
        assertThat(variables("""
                SET DEFINE OFF
                INSERT INTO depts (name) VALUES ('R&D');
                SET DEF ON
                INSERT INTO depts (name) VALUES ('&name');
                """)).containsExactly(List.of(), List.of(), List.of(), List.of("&name"));
    }

    @Test
    void setDefineCharacterChangesThePrefix() {
        assertThat(variables("""
                SET DEFINE '^'
                UPDATE t SET note = 'R&D' WHERE id = ^id;
                SET DEFINE &
                UPDATE t SET note = 'x' WHERE id = &id;
                """)).containsExactly(List.of(), List.of("^id"), List.of(), List.of("&id"));
    }

    @Test
    void setScanOffIsTheOlderSpellingOfDefineOff() {
        assertThat(variables("SET SCAN OFF\nSELECT 'a&b' FROM dual;\n")).containsExactly(List.of(), List.of());
    }

    @Test
    void commandsAreSubstitutedButRemarksAreNot() {
        assertThat(variables("PROMPT Deploying &release\nREM see &ticket\n@&script_dir/next.sql\n"))
                .containsExactly(List.of("&release"), List.of(), List.of("&script_dir"));
    }

    @Test
    void statementsThatFailToParseStillReportTheirVariables() {
        List<Statement> statements = SqlParser.forDialect(Dialect.ORACLE).parseAll("SELECT FROM &t;");
        assertThat(statements.get(0).ok()).isFalse();
        assertThat(new ScriptSubstitutions().of(statements.get(0))).containsExactly("&t");
    }
}
