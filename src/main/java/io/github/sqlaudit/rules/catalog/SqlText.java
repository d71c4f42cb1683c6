package io.github.sqlaudit.rules.catalog;

import java.util.regex.Pattern;

/**
 * Statement text with string literals and comments blanked out, for the few rules that look for a keyword the
 * statement model does not carry yet (Oracle options such as NOLOGGING or NOCACHE): a keyword inside a string or
 * a comment must not make a rule fire. Optimizer hints ({@code /*+ ... *}{@code /}) are kept, as they are code.
 */
final class SqlText {

    private SqlText() {
    }

    /** The text with quoted literals and comments replaced by spaces, same length and line breaks. */
    static String code(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i;
            if (c == '\'' || c == '"') {
                end = quotedEnd(text, i, c);
                blank(out, i + 1, end - 1);
            } else if (text.startsWith("--", i)) {
                int newline = text.indexOf('\n', i);
                end = newline < 0 ? text.length() : newline;
                blank(out, i, end);
            } else if (text.startsWith("/*", i) && !text.startsWith("/*+", i)) {
                int close = text.indexOf("*/", i + 2);
                end = close < 0 ? text.length() : close + 2;
                blank(out, i, end);
            }
            i = Math.max(end, i + 1);
        }
        return out.toString();
    }

    /** True when the pattern is found in the code part of the text. */
    static boolean has(String text, Pattern pattern) {
        return pattern.matcher(code(text)).find();
    }

    private static int quotedEnd(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to && i < out.length(); i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
