package io.github.sqlaudit.plan;

import java.util.Objects;

/**
 * What EXPLAIN said about one statement. Not every statement can be explained before it runs, and a
 * statement the target rejects is a finding in itself, so the three outcomes are values, not exceptions.
 */
public sealed interface Explanation {

    /** The optimizer's plan. */
    record Explained(PlanMetrics metrics) implements Explanation {
        public Explained {
            Objects.requireNonNull(metrics, "metrics");
        }
    }

    /** The statement cannot be explained before execution (DDL, a table the script creates first ...). */
    record NotExplainable(String reason) implements Explanation {
        public NotExplainable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The target refused to explain it: usually a missing table or column, which would fail at execution too. */
    record Rejected(String sqlState, int errorCode, String message) implements Explanation {
        public Rejected {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return "rejected by the target: " + message + " (SQLSTATE " + sqlState + ", error " + errorCode + ")";
        }
    }
}
