package io.github.sqlaudit.plan;

/** The review connection failed (not the statement under review): the audit cannot go on with this target. */
public class ReviewConnectionException extends RuntimeException {
    public ReviewConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReviewConnectionException(String message) {
        super(message);
    }
}
