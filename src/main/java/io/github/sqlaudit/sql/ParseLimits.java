package io.github.sqlaudit.sql;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work spent on one statement, so that no input makes the parser overflow its stack or hang.
 *
 * @param maxNestingDepth deepest nesting of parentheses (and BEGIN/CASE/IF blocks) accepted
 * @param baseBudget      time allowed for any statement
 * @param budgetPerMegabyte extra time allowed per megabyte of statement text (long INSERT ... VALUES lists)
 */
public record ParseLimits(int maxNestingDepth, Duration baseBudget, Duration budgetPerMegabyte) {

    public static final ParseLimits DEFAULT = new ParseLimits(200, Duration.ofSeconds(5), Duration.ofSeconds(10));

    public ParseLimits {
        Objects.requireNonNull(baseBudget, "baseBudget");
        Objects.requireNonNull(budgetPerMegabyte, "budgetPerMegabyte");
        if (maxNestingDepth < 1) {
            throw new IllegalArgumentException("maxNestingDepth must be at least 1, was " + maxNestingDepth);
        }
    }

    /** The time budget in nanoseconds for a statement of {@code length} characters. */
    public long budgetNanos(int length) {
        return baseBudget.toNanos() + budgetPerMegabyte.toNanos() / (1024 * 1024) * length;
    }
}
