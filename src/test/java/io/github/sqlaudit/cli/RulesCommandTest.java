package io.github.sqlaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

class RulesCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = SqlAuditCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void jsonListsAtLeastEightyRulesWithTheDocumentedFields() {
        Run actual = run("rules", "--format", "json");

        assertThat(actual.exitCode()).isZero();
        JsonArray rules = JsonParser.parseString(actual.out()).getAsJsonArray();
        assertThat(rules.size()).isGreaterThanOrEqualTo(80);
        for (JsonElement element : rules) {
            JsonObject rule = element.getAsJsonObject();
            assertThat(rule.keySet()).contains("code", "name", "description", "severity", "enabled", "value",
                    "dialects");
            assertThat(rule.get("severity").getAsString()).isIn("INFO", "WARN", "ERROR");
            assertThat(rule.get("dialects").getAsJsonArray()).isNotEmpty();
        }
        JsonObject insertRows = find(rules, "DML-006");
        assertThat(insertRows.get("value").getAsLong()).isEqualTo(1000);
        assertThat(find(rules, "DDL-015").get("value").getAsJsonArray().get(0).getAsString()).isEqualTo("InnoDB");
        assertThat(find(rules, "DML-001").get("severity").getAsString()).isEqualTo("ERROR");
        assertThat(Set.of(find(rules, "ORA-001").get("dialects").getAsJsonArray().get(0).getAsString()))
                .containsExactly("oracle");
    }

    @Test
    void textListsOneLinePerRuleAndTheCount() {
        Run actual = run("rules");

        assertThat(actual.exitCode()).isZero();
        assertThat(actual.out()).contains("DML-001  ERROR on     UPDATE or DELETE without WHERE")
                .contains("DML-006  WARN  on     Multi-row INSERT over N rows [maximum rows in one INSERT: 1000]")
                .containsPattern("\\n\\d{2,3} rules \\(template default\\)\\n$");
    }

    @Test
    void markdownIsTheReferencePage() {
        Run actual = run("rules", "--format", "markdown");

        assertThat(actual.exitCode()).isZero();
        assertThat(actual.out()).startsWith("# Rule reference").contains("### PLN-006");
    }

    @Test
    void showsATemplatesEffectiveSettingsFromAFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("templates.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "templates": [
                  {"name": "default", "rules": {"DML-006": {"value": 200}}},
                  {"name": "prod", "rules": {"DML-006": {"severity": "ERROR", "shadow": true}},
                   "customRules": [{"code": "CUS-001", "name": "No deletes on payments", "message": "Archive.",
                                    "kinds": ["DELETE"], "objectNamePattern": "^pay_"}]}]}
                """);

        Run actual = run("rules", "--templates", file.toString(), "--template", "prod");

        assertThat(actual.exitCode()).isZero();
        assertThat(actual.out())
                .contains("DML-006  ERROR shadow Multi-row INSERT over N rows [maximum rows in one INSERT: 200]")
                .contains("CUS-001  WARN  on     No deletes on payments (custom)")
                .contains("and 1 custom rules (template prod)");
    }

    @Test
    void invalidTemplatesFileIsAUsageErrorNamingFieldAndRule(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("templates.json");
        Files.writeString(file,
                "{\"schemaVersion\": 1, \"templates\": [{\"name\": \"prod\", \"rules\": {\"DML-006\": {\"value\": -5}}}]}");

        Run actual = run("rules", "--templates", file.toString());

        assertThat(actual.exitCode()).isEqualTo(SqlAuditCommand.EXIT_USAGE);
        assertThat(actual.err()).contains(file + ": templates[prod].rules.DML-006.value (rule DML-006): "
                + "expected a whole number >= 0, got -5");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run actual = run("rules", "--format", "yaml");

        assertThat(actual.exitCode()).isEqualTo(SqlAuditCommand.EXIT_USAGE);
        assertThat(actual.err()).contains("yaml");
    }

    private static JsonObject find(JsonArray rules, String code) {
        for (JsonElement rule : rules) {
            if (rule.getAsJsonObject().get("code").getAsString().equals(code)) {
                return rule.getAsJsonObject();
            }
        }
        throw new AssertionError("no rule " + code);
    }
}
