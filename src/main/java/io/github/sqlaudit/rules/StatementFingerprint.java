package io.github.sqlaudit.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.Statement;

/**
 * Identifies a statement for waivers: the SHA-256 of its text with comments dropped, runs of white space made one
 * space and everything outside quotes lower-cased. Re-indenting or re-commenting a statement keeps its waivers;
 * changing a literal, a name or a clause does not, because that is a different statement to review.
 */
public final class StatementFingerprint {

    private StatementFingerprint() {
    }

    public static String of(Statement statement) {
        return of(statement.text(), statement.dialect());
    }

    public static String of(String text, Dialect dialect) {
        return sha256(normalize(text, dialect));
    }

    /** The text the fingerprint is taken of. */
    static String normalize(String text, Dialect dialect) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            int commentEnd = commentEnd(text, i, dialect);
            if (commentEnd > i) {
                pendingSpace = true;
                i = commentEnd;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            if (c == '\'' || c == '"' || c == '`') {
                int end = quotedEnd(text, i, c, dialect);
                out.append(text, i, end);
                i = end;
            } else {
                out.append(Character.toLowerCase(c));
                i++;
            }
        }
        String normalized = out.toString();
        return normalized.endsWith(";") ? normalized.substring(0, normalized.length() - 1).stripTrailing() : normalized;
    }

    /** The index after a comment starting at {@code i}, or {@code i} when none starts there. Versioned comments are code. */
    private static int commentEnd(String text, int i, Dialect dialect) {
        if (text.startsWith("--", i) && (dialect == Dialect.ORACLE || i + 2 >= text.length()
                || Character.isWhitespace(text.charAt(i + 2)))) {
            return lineEnd(text, i);
        }
        if (text.charAt(i) == '#' && dialect != Dialect.ORACLE) {
            return lineEnd(text, i);
        }
        if (text.startsWith("/*", i) && !text.startsWith("/*!", i) && !text.startsWith("/*M!", i)
                && !text.startsWith("/*+", i)) {
            int close = text.indexOf("*/", i + 2);
            return close < 0 ? text.length() : close + 2;
        }
        return i;
    }

    private static int lineEnd(String text, int i) {
        int newline = text.indexOf('\n', i);
        return newline < 0 ? text.length() : newline + 1;
    }

    private static int quotedEnd(String text, int start, char quote, Dialect dialect) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`' && dialect != Dialect.ORACLE) {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
