package io.github.sqlaudit.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableRef;

/**
 * A rule a DBA defines without code: it fires on statements of the given kinds whose object names and text match
 * the optional patterns. Codes live in the {@code CUS-} range so they never collide with a built-in rule.
 *
 * @param message            shown with each violation: what is wrong and what to do instead
 * @param objectNamePattern  found in the name of a table or object the statement touches (unqualified name;
 *                           anchor with {@code ^...$} for a whole-name match)
 * @param textPattern        found in the statement's text (add {@code (?i)} to ignore case)
 */
public record CustomRule(
        String code,
        String name,
        String message,
        Severity severity,
        boolean enabled,
        boolean shadow,
        Set<StatementKind> kinds,
        Optional<RuleValue.Regex> objectNamePattern,
        Optional<RuleValue.Regex> textPattern) {

    public CustomRule {
        if (code == null || Family.ofCode(code).filter(f -> f == Family.CUS).isEmpty()) {
            throw new RuleConfigurationException("code", code,
                    "a custom rule code has the form CUS-001 (three digits), got '" + code + "'");
        }
        if (name == null || name.isBlank()) {
            throw new RuleConfigurationException("name", code, "a custom rule needs a name");
        }
        if (message == null || message.isBlank()) {
            throw new RuleConfigurationException("message", code, "a custom rule needs a message");
        }
        Objects.requireNonNull(severity, "severity");
        if (kinds == null || kinds.isEmpty()) {
            throw new RuleConfigurationException("kinds", code, "a custom rule needs at least one statement kind");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
        Objects.requireNonNull(objectNamePattern, "objectNamePattern");
        Objects.requireNonNull(textPattern, "textPattern");
    }

    /** What matched in this statement; empty when the rule does not fire. */
    public Optional<String> match(Statement statement) {
        if (!kinds.contains(statement.kind())) {
            return Optional.empty();
        }
        String detail = statement.kind().name();
        if (objectNamePattern.isPresent()) {
            Optional<TableRef> named = objectNames(statement).stream()
                    .filter(t -> objectNamePattern.get().pattern().matcher(t.name()).find())
                    .findFirst();
            if (named.isEmpty()) {
                return Optional.empty();
            }
            detail += " on " + named.get().qualifiedName();
        }
        if (textPattern.isPresent()) {
            if (!textPattern.get().pattern().matcher(statement.text()).find()) {
                return Optional.empty();
            }
            detail += " matching /" + textPattern.get().source() + "/";
        }
        return Optional.of(detail);
    }

    private static List<TableRef> objectNames(Statement statement) {
        List<TableRef> names = new ArrayList<>(statement.tablesWritten());
        names.addAll(statement.tablesRead());
        statement.ddl().ifPresent(ddl -> {
            ddl.object().ifPresent(o -> names.add(o.name()));
            ddl.dropped().forEach(o -> names.add(o.name()));
            ddl.renames().forEach(r -> {
                names.add(r.from());
                names.add(r.to());
            });
        });
        return names;
    }
}
