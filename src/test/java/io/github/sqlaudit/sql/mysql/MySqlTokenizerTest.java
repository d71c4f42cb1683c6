package io.github.sqlaudit.sql.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written tokenizer must cut every text exactly as the generated lexer of MySqlLexer.g4 does: the same
 * types, boundaries, lines and columns, in both dialects. Compared on hand-picked edge cases of each lexer rule, on
 * the warm-up script, and on random text built from the fragments where rules compete.
 */
class MySqlTokenizerTest {

    private final MySqlLexer lexer = new MySqlLexer(CharStreams.fromString(""));
    private final MySqlTokenizer tokenizer = new MySqlTokenizer(new MySqlLexer(CharStreams.fromString("")));

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT a, b FROM t WHERE x = 1;",
        "select `we``ird`, \"dq \"\" \\\" x\", 'it''s \\' ok', n'nat', N'x', _utf8mb4'abc', _utf8mb4abc, _latin1",
        "x'0F', X'', x'zz', b'0101', B'2', 0x1F, 0x1G, 0X, 0b101, 0b2, 0b, 0x",
        "1 12 1.5 1. .5 1e5 1e 1e+5 1e+ 1.5e-3 1.e5 .5e5 1.5e 1e5x 12abc 1..10 1...3 1..e5 ..5 a.5 t.1e5",
        "@x @x.y @'q' @\"d\" @`b` @ @@ @@global.x @@GLOBAL.`y` @@session.sql_mode @@persist_only.x @@persist.x @@global. @@local",
        "a := 1 <=> <= >= <> != << >> && || ->> -> .. = < > ! ~ ^ & | + - * / % . , ; : ( ) { } ?",
        "-- comment\nx --\ny --\r\nz -- \tq\n--x\n-1 --1 #hash\r\nw",
        "/* c */ a /**/ b /***/ c /*+ hint */ d /*! 1 */ e /*!80000 f */ g /*M!100000 h */ i /*M x */ j /*Mx*/ k",
        "/*M*/ a /*m! b */ c /*!50001 d /* nested */ e */ f */ g */",
        "/* unterminated",
        "/*+ unterminated", "/*! open", "/*M! open", "/*M", "/*", "a */ b", "'open", "\"open", "`open", "@'open",
        "'a'' ", "`a`` ", "'\\", "ĉu \u00A0x \u00A0 y\u00A0z \u2028 é1 ñ$ $x a\u0000b [c] \\d",
        "SeLeCt DiStInCt m M select_ selectx x_select CURRENT_TIMESTAMP current_timestamp()",
        "CREATE TABLE t (id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
        "\r\n\r\n  SELECT\r\n 1\n\n\t2",
        "SELECT '😀', `😀x`, 😀 FROM t",
        ""})
    void matchesTheGeneratedLexer(String text) {
        assertSameTokens(text);
    }

    @Test
    void matchesTheGeneratedLexerOnTheWarmUpScript() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/github/sqlaudit/sql/mysql/warm-up.sql")) {
            assertThat(in).isNotNull();
            assertSameTokens(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void matchesTheGeneratedLexerOnRandomText() {
        String[] fragments = {"/*", "*/", "!", "M", "m", "+", "'", "\"", "`", "\\", "--", "-", " ", "\n", "\r", "\t",
            "#", "@", "@@", "global.", "session", ".", "..", "0", "1", "9", "e", "E", "x", "b", "n", "0x", "0b", "_",
            "_utf8", "utf8mb4", "select", "FROM", "a", "$", "\u00A0", "é", "=", "<", ">", "<=", "|", "&", ":", "(",
            ")", ",", ";", "50001", "?", "~", "%", "^", "{", "}", "[", "*", "/", "''", "``", "\"\"", "AND"};
        Random random = new Random(20261126);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(14);
            for (int part = 0; part < parts; part++) {
                text.append(fragments[random.nextInt(fragments.length)]);
            }
            assertSameTokens(text.toString());
        }
    }

    @Test
    void everyKeywordIsItsOwnToken() {
        for (int type = 1; type <= MySqlLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = MySqlLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                String word = literal.substring(1, literal.length() - 1);
                List<Token> tokens = tokenizer.tokenize(word.toLowerCase(Locale.ROOT) + " " + word + "x", false);
                assertThat(tokens.get(0).getType()).as(word).isEqualTo(type);
                assertThat(tokens.get(1).getType()).as(word + "x").isEqualTo(MySqlLexer.IDENTIFIER);
            }
        }
    }

    private void assertSameTokens(String text) {
        for (boolean mariaDb : new boolean[] {false, true}) {
            List<String> expected = generated(text + "\n", mariaDb); // the tokenizer reads a newline after the text
            List<String> actual = describe(tokenizer.tokenize(text, mariaDb));
            assertThat(actual).as("%s (%s)", text, mariaDb ? "mariadb" : "mysql").isEqualTo(expected);
        }
    }

    private List<String> generated(String text, boolean mariaDb) {
        lexer.setMariaDb(mariaDb);
        lexer.setInputStream(CharStreams.fromString(text));
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.nextToken();
            tokens.add(token);
        } while (token.getType() != Token.EOF);
        return describe(tokens);
    }

    private static List<String> describe(List<Token> tokens) {
        List<String> described = new ArrayList<>();
        for (Token token : tokens) {
            described.add(MySqlLexer.VOCABULARY.getSymbolicName(token.getType()) + " " + token.getStartIndex() + ".."
                    + token.getStopIndex() + " " + token.getLine() + ":" + token.getCharPositionInLine() + " "
                    + token.getText());
        }
        return described;
    }
}
