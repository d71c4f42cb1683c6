package io.github.sqlaudit.audit;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The user variables ({@code @name}, not system variables {@code @@name}) a statement's text mentions,
 * outside string literals, quoted identifiers and comments. A lexical scan of one statement, not a parse.
 */
final class UserVariables {

    private UserVariables() {
    }

    static Set<String> in(String sql) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i, c);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '@') {
                if (i + 1 < n && sql.charAt(i + 1) == '@') {
                    i += 2;
                    while (i < n && isNamePart(sql.charAt(i))) {
                        i++; // a system variable: not ours to track
                    }
                } else {
                    int start = ++i;
                    while (i < n && isNamePart(sql.charAt(i))) {
                        i++;
                    }
                    if (i > start) {
                        names.add(sql.substring(start, i).toLowerCase(Locale.ROOT));
                    }
                }
            } else {
                i++;
            }
        }
        return names;
    }

    private static int skipQuoted(String sql, int start, char quote) {
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
        return i;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }
}
