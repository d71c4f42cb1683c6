package io.github.sqlaudit.sql.oracle;

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
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.PredictionCheck;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;

/**
 * The one-token prediction table in the Oracle parser must answer every prediction it answers exactly as ANTLR's
 * SLL prediction does: checked at every prediction while parsing all Oracle statement cases (cut by our SQL*Plus
 * splitter; cases that must fail are compared up to their error) and the warm-up script.
 */
class OracleLl1PredictionTest {

    @Test
    void answersAsAntlrDoesOnEveryStatementCase() throws IOException, URISyntaxException {
        List<String> statements = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/sql/oracle/cases").toURI()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                statements.addAll(statementsOf(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        try (InputStream warmUp = getClass().getResourceAsStream("/io/github/sqlaudit/sql/oracle/warm-up.sql")) {
            statements.addAll(statementsOf(new String(warmUp.readAllBytes(), StandardCharsets.UTF_8)));
        }
        assertThat(statements).hasSizeGreaterThan(400);

        OracleParser parser = new OracleParser(null);
        PredictionCheck check = PredictionCheck.install(parser, OracleParser._ATN, OracleParser._decisionToDFA,
                OracleParser._sharedContextCache);
        OracleLexer lexer = new OracleLexer(CharStreams.fromString(""));
        lexer.removeErrorListeners();
        for (String statement : statements) {
            lexer.setInputStream(CharStreams.fromString(statement + "\n"));
            parser.setTokenStream(DeadlineTokenStream.lexed(lexer, Long.MAX_VALUE));
            try {
                parser.singleStatement();
            } catch (ParseCancellationException | RecognitionException failed) {
                // a case that must fail: compared up to its error
            }
        }
        assertThat(check.mismatches).isEmpty();
        // the table must take most predictions off ANTLR, or it is not worth having
        assertThat(check.answered).isGreaterThan(check.predictions / 2);
    }

    private static List<String> statementsOf(String script) {
        List<String> texts = new ArrayList<>();
        for (Statement statement : SqlParser.forDialect(Dialect.ORACLE).parseAll(script)) {
            if (!statement.chunk().clientCommand()) {
                texts.add(statement.chunk().text());
            }
        }
        return texts;
    }
}
