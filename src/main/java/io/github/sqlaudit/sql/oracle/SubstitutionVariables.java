package io.github.sqlaudit.sql.oracle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL*Plus substitution variables ({@code &name}, {@code &&name}) a statement uses. SQL*Plus replaces them in
 * the raw text before anything else reads it, inside quotes and comments too (SQL*Plus User's Guide, "Using
 * Substitution Variables"), so a reviewed statement that holds one is not what the server will run.
 */
public final class SubstitutionVariables {

    private SubstitutionVariables() {
    }

    /** The references in order of first use, with their ampersands ({@code &x}, {@code &&y}), de-duplicated. */
    public static List<String> in(String text) {
        return in(text, '&');
    }

    /** As {@link #in(String)} with the prefix set by {@code SET DEFINE c}. */
    public static List<String> in(String text, char prefix) {
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != prefix) {
                i++;
                continue;
            }
            int nameStart = i + 1 < text.length() && text.charAt(i + 1) == prefix ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < text.length() && isNameChar(text.charAt(nameEnd), nameEnd == nameStart)) {
                nameEnd++;
            }
            if (nameEnd > nameStart) {
                found.add(text.substring(i, nameEnd));
            }
            i = Math.max(nameEnd, i + 1);
        }
        return new ArrayList<>(found);
    }

    private static boolean isNameChar(char c, boolean first) {
        return first ? Character.isLetterOrDigit(c) || c == '_'
                : Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
    }
}
