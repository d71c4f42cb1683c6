package io.github.sqlaudit.sql.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.SyntaxError;

/**
 * Runs the Oracle statement cases in {@code src/test/resources/sql/oracle/cases/*.sql}, written from the Oracle
 * Database 19c/23ai SQL Language Reference and PL/SQL Language Reference. Each case starts with a marker line:
 * <pre>
 * -- ok [KIND]: description     Oracle accepts it (and it is of that kind)
 * -- fail: description          Oracle rejects it
 * </pre>
 * and runs to the next marker. Its text goes through the SQL*Plus splitter and the parser, as a script would, and
 * must make exactly one statement (PL/SQL units therefore end with their "/" line).
 */
class OracleStatementCasesTest {

    private static final SqlParser PARSER = SqlParser.forDialect(Dialect.ORACLE);

    record Case(String file, int line, boolean ok, StatementKind kind, String description, String text) {
    }

    @TestFactory
    Stream<DynamicTest> statementCases() {
        return allCases().stream().map(c -> DynamicTest.dynamicTest(
                c.file() + ":" + c.line() + " " + (c.ok() ? "ok" : "fail") + ": " + c.description(), () -> check(c)));
    }

    @Test
    void theCorpusIsLargeAndHasNegativeCases() {
        List<Case> cases = allCases();
        assertThat(cases).hasSizeGreaterThan(200);
        assertThat(cases).filteredOn(c -> !c.ok()).hasSizeGreaterThan(30);
    }

    private static void check(Case c) {
        List<Statement> statements = PARSER.parseAll(c.text());
        assertThat(statements).as("statements cut from %s", c.text()).hasSize(1);
        Statement statement = statements.get(0);
        assertThat(statement.ok())
                .as("%s: %s%n%s", c.ok() ? "should accept" : "should reject", c.text(),
                        statement.error().map(SyntaxError::describe).orElse("(parsed)"))
                .isEqualTo(c.ok());
        if (c.ok() && c.kind() != null) {
            assertThat(statement.kind()).as("kind of %s", c.text()).isEqualTo(c.kind());
        }
    }

    static List<Case> allCases() {
        try {
            Path dir = Path.of(OracleStatementCasesTest.class.getResource("/sql/oracle/cases").toURI());
            List<Case> cases = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                    cases.addAll(read(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Case> read(String file, List<String> lines) {
        List<Case> cases = new ArrayList<>();
        String header = null;
        int headerLine = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            boolean marker = line != null && (line.startsWith("-- ok") || line.startsWith("-- fail"));
            if (line == null || marker) {
                if (header != null) {
                    cases.add(toCase(file, headerLine, header, text.toString().strip()));
                }
                if (line == null) {
                    break;
                }
                header = line;
                headerLine = i + 1;
                text.setLength(0);
            } else if (header != null) {
                text.append(line).append('\n');
            }
        }
        return cases;
    }

    private static Case toCase(String file, int line, String header, String text) {
        int colon = header.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException(file + ":" + line + ": a case marker needs ': description'");
        }
        String[] words = header.substring(3, colon).trim().split("\\s+");
        boolean ok = words[0].equals("ok");
        StatementKind kind = words.length > 1 ? StatementKind.valueOf(words[1]) : null;
        if (text.isEmpty()) {
            throw new IllegalStateException(file + ":" + line + ": the case has no text");
        }
        return new Case(file, line, ok, kind, header.substring(colon + 1).trim(), text);
    }
}
