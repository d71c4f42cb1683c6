package io.github.sqlaudit.plan;

/**
 * A target database to review against: opened only when a statement needs it, described to users
 * without credentials.
 */
public interface ReviewTarget extends AutoCloseable {

    /** Opens a review session (a connection from the target's pool, made safe for review). */
    PlanProvider open();

    /** e.g. {@code jdbc:mysql://db1:3306/shop}, never with a password. */
    String describe();

    /** Releases what the target holds (its connection pool); sessions already open stay usable until closed. */
    @Override
    default void close() {
    }
}
