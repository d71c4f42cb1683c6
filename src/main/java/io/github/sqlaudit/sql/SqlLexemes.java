package io.github.sqlaudit.sql;

/**
 * The two lexical facts that small scans of a single MySQL/MariaDB statement's text need (finding user
 * variables, top-level keywords): where a quoted literal or identifier ends, and where a comment ends. For
 * the grammar's own lexing see the parsers; these serve scans that must not mistake text inside quotes or
 * comments for code.
 */
public final class SqlLexemes {

    private SqlLexemes() {
    }

    /**
     * The index just after the quoted literal or identifier starting at {@code start} (with {@code '},
     * {@code "} or a backtick); backslash escapes (not in backticks) and doubled quotes stay inside.
     */
    public static int skipQuoted(String sql, int start) {
        char quote = sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2; // doubled quote
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** The index just after the comment ({@code --}, {@code #}, block) starting at {@code i}, or -1 when none does. */
    public static int skipComment(String sql, int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        if ((c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') || c == '#') {
            int end = sql.indexOf('\n', i);
            return end < 0 ? n : end + 1;
        }
        if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? n : end + 2;
        }
        return -1;
    }

    public static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '`';
    }
}
