package io.github.sqlaudit.rules;

/**
 * A built-in rule: its metadata ({@link RuleSpec}) and its check. A rule looks either at one statement at a time
 * ({@link StatementRule}) or at the whole script ({@link ScriptRule}); the engine applies configuration, shadow
 * mode and waivers, so a rule only answers "what is wrong here, given this value".
 */
public sealed interface Rule permits StatementRule, ScriptRule {

    RuleSpec spec();

    default String code() {
        return spec().code();
    }
}
