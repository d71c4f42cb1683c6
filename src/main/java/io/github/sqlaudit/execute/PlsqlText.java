package io.github.sqlaudit.execute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the words of PL/SQL source, outside strings, quoted names and comments: enough to tell whether an
 * anonymous block ends or escapes the executor's transaction.
 */
final class PlsqlText {

    private PlsqlText() {
    }

    /**
     * What in the block commits or may commit on its own, for messages; empty when nothing does:
     * COMMIT, ROLLBACK (but not ROLLBACK TO a savepoint), EXECUTE IMMEDIATE and DBMS_SQL (dynamic SQL may be
     * DDL, which commits), PRAGMA AUTONOMOUS_TRANSACTION (its work commits apart from ours), and the
     * supplied packages documented to commit (DBMS_STATS, DBMS_SCHEDULER, DBMS_MVIEW, DBMS_REDEFINITION,
     * DBMS_UTILITY.EXEC_DDL_STATEMENT).
     */
    static List<String> transactionEscapes(String block) {
        List<String> words = words(block);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            switch (word) {
                case "COMMIT", "DBMS_SQL", "AUTONOMOUS_TRANSACTION", "EXEC_DDL_STATEMENT", "DBMS_STATS",
                        "DBMS_SCHEDULER", "DBMS_MVIEW", "DBMS_REDEFINITION" -> found.add(word);
                case "ROLLBACK" -> {
                    if (!next.equals("TO")) {
                        found.add(word);
                    }
                }
                case "EXECUTE" -> {
                    if (next.equals("IMMEDIATE")) {
                        found.add("EXECUTE IMMEDIATE");
                    }
                }
                default -> { }
            }
        }
        return found.stream().distinct().toList();
    }

    /** The upper-cased words (identifiers and keywords) of the text, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                i = indexOrEnd(text, "\n", i);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                i = indexOrEnd(text, "*/", i + 2) + 2;
            } else if ((c == 'q' || c == 'Q') && i + 2 < n && text.charAt(i + 1) == '\''
                    && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                char open = text.charAt(i + 2);
                char close = switch (open) {
                    case '[' -> ']';
                    case '{' -> '}';
                    case '(' -> ')';
                    case '<' -> '>';
                    default -> open;
                };
                i = indexOrEnd(text, close + "'", i + 3) + 2;
            } else if (c == '\'' || c == '"') {
                i++;
                while (i < n) {
                    if (text.charAt(i) == c) {
                        if (i + 1 < n && text.charAt(i + 1) == c) {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i++;
                }
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                words.add(text.substring(start, i).toUpperCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return words;
    }

    private static int indexOrEnd(String text, String what, int from) {
        int at = text.indexOf(what, from);
        return at < 0 ? text.length() : at;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#';
    }
}
