package io.github.sqlaudit.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the statement cases in {@code src/test/resources/sql/cases/*.sql}, written from the MySQL 8.4 Reference
 * Manual and the MariaDB 11 documentation. Each case starts with a marker line:
 * <pre>
 * -- ok [KIND]: description            both dialects accept it (and it is of that kind)
 * -- fail: description                 both reject it
 * -- mariadb-only [KIND]: description  MariaDB accepts, MySQL rejects
 * -- mysql-only [KIND]: description    MySQL accepts, MariaDB rejects
 * </pre>
 * and runs to the next marker; its text is parsed as one statement, as the splitter would hand it over.
 */
class StatementCasesTest {

    private static final Map<Dialect, SqlParser> PARSERS = new EnumMap<>(Map.of(
            Dialect.MYSQL, SqlParser.forDialect(Dialect.MYSQL),
            Dialect.MARIADB, SqlParser.forDialect(Dialect.MARIADB)));

    record Case(String file, int line, String expectation, StatementKind kind, String description, String text) {
        boolean accepts(Dialect dialect) {
            return switch (expectation) {
                case "ok" -> true;
                case "fail" -> false;
                case "mariadb-only" -> dialect == Dialect.MARIADB;
                case "mysql-only" -> dialect == Dialect.MYSQL;
                default -> throw new IllegalStateException(expectation);
            };
        }
    }

    @TestFactory
    Stream<DynamicTest> statementCases() {
        return allCases().stream().map(c -> DynamicTest.dynamicTest(
                c.file() + ":" + c.line() + " " + c.expectation() + ": " + c.description(), () -> check(c)));
    }

    @Test
    void theCorpusIsLargeAndHasNegativeCases() {
        List<Case> cases = allCases();
        assertThat(cases).hasSizeGreaterThan(300);
        assertThat(cases).filteredOn(c -> !c.expectation().equals("ok")).hasSizeGreaterThan(60);
    }

    private static void check(Case c) {
        List<Runnable> checks = new ArrayList<>();
        for (Dialect dialect : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            Statement statement = PARSERS.get(dialect).parse(new ScriptChunk(0, c.text(), new SourcePosition(1, 1),
                    new SourcePosition(1, 1), ";", false));
            boolean expected = c.accepts(dialect);
            checks.add(() -> assertThat(statement.ok())
                    .as("%s %s: %s%n%s", dialect, expected ? "should accept" : "should reject", c.text(),
                            statement.error().map(SyntaxError::describe).orElse("(parsed)"))
                    .isEqualTo(expected));
            if (expected && c.kind() != null && statement.ok()) {
                checks.add(() -> assertThat(statement.kind()).as("%s kind of %s", dialect, c.text()).isEqualTo(c.kind()));
            }
        }
        assertAll(checks.stream().map(r -> r::run));
    }

    static List<Case> allCases() {
        try {
            Path dir = Path.of(StatementCasesTest.class.getResource("/sql/cases").toURI());
            List<Case> cases = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                    cases.addAll(read(file));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Case> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        String header = null;
        int headerLine = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            boolean marker = line != null && line.matches("-- (ok|fail|mariadb-only|mysql-only)\\b.*:.*");
            if (line == null || marker) {
                if (header != null) {
                    cases.add(toCase(file.getFileName().toString(), headerLine, header, text.toString().strip()));
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
        String head = header.substring(3, header.indexOf(':'));
        String description = header.substring(header.indexOf(':') + 1).strip();
        String[] parts = head.strip().split("\\s+");
        StatementKind kind = parts.length > 1 ? StatementKind.valueOf(parts[1]) : null;
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return new Case(file, line, parts[0], kind, description, text);
    }
}
