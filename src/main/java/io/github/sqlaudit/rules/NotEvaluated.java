package io.github.sqlaudit.rules;

import java.util.Objects;

/** A rule that is enabled but could not be evaluated (it needs the target and there is none), and why. */
public record NotEvaluated(String code, String reason) {

    public NotEvaluated {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
