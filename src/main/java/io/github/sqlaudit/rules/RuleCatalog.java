package io.github.sqlaudit.rules;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A set of rules with unique codes, in a stable order (family, then code). */
public final class RuleCatalog {

    private final List<Rule> rules;
    private final Map<String, Rule> byCode;

    public RuleCatalog(List<? extends Rule> rules) {
        Map<String, Rule> indexed = new LinkedHashMap<>();
        rules.stream()
                .sorted(Comparator.comparing((Rule r) -> r.spec().family()).thenComparing(Rule::code))
                .forEach(rule -> {
                    if (indexed.putIfAbsent(rule.code(), rule) != null) {
                        throw new IllegalArgumentException("rule code " + rule.code() + " is used twice");
                    }
                });
        this.byCode = Collections.unmodifiableMap(indexed);
        this.rules = List.copyOf(indexed.values());
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public int size() {
        return rules.size();
    }
}
