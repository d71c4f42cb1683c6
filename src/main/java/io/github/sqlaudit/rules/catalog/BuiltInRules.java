package io.github.sqlaudit.rules.catalog;

import java.util.ArrayList;
import java.util.List;

import io.github.sqlaudit.rules.Rule;
import io.github.sqlaudit.rules.RuleCatalog;

/** The catalog shipped with SQL Audit: every built-in rule, by family. */
public final class BuiltInRules {

    private static final RuleCatalog CATALOG = build();

    private BuiltInRules() {
    }

    public static RuleCatalog catalog() {
        return CATALOG;
    }

    private static RuleCatalog build() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(DmlRules.all());
        rules.addAll(DdlRules.all());
        rules.addAll(NamingRules.all());
        rules.addAll(OracleRules.all());
        rules.addAll(ScriptRules.all());
        rules.addAll(PlanRules.all());
        return new RuleCatalog(rules);
    }
}
