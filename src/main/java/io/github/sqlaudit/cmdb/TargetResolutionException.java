package io.github.sqlaudit.cmdb;

/** The CMDB cannot name one target for a request; the message says what is missing or ambiguous. */
public final class TargetResolutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why resolution stopped; callers show the message, tests and REST map the reason. */
    public enum Reason {
        /** Nothing in the CMDB matches. */
        NOT_FOUND,
        /** Several records match and nothing says which one is meant. */
        AMBIGUOUS,
        /** A record matches but lacks what the action needs (an address, a primary ...). */
        INCOMPLETE
    }

    private final Reason reason;

    public TargetResolutionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
