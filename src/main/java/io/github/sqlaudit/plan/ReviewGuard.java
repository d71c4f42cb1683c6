package io.github.sqlaudit.plan;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The last line of defence of the review connection: every SQL text a plan provider sends passes here,
 * and only EXPLAIN, catalog reads, the opt-in row counts and our own session settings get through. The statements under
 * review only ever travel inside an EXPLAIN; a programming error that would send one bare fails here
 * instead of changing a production database.
 */
final class ReviewGuard {

    /** What a review connection may send, matched on the upper-cased start of the text. */
    private static final List<Pattern> ALLOWED = List.of(
            Pattern.compile("^EXPLAIN FORMAT=JSON (?!ANALYZE\\b)"),
            Pattern.compile("^EXPLAIN PLAN SET STATEMENT_ID = '[A-Z0-9-]+' INTO PLAN_TABLE FOR "),
            Pattern.compile("^SELECT .* FROM (INFORMATION_SCHEMA\\.|ALL_TABLES|ALL_INDEXES|ALL_IND_COLUMNS|PLAN_TABLE)"),
            Pattern.compile("^SELECT VERSION\\(\\)$"),
            // The exact count of a reviewed UPDATE/DELETE (opt-in per template): a read, bounded by the timeout.
            Pattern.compile("^SELECT COUNT\\(\\*\\) FROM "),
            Pattern.compile("^DELETE FROM PLAN_TABLE WHERE STATEMENT_ID = '[A-Z0-9-]+'$"),
            Pattern.compile("^SET TRANSACTION READ WRITE$"),
            Pattern.compile("^SET SESSION (TRANSACTION READ ONLY|MAX_STATEMENT_TIME = [0-9.]+|MAX_EXECUTION_TIME = [0-9]+"
                    + "|EXPLAIN_JSON_FORMAT_VERSION = 1)$"));

    private ReviewGuard() {
    }

    static String check(String sql) {
        String normalized = sql.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        for (Pattern allowed : ALLOWED) {
            if (allowed.matcher(normalized).find()) {
                return sql;
            }
        }
        throw new IllegalStateException("refusing to send on a review connection (only EXPLAIN and catalog reads): "
                + (normalized.length() > 80 ? normalized.substring(0, 80) + "..." : normalized));
    }
}
