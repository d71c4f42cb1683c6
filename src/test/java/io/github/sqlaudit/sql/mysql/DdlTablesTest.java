package io.github.sqlaudit.sql.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.junit.jupiter.api.Test;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.SourcePosition;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;

/**
 * Plain DDL takes its tables from its facts instead of walking the tree; for every DDL statement of the case files
 * both ways must name the same tables.
 */
class DdlTablesTest {

    private static final SourcePosition START = new SourcePosition(1, 1);

    @Test
    void tablesFromFactsMatchTheTreeWalk() throws IOException, URISyntaxException {
        SqlParser parser = SqlParser.forDialect(Dialect.MARIADB);
        int compared = 0;
        for (String text : statementsOfCaseFiles()) {
            Statement statement = parser.parse(new ScriptChunk(0, text, START, START, ";", false));
            if (!statement.ok() || !statement.kind().isDdl()) {
                continue;
            }
            MySqlLexer lexer = new MySqlLexer(CharStreams.fromString(text));
            lexer.setMariaDb(true);
            MySqlParser treeParser = new MySqlParser(new CommonTokenStream(lexer));
            treeParser.setMariaDb(true);
            TableCollector walk = new TableCollector();
            treeParser.singleStatement().topLevelStatement().accept(walk);
            assertThat(statement.tablesWritten()).as("written by %s", text).containsExactlyInAnyOrderElementsOf(walk.written());
            assertThat(statement.tablesRead()).as("read by %s", text).containsExactlyInAnyOrderElementsOf(walk.read());
            compared++;
        }
        assertThat(compared).isGreaterThan(100);
    }

    private static List<String> statementsOfCaseFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(DdlTablesTest.class.getResource("/sql/cases").toURI());
        List<String> statements = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                StringBuilder current = null;
                for (String line : Files.readAllLines(file)) {
                    if (line.matches("-- (ok|fail|mariadb-only|mysql-only)\\b.*:.*")) {
                        if (current != null) {
                            statements.add(strip(current.toString()));
                        }
                        current = new StringBuilder();
                    } else if (current != null) {
                        current.append(line).append('\n');
                    }
                }
                if (current != null) {
                    statements.add(strip(current.toString()));
                }
            }
        }
        return statements;
    }

    private static String strip(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
