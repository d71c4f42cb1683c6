package io.github.sqlaudit.rules;

import java.util.Optional;

/**
 * A rule configuration that cannot be used: the message names the field (a path such as
 * {@code templates[prod].rules.DML-007.value}), the rule code when there is one, and what was expected.
 */
public final class RuleConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String ruleCode;
    private final String problem;

    public RuleConfigurationException(String field, String ruleCode, String problem) {
        super(compose(field, ruleCode, problem));
        this.field = field;
        this.ruleCode = ruleCode;
        this.problem = problem;
    }

    public RuleConfigurationException(String field, String problem) {
        this(field, null, problem);
    }

    private static String compose(String field, String ruleCode, String problem) {
        String where = ruleCode == null ? field : field + " (rule " + ruleCode + ")";
        return where + ": " + problem;
    }

    /** The same problem, its field path placed under {@code prefix} ({@code templates[prod]} + {@code rules.DML-001}). */
    public RuleConfigurationException under(String prefix) {
        RuleConfigurationException moved = new RuleConfigurationException(prefix + "." + field, ruleCode, problem);
        moved.setStackTrace(getStackTrace());
        return moved;
    }

    /** What is wrong, without the field path. */
    public String problem() {
        return problem;
    }

    /** The path of the offending field. */
    public String field() {
        return field;
    }

    /** The rule the field belongs to, if any. */
    public Optional<String> ruleCode() {
        return Optional.ofNullable(ruleCode);
    }
}
