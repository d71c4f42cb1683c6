package io.github.sqlaudit.sql.oracle;

import java.util.List;
import java.util.Locale;

import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;

/**
 * Follows SQL*Plus's substitution setting through one script and reports the substitution variables of each
 * statement (SQL*Plus User's Guide, SET DEFINE): {@code &} starts a variable until {@code SET DEFINE OFF} (or the
 * older {@code SET SCAN OFF}) turns substitution off, {@code SET DEFINE ON} turns it back on with {@code &}, and
 * {@code SET DEFINE c} makes {@code c} the prefix. Give it the script's statements in order, commands included.
 *
 * <p>REMARK lines are comments to SQL*Plus and report nothing.
 */
public final class ScriptSubstitutions {

    private static final int OFF = -1;

    private int prefix = '&';

    /** The variables the statement uses under the setting in force, then the setting it changes (if a SET). */
    public List<String> of(Statement statement) {
        String text = statement.text();
        if (statement.kind() == StatementKind.CLIENT_COMMAND) {
            String[] words = text.trim().split("\\s+");
            String command = words[0].toUpperCase(Locale.ROOT);
            if (command.length() >= 3 && "REMARK".startsWith(command)) {
                return List.of();
            }
            if (command.equals("SET")) {
                apply(words);
                return List.of();
            }
        }
        return prefix == OFF ? List.of() : SubstitutionVariables.in(text, (char) prefix);
    }

    /** The prefix in force: {@code &}, another character, or empty when substitution is off. */
    public String prefix() {
        return prefix == OFF ? "" : String.valueOf((char) prefix);
    }

    private void apply(String[] words) {
        for (int i = 1; i + 1 < words.length; i += 2) {
            String option = words[i].toUpperCase(Locale.ROOT);
            String value = unquoted(words[i + 1]);
            String upper = value.toUpperCase(Locale.ROOT);
            if (option.length() >= 3 && "DEFINE".startsWith(option)) {
                if (upper.equals("OFF")) {
                    prefix = OFF;
                } else if (upper.equals("ON")) {
                    prefix = '&';
                } else if (value.length() == 1) {
                    prefix = value.charAt(0);
                }
            } else if (option.length() >= 3 && "SCAN".startsWith(option)) {
                prefix = upper.equals("OFF") ? OFF : upper.equals("ON") ? '&' : prefix;
            }
        }
    }

    private static String unquoted(String value) {
        String v = value.endsWith(";") && value.length() > 1 ? value.substring(0, value.length() - 1) : value;
        if (v.length() == 3 && (v.charAt(0) == '\'' || v.charAt(0) == '"') && v.charAt(2) == v.charAt(0)) {
            return v.substring(1, 2);
        }
        return v;
    }
}
