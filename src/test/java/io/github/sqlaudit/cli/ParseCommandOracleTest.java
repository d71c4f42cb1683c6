package io.github.sqlaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code sqlaudit parse --dialect oracle} on SQL*Plus scripts: packages, triggers, anonymous blocks, commands. */
class ParseCommandOracleTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, List<String> out) {
    }

    private Run run(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = SqlAuditCommand.run(args);
            return new Run(code, Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\\R")));
        } finally {
            System.setOut(originalOut);
        }
    }

    @Test
    void sqlPlusScriptWithUnitsBlocksAndCommands() throws IOException {
        Path file = Files.writeString(dir.resolve("release.sql"), """
                WHENEVER SQLERROR EXIT SQL.SQLCODE
                SET DEFINE OFF
                CREATE TABLE hr.audit_log (id NUMBER GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg VARCHAR2(200));
                CREATE OR REPLACE PACKAGE hr.audit_pkg AS
                  PROCEDURE log_it (p_msg VARCHAR2);
                END audit_pkg;
                /
                CREATE OR REPLACE PACKAGE BODY hr.audit_pkg AS
                  PROCEDURE log_it (p_msg VARCHAR2) IS
                  BEGIN
                    INSERT INTO hr.audit_log (msg) VALUES (p_msg);
                  END;
                END audit_pkg;
                /
                CREATE OR REPLACE TRIGGER hr.emp_au AFTER UPDATE ON hr.employees FOR EACH ROW
                BEGIN
                  hr.audit_pkg.log_it('salary of ' || :OLD.employee_id);
                END;
                /
                BEGIN
                  hr.audit_pkg.log_it('deployed');
                END;
                /
                UPDATE hr.employees SET salary = WHERE employee_id = 1;
                """, StandardCharsets.UTF_8);
        Run run = run("parse", "--dialect", "oracle", "--format", "jsonl", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        List<JsonObject> records = run.out().subList(0, run.out().size() - 1).stream()
                .map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
        assertThat(records).extracting(r -> r.get("kind").getAsString()).containsExactly("CLIENT_COMMAND",
                "CLIENT_COMMAND", "CREATE_TABLE", "CREATE_PACKAGE", "CREATE_PACKAGE_BODY", "CREATE_TRIGGER",
                "PLSQL_BLOCK", "UPDATE");
        assertThat(records).extracting(r -> r.get("line").getAsInt()).containsExactly(1, 2, 3, 4, 8, 15, 20, 24);
        assertThat(records.get(7).get("ok").getAsBoolean()).isFalse();
        assertThat(records.get(7).get("error").getAsString()).startsWith("24:34: unexpected 'WHERE'");
        assertThat(run.out().get(run.out().size() - 1)).isEqualTo("7 passed, 1 failed");
    }

    @Test
    void textFormatAndExitZero() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.sql"), "SELECT 1 FROM dual;\n/\nCOMMIT;\n", StandardCharsets.UTF_8);
        Run run = run("parse", "--dialect", "oracle", file.toString());
        assertThat(run.exitCode()).isEqualTo(0);
        // The "/" after a statement ended by ";" runs it again in SQL*Plus: shown as a command of its own.
        assertThat(run.out()).containsExactly(file + ":1: SELECT ok", file + ":2: CLIENT_COMMAND ok",
                file + ":3: TRANSACTION ok", "3 passed, 0 failed");
    }

    @Test
    void substitutionVariablesAreShownWhileSetDefineIsOn() throws IOException {
        Path file = Files.writeString(dir.resolve("vars.sql"), """
                UPDATE hr.employees SET salary = &new_salary WHERE employee_id = &&emp_id;
                SET DEFINE OFF
                INSERT INTO hr.depts (name) VALUES ('R&D');
                """, StandardCharsets.UTF_8);
        Run jsonl = run("parse", "--dialect", "oracle", "--format", "jsonl", file.toString());
        JsonObject update = JsonParser.parseString(jsonl.out().get(0)).getAsJsonObject();
        assertThat(update.getAsJsonArray("substitutionVariables").asList()).extracting(e -> e.getAsString())
                .containsExactly("&new_salary", "&&emp_id");
        assertThat(JsonParser.parseString(jsonl.out().get(2)).getAsJsonObject().has("substitutionVariables")).isFalse();

        Run text = run("parse", "--dialect", "oracle", file.toString());
        assertThat(text.out().get(0)).isEqualTo(file + ":1: UPDATE ok (substitution variables &new_salary, &&emp_id)");
        assertThat(text.out().get(2)).isEqualTo(file + ":3: INSERT ok");
    }
}
