package io.github.sqlaudit.rules;

import java.util.List;
import java.util.Objects;

import io.github.sqlaudit.sql.Statement;

/**
 * A rule that judges a script as a whole (mixing, counts, repeated changes, parse failures). Scripts are streamed,
 * so a script rule sees the statements one at a time through a {@link Check} made for each script, and keeps only
 * the little state it needs; it never holds the script.
 */
public non-sealed interface ScriptRule extends Rule {

    /** A fresh check for one script, with the configured value. */
    Check start(RuleValue value);

    /** The state of the rule over one script. */
    interface Check {

        /** What is wrong at this statement, given the ones before it; empty when nothing is. */
        List<String> accept(Statement statement);

        /** What can only be said at the end of the script, each pointing at a statement it saw. */
        default List<Finding> finish() {
            return List.of();
        }
    }

    /** Makes the check of a declarative catalog entry for one script. */
    @FunctionalInterface
    interface Factory {
        Check start(RuleValue value);
    }

    static ScriptRule of(RuleSpec spec, Factory factory) {
        return new Declared(spec, factory);
    }

    /** A declarative entry. */
    record Declared(RuleSpec spec, Factory factory) implements ScriptRule {
        public Declared {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(factory, "factory");
        }

        @Override
        public Check start(RuleValue value) {
            return factory.start(value);
        }
    }
}
