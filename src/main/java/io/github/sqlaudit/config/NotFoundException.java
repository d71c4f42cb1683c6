package io.github.sqlaudit.config;

/** The template, assignment or record a change names does not exist: {@code template 'prod'}. */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " does not exist");
    }
}
