package io.github.sqlaudit.audit;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import io.github.sqlaudit.sql.SqlLexemes;

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
            int afterComment = SqlLexemes.skipComment(sql, i);
            if (SqlLexemes.isQuote(c)) {
                i = SqlLexemes.skipQuoted(sql, i);
            } else if (afterComment >= 0) {
                i = afterComment;
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

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }
}
