package io.github.sqlaudit.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.sqlaudit.sql.SqlLexemes;

/**
 * Turns a single-table UPDATE or DELETE into the {@code SELECT COUNT(*)} over the same table and WHERE,
 * so the audit can show how many rows it would really change beside the optimizer's estimate. A lexical
 * rewrite of a statement that already parsed: it finds the top-level keywords (outside quotes, comments
 * and parentheses) and keeps the source text between them. A statement it does not recognise gets no
 * count rather than a wrong one.
 */
public final class CountQuery {

    private CountQuery() {
    }

    /** The count query, or empty for anything but a single-table UPDATE or DELETE. */
    public static Optional<String> forChange(String statement) {
        List<Word> words = topLevelWords(statement);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String first = words.get(0).upper;
        Optional<Word> where = find(words, "WHERE", 1);
        Optional<Word> orderBy = find(words, "ORDER", 1);
        Optional<Word> limit = find(words, "LIMIT", 1);
        int tailStart = Math.min(orderBy.map(w -> w.start).orElse(statement.length()),
                limit.map(w -> w.start).orElse(statement.length()));
        String table;
        if (first.equals("DELETE")) {
            Optional<Word> from = find(words, "FROM", 1);
            if (from.isEmpty() || find(words, "USING", 1).isPresent()) {
                return Optional.empty();
            }
            // Multi-table DELETE names tables before FROM: not counted.
            if (words.indexOf(from.get()) != indexAfterModifiers(words, 1)) {
                return Optional.empty();
            }
            table = statement.substring(from.get().end, where.map(w -> w.start).orElse(tailStart)).strip();
        } else if (first.equals("UPDATE")) {
            Optional<Word> set = find(words, "SET", 1);
            if (set.isEmpty()) {
                return Optional.empty();
            }
            int tableStart = words.get(indexAfterModifiers(words, 1) - 1).end;
            table = statement.substring(tableStart, set.get().start).strip();
        } else {
            return Optional.empty();
        }
        if (table.isEmpty() || table.contains(",") || containsJoin(words, table)) {
            return Optional.empty();
        }
        String condition = where.map(w -> " " + statement.substring(w.start, tailStart).strip()).orElse("");
        if (limit.isPresent()) {
            String limitClause = statement.substring(limit.get().start).strip();
            return Optional.of("SELECT COUNT(*) FROM (SELECT 1 FROM " + table + condition + " " + limitClause
                    + ") sqlaudit_count");
        }
        return Optional.of("SELECT COUNT(*) FROM " + table + condition);
    }

    private record Word(String upper, int start, int end) {}

    /** The index of the first word after DELETE/UPDATE and their modifiers (LOW_PRIORITY, QUICK, IGNORE). */
    private static int indexAfterModifiers(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && List.of("LOW_PRIORITY", "QUICK", "IGNORE").contains(words.get(i).upper)) {
            i++;
        }
        return i;
    }

    private static boolean containsJoin(List<Word> words, String table) {
        String upper = table.toUpperCase(Locale.ROOT);
        return upper.contains(" JOIN ") || upper.contains("(");
    }

    private static Optional<Word> find(List<Word> words, String keyword, int from) {
        for (int i = from; i < words.size(); i++) {
            if (words.get(i).upper.equals(keyword)) {
                return Optional.of(words.get(i));
            }
        }
        return Optional.empty();
    }

    /** Words at parenthesis depth 0, outside string literals, quoted identifiers and comments. */
    private static List<Word> topLevelWords(String sql) {
        List<Word> words = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int afterComment = SqlLexemes.skipComment(sql, i);
            if (SqlLexemes.isQuote(c)) {
                i = SqlLexemes.skipQuoted(sql, i);
            } else if (afterComment >= 0) {
                i = afterComment;
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                depth--;
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                if (depth == 0) {
                    words.add(new Word(sql.substring(start, i).toUpperCase(Locale.ROOT), start, i));
                }
            } else {
                i++;
            }
        }
        return words;
    }
}
