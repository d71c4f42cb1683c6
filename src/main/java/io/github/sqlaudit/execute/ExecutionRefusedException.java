package io.github.sqlaudit.execute;

/**
 * The script cannot run as asked, and nothing has run: explicit transaction control in the script,
 * WHOLE_SCRIPT mode with DDL, another run of the same script in progress, a DDL whose state after a crash
 * cannot be told.
 */
public class ExecutionRefusedException extends RuntimeException {
    public ExecutionRefusedException(String message) {
        super(message);
    }
}
