package io.github.sqlaudit.sql.mysql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Cuts a statement into the tokens of {@link MySqlLexer}, by hand: the same token types, boundaries, lines and
 * columns as the generated lexer (MySqlLexer.g4 stays the definition; MySqlTokenizerTest compares the two on
 * tricky and random input), in a fraction of the time. The generated lexer's DFA walk costs about 30 ns per token
 * and whitespace run; a keyword here is one hash lookup after the word is scanned.
 *
 * <p>The rules below follow MySqlLexerBasics.g4 one by one: at each position the longest match wins, and on a tie
 * the rule defined first (keywords before IDENTIFIER). Text with characters outside the Basic Multilingual Plane
 * (surrogate pairs) goes to the generated lexer, which counts positions in code points.
 *
 * <p>Not thread-safe; one per {@link MySqlStatementParser}.
 */
final class MySqlTokenizer {

    private static final int SKIP = -2;
    private static final int MAX_KEPT_BUFFER = 1 << 20;
    private static final KeywordTable KEYWORDS = KeywordTable.of(MySqlLexer.VOCABULARY);
    private static final String[] SYSTEM_VARIABLE_SCOPES = {"GLOBAL", "SESSION", "LOCAL", "PERSIST", "PERSIST_ONLY"};

    /** Token source of the tokens, and the lexer for text this class leaves to it. */
    private final MySqlLexer lexer;

    /** The text and a newline after it; grown as needed, reused from statement to statement. */
    private char[] s = new char[256];
    private int n;
    private boolean mariaDb;
    private boolean inExecutableComment;
    /** No "*\/" at or after this index. */
    private int noCommentCloseFrom;
    /** The result of {@link #match}: token type (or SKIP) and end (exclusive). */
    private int type;
    private int end;

    MySqlTokenizer(MySqlLexer lexer) {
        this.lexer = lexer;
    }

    /**
     * The tokens of {@code text} followed by a newline (as a statement ends inside a script), EOF included; each
     * token's index is its position in the list.
     */
    List<Token> tokenize(String text, boolean mariaDb) {
        int length = text.length();
        if (s.length < length + 1) {
            s = new char[Math.max(length + 1, 2 * s.length)];
        }
        text.getChars(0, length, s, 0);
        s[length] = '\n';
        this.n = length + 1;
        this.mariaDb = mariaDb;
        this.inExecutableComment = false;
        this.noCommentCloseFrom = Integer.MAX_VALUE;
        Pair<TokenSource, CharStream> source = new Pair<>(lexer, new StringCharStream(text));
        List<Token> tokens = new ArrayList<>(8 + n / 5);
        int line = 1;
        int lineStart = 0;
        int cursor = 0;
        boolean surrogates = false;
        int i = 0;
        while (i < n) {
            match(i);
            if (type != SKIP) {
                for (; cursor < i; cursor++) {
                    char c = s[cursor];
                    if (c == '\n') {
                        line++;
                        lineStart = cursor + 1;
                    } else if (c >= '\uD800' && c <= '\uDFFF') {
                        surrogates = true;
                    }
                }
                tokens.add(new MySqlToken(source, type, i, end - 1, line, i - lineStart, tokens.size()));
            }
            i = end;
        }
        for (; cursor < n; cursor++) {
            char c = s[cursor];
            if (c == '\n') {
                line++;
                lineStart = cursor + 1;
            } else if (c >= '\uD800' && c <= '\uDFFF') {
                surrogates = true;
            }
        }
        if (s.length > MAX_KEPT_BUFFER) {
            s = new char[256]; // a huge statement's buffer is not kept for the small ones after it
        }
        if (surrogates) {
            return withGeneratedLexer(text + "\n", mariaDb);
        }
        tokens.add(new MySqlToken(source, Token.EOF, n, n - 1, line, n - lineStart, tokens.size()));
        return tokens;
    }

    /**
     * A token with its fields set directly (CommonToken's constructor asks the lexer for a position first), whose
     * text is cut from the statement once, when first asked for (the facts read a name several times).
     */
    private static final class MySqlToken extends CommonToken {

