package io.github.sqlaudit.rules.catalog;

import static io.github.sqlaudit.rules.RuleSpec.ALL_DIALECTS;
import static io.github.sqlaudit.rules.RuleValue.regex;
import static io.github.sqlaudit.rules.RuleValue.threshold;
import static io.github.sqlaudit.rules.catalog.Checks.limit;

import java.util.List;
import java.util.Locale;

import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.rules.catalog.NewNames.Kind;

/** Naming: conventions for the names a change introduces, so schemas stay readable and portable. */
final class NamingRules {

    /** Case is judged by NAM-011; Oracle folds unquoted names to upper case, so the patterns ignore it. */
    private static final String SNAKE_CASE = "(?i)[a-z][a-z0-9_]*";

    private NamingRules() {
    }

    static List<StatementRule> all() {
        return List.of(
                pattern("NAM-001", Kind.TABLE, SNAKE_CASE),
                pattern("NAM-002", Kind.COLUMN, SNAKE_CASE),
                pattern("NAM-003", Kind.INDEX, "(?i)idx_[a-z0-9_]+"),
                pattern("NAM-004", Kind.UNIQUE_KEY, "(?i)uk_[a-z0-9_]+"),
                pattern("NAM-005", Kind.FOREIGN_KEY, "(?i)fk_[a-z0-9_]+"),
                pattern("NAM-006", Kind.VIEW, "(?i)v_[a-z0-9_]+"),
                pattern("NAM-007", Kind.PROCEDURE, "(?i)sp_[a-z0-9_]+"),
                pattern("NAM-008", Kind.FUNCTION, "(?i)fn_[a-z0-9_]+"),
                pattern("NAM-009", Kind.TRIGGER, "(?i)trg_[a-z0-9_]+"),
                pattern("NAM-010", Kind.DATABASE, SNAKE_CASE),
                StatementRule.of(RuleSpec.code("NAM-011")
                        .name("Lowercase names")
                        .rationale("Table names are case-sensitive on some platforms and not on others "
                                + "(lower_case_table_names), so mixed case breaks when a schema moves. Use lowercase "
                                + "names.")
                        .severity(Severity.INFO).dialects(RuleSpec.MYSQL_FAMILY).build(),
                        (ctx, v) -> NewNames.of(ctx.statement()).stream()
                                .filter(n -> !n.name().equals(n.name().toLowerCase(Locale.ROOT)))
                                .map(n -> n.describe() + " is not lowercase")
                                .toList()),
                StatementRule.of(RuleSpec.code("NAM-012")
                        .name("Name longer than N characters")
                        .rationale("Long names are truncated in tools and reports and exceed the limits of some "
                                + "targets (Oracle before 12.2 allows 30). Shorten the name.")
                        .value(threshold(48), "maximum name length in characters")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> NewNames.of(ctx.statement()).stream()
                                .filter(n -> n.name().length() > limit(v))
                                .map(n -> n.describe() + " has " + n.name().length() + " characters (limit "
                                        + limit(v) + ")")
                                .toList()),
                StatementRule.of(RuleSpec.code("NAM-013")
                        .name("Reserved word as a name")
                        .rationale("A name that is a reserved word must be quoted in every statement that uses "
                                + "it, and an unquoted use fails to parse. Pick another name. The value adds house "
                                + "words to the dialect's reserved words.")
                        .value(new RuleValue.Names(List.of()), "additional words to treat as reserved")
                        .severity(Severity.WARN).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> NewNames.of(ctx.statement()).stream()
                                .filter(n -> ReservedWords.isReserved(ctx.statement().dialect(), n.name())
                                        || Checks.names(v).containsIgnoreCase(n.name()))
                                .map(n -> n.describe() + " is a reserved word")
                                .toList()),
                StatementRule.of(RuleSpec.code("NAM-014")
                        .name("Temporary or backup table name")
                        .rationale("Names like tmp_orders or orders_bak mark copies that are forgotten and keep "
                                + "using space and backups. Drop the copy in the same change, or give the table a "
                                + "real name.")
                        .value(regex("(?i)(tmp|temp|bak|backup|old|copy)_.*|.*_(tmp|temp|bak|backup|old|copy|"
                                + "\\d{6,8})"), "names that mark a temporary or backup table")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> NewNames.of(ctx.statement()).stream()
                                .filter(n -> n.kind() == Kind.TABLE && Checks.regex(v).matchesWhole(n.name()))
                                .map(n -> n.describe() + " looks like a temporary or backup copy")
                                .toList()));
    }

    private static StatementRule pattern(String code, Kind kind, String defaultPattern) {
        RuleSpec spec = RuleSpec.code(code)
                .name(capitalized(kind.label()) + " name pattern")
                .rationale("Names that follow one convention tell readers what an object is without looking it up. "
                        + "Rename the " + kind.label() + " to match the pattern.")
                .value(regex(defaultPattern), "regular expression every " + kind.label() + " name must match")
                .severity(Severity.INFO).dialects(ALL_DIALECTS).build();
        return StatementRule.of(spec, (ctx, v) -> NewNames.of(ctx.statement()).stream()
                .filter(n -> n.kind() == kind && !Checks.regex(v).matchesWhole(n.name()))
                .map(n -> n.describe() + " does not match " + Checks.regex(v).source())
                .toList());
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
