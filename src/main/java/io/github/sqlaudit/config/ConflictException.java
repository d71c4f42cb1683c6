package io.github.sqlaudit.config;

/**
 * A change that would break what exists: creating a template whose name is taken, deleting a template that is
 * still assigned. The message says what is in the way; {@link #field()} names the field the user should change.
 */
public final class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
