package io.github.sqlaudit.plan;

/** The target answered EXPLAIN with something we cannot read as a plan. */
public class PlanFormatException extends RuntimeException {
    public PlanFormatException(String message) {
        super(message);
    }

    public PlanFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
