package io.github.sqlaudit.rules;

import java.util.List;
import java.util.Objects;

/** A rule that judges one parsed statement. */
public non-sealed interface StatementRule extends Rule {

    /**
     * @param value the configured value, of the rule's {@link RuleSpec#valueType() value type}
     * @return what is wrong, one detail per problem found ("DELETE FROM orders has no WHERE"); empty when it passes
     */
    List<String> check(StatementContext context, RuleValue value);

    /** The check of a declarative catalog entry. */
    @FunctionalInterface
    interface Check {
        List<String> apply(StatementContext context, RuleValue value);
    }

    /** A rule declared as a spec plus a short check, for the trivial rules that need no class of their own. */
    static StatementRule of(RuleSpec spec, Check check) {
        return new Declared(spec, check);
    }

    /** A declarative entry. */
    record Declared(RuleSpec spec, Check checkFunction) implements StatementRule {
        public Declared {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(checkFunction, "checkFunction");
        }

        @Override
        public List<String> check(StatementContext context, RuleValue value) {
            return checkFunction.apply(context, value);
        }
    }
}
