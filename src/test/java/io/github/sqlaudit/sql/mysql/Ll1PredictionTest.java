package io.github.sqlaudit.sql.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

import io.github.sqlaudit.sql.DeadlineTokenStream;
import io.github.sqlaudit.sql.PredictionCheck;

/**
 * The one-token prediction table must answer every prediction it answers exactly as ANTLR's SLL prediction does.
 * Checked at every prediction while parsing all statement cases and the warm-up script, in both dialects
 * (statements that fail to parse count too: their predictions up to the error are compared).
 */
class Ll1PredictionTest {

    private final List<PredictionCheck> checks = new ArrayList<>();

    @Test
    void answersAsAntlrDoesOnEveryStatementCase() throws IOException, URISyntaxException {
        List<String> statements = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/sql/cases").toURI()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                statements.addAll(statementsOf(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        try (InputStream warmUp = getClass().getResourceAsStream("/io/github/sqlaudit/sql/mysql/warm-up.sql")) {
            statements.addAll(statementsOf(new String(warmUp.readAllBytes(), StandardCharsets.UTF_8)));
        }
        assertThat(statements).hasSizeGreaterThan(300);

        for (boolean mariaDb : new boolean[] {false, true}) {
            MySqlParser parser = checkingParser(mariaDb);
            MySqlLexer lexer = new MySqlLexer(CharStreams.fromString(""));
            MySqlTokenizer tokenizer = new MySqlTokenizer(lexer);
            for (String statement : statements) {
                parser.setTokenStream(new DeadlineTokenStream(tokenizer.tokenize(statement, mariaDb), lexer,
                        Long.MAX_VALUE));
                try {
                    parser.singleStatement();
                } catch (ParseCancellationException | RecognitionException failed) {
                    // a statement of the other dialect, or a case that must fail: compared up to its error
                }
            }
        }
        assertThat(checks).flatExtracting(check -> check.mismatches).isEmpty();
        // the table must take most predictions off ANTLR, or it is not worth having
        assertThat(checks.stream().mapToLong(check -> check.answered).sum())
                .isGreaterThan(checks.stream().mapToLong(check -> check.predictions).sum() / 2);
    }

    private MySqlParser checkingParser(boolean mariaDb) {
        MySqlParser parser = new MySqlParser(null);
        parser.setMariaDb(mariaDb);
        checks.add(PredictionCheck.install(parser, MySqlParser._ATN, MySqlParser._decisionToDFA,
                MySqlParser._sharedContextCache));
        return parser;
    }

    /** Statements cut at each ';' that ends a line; comment lines dropped (a rough cut is enough here). */
    private static List<String> statementsOf(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("--") || line.startsWith("DELIMITER")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                statements.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        return statements;
    }
}
