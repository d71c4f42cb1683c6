package io.github.sqlaudit.rules;

import java.util.List;
import java.util.Objects;

/** A rule that judges a script as a whole (mixing, counts, transaction control, parse failures). */
public non-sealed interface ScriptRule extends Rule {

    /** @return each problem with the statement it points at; empty when the script passes */
    List<Finding> check(ScriptContext context, RuleValue value);

    /** The check of a declarative catalog entry. */
    @FunctionalInterface
    interface Check {
        List<Finding> apply(ScriptContext context, RuleValue value);
    }

    static ScriptRule of(RuleSpec spec, Check check) {
        return new Declared(spec, check);
    }

    /** A declarative entry. */
    record Declared(RuleSpec spec, Check checkFunction) implements ScriptRule {
        public Declared {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(checkFunction, "checkFunction");
        }

        @Override
        public List<Finding> check(ScriptContext context, RuleValue value) {
            return checkFunction.apply(context, value);
        }
    }
}
