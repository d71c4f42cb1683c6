package io.github.sqlaudit.rules;

import java.util.List;

/** What the engine found in one script: the violations, and the enabled rules it could not evaluate. */
public record Evaluation(List<Violation> violations, List<NotEvaluated> notEvaluated) {

    public Evaluation {
        violations = List.copyOf(violations);
        notEvaluated = List.copyOf(notEvaluated);
    }

    /** True when some enforced ERROR violation blocks the script. */
    public boolean blocks() {
        return violations.stream().anyMatch(Violation::blocks);
    }

    public List<Violation> blocking() {
        return violations.stream().filter(Violation::blocks).toList();
    }

    public List<Violation> ofCode(String code) {
        return violations.stream().filter(v -> v.code().equals(code)).toList();
    }
}