        MySqlToken(Pair<TokenSource, CharStream> source, int type, int start, int stop, int line, int column,
                   int index) {
            super(type);
            this.source = source;
            this.start = start;
            this.stop = stop;
            this.line = line;
            this.charPositionInLine = column;
            this.index = index;
        }

        @Override
        public String getText() {
            if (text == null) {
                text = super.getText();
            }
            return text;
        }
    }

    private List<Token> withGeneratedLexer(String text, boolean mariaDb) {
        lexer.setMariaDb(mariaDb);
        lexer.setInputStream(CharStreams.fromString(text));
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.nextToken();
            ((CommonToken) token).setTokenIndex(tokens.size());
            tokens.add(token);
        } while (token.getType() != Token.EOF);
        return tokens;
    }

    // ---------------------------------------------------------------- the rules of MySqlLexerBasics.g4

    private void match(int i) {
        char c = s[i];
        switch (c) {
            case ' ', '\t', '\r', '\n', '\f', '\u000B' -> result(SKIP, whitespaceEnd(i));
            case '/' -> slash(i);
            case '*' -> {
                if (at(i + 1) == '/' && inExecutableComment) {
                    inExecutableComment = false;
                    result(SKIP, i + 2);
                } else {
                    result(MySqlLexer.STAR, i + 1);
                }
            }
            case '-' -> minus(i);
            case '#' -> result(SKIP, lineEnd(i + 1));
            case ':' -> result(at(i + 1) == '=' ? MySqlLexer.ASSIGN : MySqlLexer.COLON, at(i + 1) == '=' ? i + 2 : i + 1);
            case '<' -> {
                char d = at(i + 1);
                if (d == '=' && at(i + 2) == '>') {
                    result(MySqlLexer.NULL_SAFE_EQUAL, i + 3);
                } else if (d == '=') {
                    result(MySqlLexer.LESS_EQUAL, i + 2);
                } else if (d == '>') {
                    result(MySqlLexer.NOT_EQUAL, i + 2);
                } else if (d == '<') {
                    result(MySqlLexer.SHIFT_LEFT, i + 2);
                } else {
                    result(MySqlLexer.LESS_THAN_SIGN, i + 1);
                }
            }
            case '>' -> {
                char d = at(i + 1);
                if (d == '=') {
                    result(MySqlLexer.GREATER_EQUAL, i + 2);
                } else if (d == '>') {
                    result(MySqlLexer.SHIFT_RIGHT, i + 2);
                } else {
                    result(MySqlLexer.GREATER_THAN_SIGN, i + 1);
                }
            }
            case '!' -> result(at(i + 1) == '=' ? MySqlLexer.NOT_EQUAL : MySqlLexer.NOT_SIGN, at(i + 1) == '=' ? i + 2 : i + 1);
            case '&' -> result(at(i + 1) == '&' ? MySqlLexer.LOGICAL_AND : MySqlLexer.AMPERSAND, at(i + 1) == '&' ? i + 2 : i + 1);
            case '|' -> result(at(i + 1) == '|' ? MySqlLexer.CONCAT_OR : MySqlLexer.PIPE, at(i + 1) == '|' ? i + 2 : i + 1);
            case '.' -> dot(i);
            case '=' -> result(MySqlLexer.EQUAL, i + 1);
            case '~' -> result(MySqlLexer.TILDE, i + 1);
            case '^' -> result(MySqlLexer.CARET, i + 1);
            case '+' -> result(MySqlLexer.PLUS, i + 1);
            case '%' -> result(MySqlLexer.PERCENT, i + 1);
            case ',' -> result(MySqlLexer.COMMA, i + 1);
            case ';' -> result(MySqlLexer.SEMICOLON, i + 1);
            case '(' -> result(MySqlLexer.LEFT_PAREN, i + 1);
            case ')' -> result(MySqlLexer.RIGHT_PAREN, i + 1);
            case '{' -> result(MySqlLexer.LEFT_BRACE, i + 1);
            case '}' -> result(MySqlLexer.RIGHT_BRACE, i + 1);
            case '?' -> result(MySqlLexer.QUESTION, i + 1);
            case '@' -> variable(i);
            case '\'' -> quoted(i, singleQuotedEnd(i), MySqlLexer.STRING_LITERAL);
            case '"' -> quoted(i, doubleQuotedEnd(i), MySqlLexer.DQ_STRING_LITERAL);
            case '`' -> quoted(i, backtickQuotedEnd(i), MySqlLexer.QUOTED_IDENTIFIER);
            default -> {
                if (c >= '0' && c <= '9') {
                    number(i);
                } else if (isNameChar(c)) {
                    word(i);
                } else {
                    result(MySqlLexer.UNEXPECTED_CHARACTER, i + 1);
                }
            }
        }
    }

    private void result(int type, int end) {
        this.type = type;
        this.end = end;
    }

    /** The character at {@code i}, or 0 past the end (no rule matches 0 where this is used). */
    private char at(int i) {
        return i < n ? s[i] : 0;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\u000B' || c == '\u00A0'
                || c == '\u2028' || c == '\u2029';
    }

    /** NAME_CHAR: [A-Z0-9_$\u0080-\uFFFF], case-insensitive. */
    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
                || c >= '\u0080';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private int whitespaceEnd(int i) {
        while (i < n && isWhitespace(s[i])) {
            i++;
        }
        return i;
    }

    private int nameEnd(int i) {
        while (i < n && isNameChar(s[i])) {
            i++;
        }
        return i;
    }

    private int digitsEnd(int i) {
        while (i < n && isDigit(s[i])) {
            i++;
        }
        return i;
    }

    /** End of ~[\r\n]* from {@code i}. */
    private int lineEnd(int i) {
        while (i < n && s[i] != '\r' && s[i] != '\n') {
            i++;
        }
        return i;
    }

    /** End of the first "*\/" at or after {@code from}, or -1. */
    private int commentCloseEnd(int from) {
        if (from >= noCommentCloseFrom) {
            return -1;
        }
        int close = -1;
        for (int i = from; i + 1 < n; i++) {
            if (s[i] == '*' && s[i + 1] == '/') {
                close = i;
                break;
            }
        }
        if (close < 0) {
            noCommentCloseFrom = from; // later searches fail too: unclosed comments stay linear
            return -1;
        }
        return close + 2;
    }

    private void slash(int i) {
        if (at(i + 1) != '*') {
            result(MySqlLexer.SLASH, i + 1);
            return;
        }
        char c2 = at(i + 2);
        int commentEnd;
        if (c2 == '!') { // EXECUTABLE_COMMENT_START
            inExecutableComment = true;
            result(SKIP, digitsEnd(i + 3));
            return;
        } else if (c2 == '+') { // OPTIMIZER_HINT
            commentEnd = commentCloseEnd(i + 3);
        } else if (c2 == 'M' || c2 == 'm') {
            if (at(i + 3) == '!') {
                if (mariaDb) { // MARIADB_COMMENT_START
                    inExecutableComment = true;
                    result(SKIP, digitsEnd(i + 4));
                    return;
                }
                commentEnd = commentCloseEnd(i + 4); // BLOCK_COMMENT: '/*M!' {!isMariaDb()}? .*? '*/'
            } else {
                commentEnd = i + 3 < n ? commentCloseEnd(i + 4) : -1; // '/*M' ~[!] .*? '*/'
            }
        } else if (c2 == '*' && at(i + 3) == '/') {
            commentEnd = i + 4; // '/**/'
        } else {
            commentEnd = i + 2 < n ? commentCloseEnd(i + 3) : -1; // '/*' ~[!+M] .*? '*/'
        }
        if (commentEnd < 0) {
            result(MySqlLexer.SLASH, i + 1);
        } else {
            result(SKIP, commentEnd);
        }
    }

    private void minus(int i) {
        char d = at(i + 1);
        if (d == '-') {
            char e = at(i + 2);
            if (e == ' ' || e == '\t' || e == '\f' || e == '\u000B') {
                result(SKIP, lineEnd(i + 3));
                return;
            }
            if (e == '\n') {
                result(SKIP, i + 3);
                return;
            }
            if (e == '\r' && at(i + 3) == '\n') {
                result(SKIP, i + 4);
                return;
            }
            if (i + 2 == n) {
                result(SKIP, i + 2);
                return;
            }
        } else if (d == '>') {
            if (at(i + 2) == '>') {
                result(MySqlLexer.JSON_UNQUOTED_EXTRACT, i + 3);
            } else {
                result(MySqlLexer.JSON_EXTRACT, i + 2);
            }
            return;
        }
        result(MySqlLexer.MINUS_SIGN, i + 1);
    }

    /** RANGE_DOTS, DOT, or a FLOAT/DECIMAL literal starting with '.'. */
    private void dot(int i) {
        if (at(i + 1) == '.') {
            result(MySqlLexer.RANGE_DOTS, i + 2);
        } else if (isDigit(at(i + 1))) {
            int digits = digitsEnd(i + 1);
            int exponent = exponentEnd(digits);
            if (exponent > 0) {
                result(MySqlLexer.FLOAT_LITERAL, exponent);
            } else {
                result(MySqlLexer.DECIMAL_LITERAL, digits);
            }
        } else {
            result(MySqlLexer.DOT, i + 1);
        }
    }

    /** End of 'E' [+-]? DIGITS at {@code i}, or -1. */
    private int exponentEnd(int i) {
        char e = at(i);
        if (e != 'e' && e != 'E') {
            return -1;
        }
        int j = i + 1;
        if (at(j) == '+' || at(j) == '-') {
            j++;
        }
        return isDigit(at(j)) ? digitsEnd(j) : -1;
    }

    /** The numeric literals and IDENTIFIER (which may start with digits); the longest wins, the first on a tie. */
    private void number(int i) {
        int digits = digitsEnd(i);
        int bestEnd = -1;
        int bestType = 0;
        // in rule order; a later rule wins only when strictly longer
        if (at(digits) == '.' && at(digits + 1) == '.') {
            bestEnd = digits + 2;
            bestType = MySqlLexer.RANGE_FROM;
        }
        if (s[i] == '0' && digits == i + 1) {
            char x = at(i + 1);
            if ((x == 'x' || x == 'X') && isHexDigit(at(i + 2))) {
                int j = i + 2;
                while (j < n && isHexDigit(s[j])) {
                    j++;
                }
                if (j > bestEnd) {
                    bestEnd = j;
                    bestType = MySqlLexer.HEX_LITERAL;
                }
            } else if ((x == 'b' || x == 'B') && (at(i + 2) == '0' || at(i + 2) == '1')) {
                int j = i + 2;
                while (j < n && (s[j] == '0' || s[j] == '1')) {
                    j++;
                }
                if (j > bestEnd) {
                    bestEnd = j;
                    bestType = MySqlLexer.BIT_LITERAL;
                }
            }
        }
        int mantissa = digits;
        if (at(digits) == '.') {
            mantissa = digitsEnd(digits + 1);
        }
        int exponent = exponentEnd(mantissa);
        if (exponent > bestEnd) {
            bestEnd = exponent;
            bestType = MySqlLexer.FLOAT_LITERAL;
        }
        if (at(digits) == '.' && mantissa > bestEnd) {
            bestEnd = mantissa;
            bestType = MySqlLexer.DECIMAL_LITERAL;
        }
        if (digits > bestEnd) {
            bestEnd = digits;
            bestType = MySqlLexer.INTEGER_LITERAL;
        }
        int name = nameEnd(digits); // IDENTIFIER: DIGITS* NAME_START NAME_CHAR*
        if (name > digits && name > bestEnd) {
            bestEnd = name;
            bestType = MySqlLexer.IDENTIFIER;
        }
        result(bestType, bestEnd);
    }

    /** A word: a keyword, CHARSET_INTRODUCER, X'..', B'..', N'..', or IDENTIFIER; also whitespace like U+00A0. */
    private void word(int i) {
        int name = nameEnd(i);
        char c = s[i];
        if (c >= '\u0080' && isWhitespace(c)) {
            int space = whitespaceEnd(i); // WHITESPACE comes first and wins a tie
            if (space >= name) {
                result(SKIP, space);
                return;
            }
            result(MySqlLexer.IDENTIFIER, name);
            return;
        }
        if (name == i + 1 && at(name) == '\'') {
            char x = (char) (c | 0x20);
            if (x == 'x' || x == 'b') {
                int j = i + 2;
                while (j < n && (x == 'x' ? isHexDigit(s[j]) : s[j] == '0' || s[j] == '1')) {
                    j++;
                }
                if (at(j) == '\'') {
                    result(x == 'x' ? MySqlLexer.HEX_LITERAL : MySqlLexer.BIT_LITERAL, j + 1);
                    return;
                }
            } else if (x == 'n') {
                int quoted = singleQuotedEnd(i + 1);
                if (quoted > 0) {
                    result(MySqlLexer.NATIONAL_STRING_LITERAL, quoted);
                    return;
                }
            }
        }
        result(KEYWORDS.typeOf(s, i, name), name);
    }

    /** USER_VARIABLE, SYSTEM_VARIABLE, DOUBLE_AT or AT_SIGN. */
    private void variable(int i) {
        if (at(i + 1) == '@') {
            int best = -1;
            int plain = systemVariableNameEnd(i + 2);
            if (plain > best) {
                best = plain;
            }
            for (String scope : SYSTEM_VARIABLE_SCOPES) {
                int afterScope = i + 2 + scope.length();
                if (afterScope < n && s[afterScope] == '.' && sameWord(i + 2, scope)) {
                    best = Math.max(best, systemVariableNameEnd(afterScope + 1));
                }
            }
            if (best > 0) {
                result(MySqlLexer.SYSTEM_VARIABLE, best);
            } else {
                result(MySqlLexer.DOUBLE_AT, i + 2);
            }
            return;
        }
        char c = at(i + 1);
        int variableEnd;
        if (c == '\'') {
            variableEnd = singleQuotedEnd(i + 1);
        } else if (c == '"') {
            variableEnd = doubleQuotedEnd(i + 1);
        } else if (c == '`') {
            variableEnd = backtickQuotedEnd(i + 1);
        } else {
            int j = i + 1;
            while (j < n && (isNameChar(s[j]) || s[j] == '.')) {
                j++;
            }
            variableEnd = j > i + 1 ? j : -1;
        }
        if (variableEnd > 0) {
            result(MySqlLexer.USER_VARIABLE, variableEnd);
        } else {
            result(MySqlLexer.AT_SIGN, i + 1);
        }
    }

    /** Whether the text at {@code i} is {@code upperCaseWord}, in any case. */
    private boolean sameWord(int i, String upperCaseWord) {
        for (int k = 0; k < upperCaseWord.length(); k++) {
            if (KeywordTable.upper(s[i + k]) != upperCaseWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** End of (NAME_CHAR+ | BACKTICK_QUOTED) at {@code i}, or -1. */
    private int systemVariableNameEnd(int i) {
        if (at(i) == '`') {
            return backtickQuotedEnd(i);
        }
        int end = nameEnd(i);
        return end > i ? end : -1;
    }

    private void quoted(int i, int quotedEnd, int tokenType) {
        if (quotedEnd > 0) {
            result(tokenType, quotedEnd);
        } else {
            result(MySqlLexer.UNEXPECTED_CHARACTER, i + 1);
        }
    }

    /** SINGLE_QUOTED: '\'' ('\\' . | '\'\'' | ~[\\'])* '\'' at {@code i}; the longest match, or -1. */
    private int singleQuotedEnd(int i) {
        return escapedQuotedEnd(i, '\'');
    }

    /** '"' ('\\' . | '""' | ~[\\"])* '"' at {@code i}; the longest match, or -1. */
    private int doubleQuotedEnd(int i) {
        return escapedQuotedEnd(i, '"');
    }

    private int escapedQuotedEnd(int i, char quote) {
        int accepted = -1;
        int j = i + 1;
        while (j < n) {
            char c = s[j];
            if (c == '\\') {
                j += 2;
            } else if (c == quote) {
                accepted = j + 1; // a closing quote, or the first of a doubled one
                if (at(j + 1) != quote) {
                    return accepted;
                }
                j += 2;
            } else {
                j++;
            }
        }
        return accepted;
    }

    /** BACKTICK_QUOTED: '`' ('``' | ~'`')* '`' at {@code i}; the longest match, or -1. */
    private int backtickQuotedEnd(int i) {
        int accepted = -1;
        int j = i + 1;
        while (j < n) {
            if (s[j] == '`') {
                accepted = j + 1;
                if (at(j + 1) != '`') {
                    return accepted;
                }
                j += 2;
            } else {
                j++;
            }
        }
        return accepted;
    }

    // ---------------------------------------------------------------- keywords

    /**
     * Keyword and CHARSET_INTRODUCER texts to token types, matched case-insensitively without building a string:
     * open addressing over the upper-cased text's hash. The keywords come from the generated lexer's vocabulary
     * (every rule of MySqlKeywords.g4 is one literal word).
     */
    static final class KeywordTable {

        /** CHARSET_INTRODUCER of MySqlLexerBasics.g4: '_' and a character set name. */
        private static final String[] CHARSETS = {"armscii8", "ascii", "big5", "binary", "cp1250", "cp1251",
            "cp1256", "cp1257", "cp850", "cp852", "cp866", "cp932", "dec8", "eucjpms", "euckr", "gb18030", "gb2312",
            "gbk", "geostd8", "greek", "hebrew", "hp8", "keybcs2", "koi8r", "koi8u", "latin1", "latin2", "latin5",
            "latin7", "macce", "macroman", "sjis", "swe7", "tis620", "ucs2", "ujis", "utf16", "utf16le", "utf32",
            "utf8", "utf8mb3", "utf8mb4"};

        private final char[][] keys;
        /** Each key's hash, compared before the key itself (a small array that stays in cache). */
        private final int[] hashes;
        private final int[] types;
        private final int mask;
        private final int maxLength;

        private KeywordTable(char[][] keys, int[] hashes, int[] types, int maxLength) {
            this.keys = keys;
            this.hashes = hashes;
            this.types = types;
            this.mask = keys.length - 1;
            this.maxLength = maxLength;
        }

        static KeywordTable of(Vocabulary vocabulary) {
            List<String> words = new ArrayList<>();
            List<Integer> wordTypes = new ArrayList<>();
            for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
                String literal = vocabulary.getLiteralName(type);
                if (literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
                    words.add(literal.substring(1, literal.length() - 1).toUpperCase(Locale.ROOT));
                    wordTypes.add(type);
                }
            }
            for (String charset : CHARSETS) {
                words.add("_" + charset.toUpperCase(Locale.ROOT));
                wordTypes.add(MySqlLexer.CHARSET_INTRODUCER);
            }
            int size = Integer.highestOneBit(words.size() * 4); // a quarter to half full
            char[][] keys = new char[size][];
            int[] types = new int[size];
            int[] hashes = new int[size];
            int maxLength = 0;
            for (int w = 0; w < words.size(); w++) {
                char[] key = words.get(w).toCharArray();
                maxLength = Math.max(maxLength, key.length);
                int hash = hash(key, 0, key.length);
                int slot = hash & (size - 1);
                while (keys[slot] != null) {
                    if (Arrays.equals(keys[slot], key)) {
                        throw new IllegalStateException("duplicate keyword " + words.get(w));
                    }
                    slot = (slot + 1) & (size - 1);
                }
                keys[slot] = key;
                hashes[slot] = hash;
                types[slot] = wordTypes.get(w);
            }
            return new KeywordTable(keys, hashes, types, maxLength);
        }

        /** The hash of the upper-cased text[start, end). */
        private static int hash(char[] text, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + upper(text[i]);
            }
            return h ^ (h >>> 12);
        }

        static char upper(char c) {
            return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        }

        /** The keyword's (or charset introducer's) type for text[start, end), else IDENTIFIER. */
        int typeOf(char[] text, int start, int end) {
            int length = end - start;
            if (length > maxLength) {
                return MySqlLexer.IDENTIFIER;
            }
            int hash = hash(text, start, end);
            int slot = hash & mask;
            int type;
            while ((type = types[slot]) != 0) { // token types are positive
                if (hashes[slot] == hash && keys[slot].length == length && sameUpper(keys[slot], text, start)) {
                    return type;
                }
                slot = (slot + 1) & mask;
            }
            return MySqlLexer.IDENTIFIER;
        }

        private static boolean sameUpper(char[] key, char[] text, int start) {
            for (int i = 0; i < key.length; i++) {
                if (key[i] != upper(text[start + i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
