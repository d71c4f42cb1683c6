package io.github.sqlaudit.rules.doc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.sqlaudit.rules.CustomRule;
import io.github.sqlaudit.rules.Family;
import io.github.sqlaudit.rules.ResolvedRules;
import io.github.sqlaudit.rules.Rule;
import io.github.sqlaudit.rules.RuleCatalog;
import io.github.sqlaudit.rules.RuleConfig;
import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.ValueType;
import io.github.sqlaudit.rules.config.TemplatesJson;
import io.github.sqlaudit.sql.Dialect;

/**
 * The catalog as a terminal listing, as JSON for tools, and as the Markdown reference in {@code docs/rules.md}.
 * The listing and the JSON show a template's effective settings when given one; the reference always shows the
 * built-in defaults.
 */
public final class CatalogRenderer {

    private final RuleCatalog catalog;
    private final ResolvedRules settings;

    public CatalogRenderer(RuleCatalog catalog) {
        this(catalog, ResolvedRules.defaults());
    }

    public CatalogRenderer(RuleCatalog catalog, ResolvedRules settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /** One line per rule: code, severity, enabled, name, value. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Rule rule : catalog.rules()) {
            RuleSpec spec = rule.spec();
            RuleConfig config = settings.configFor(spec);
            out.append(String.format(Locale.ROOT, "%-8s %-5s %-6s %s", spec.code(), config.severity(),
                    config.enabled() ? (config.shadow() ? "shadow" : "on") : "off", spec.name()));
            if (spec.valueType() != ValueType.NONE) {
                out.append(" [").append(spec.valueMeaning()).append(": ").append(config.value().display())
                        .append(']');
            }
            out.append(" (").append(dialects(spec)).append(spec.needsTarget() ? "; needs target" : "").append(")\n");
        }
        settings.customRules().forEach(custom -> out.append(String.format(Locale.ROOT, "%-8s %-5s %-6s %s (custom)%n",
                custom.code(), custom.severity(), custom.enabled() ? (custom.shadow() ? "shadow" : "on") : "off",
                custom.name())));
        out.append(catalog.size()).append(" rules");
        if (!settings.customRules().isEmpty()) {
            out.append(" and ").append(settings.customRules().size()).append(" custom rules");
        }
        out.append(" (template ").append(settings.templateName()).append(")\n");
        return out.toString();
    }

    /** A JSON array, one object per rule with its defaults. */
    public String json() {
        JsonArray rules = new JsonArray();
        for (Rule rule : catalog.rules()) {
            RuleSpec spec = rule.spec();
            RuleConfig config = settings.configFor(spec);
            JsonObject json = new JsonObject();
            json.addProperty("code", spec.code());
            json.addProperty("family", spec.family().name());
            json.addProperty("name", spec.name());
            json.addProperty("description", config.description());
            json.addProperty("severity", config.severity().name());
            json.addProperty("enabled", config.enabled());
            json.addProperty("shadow", config.shadow());
            json.addProperty("valueType", spec.valueType().name());
            json.add("value", TemplatesJson.value(config.value()));
            if (spec.valueType() != ValueType.NONE) {
                json.addProperty("valueMeaning", spec.valueMeaning());
            }
            JsonArray dialects = new JsonArray();
            dialectList(spec).forEach(d -> dialects.add(d.cliName()));
            json.add("dialects", dialects);
            json.addProperty("needsTarget", spec.needsTarget());
            rules.add(json);
        }
        for (CustomRule custom : settings.customRules()) {
            JsonObject json = new JsonObject();
            json.addProperty("code", custom.code());
            json.addProperty("family", Family.CUS.name());
            json.addProperty("name", custom.name());
            json.addProperty("description", custom.message());
            json.addProperty("severity", custom.severity().name());
            json.addProperty("enabled", custom.enabled());
            json.addProperty("shadow", custom.shadow());
            json.addProperty("valueType", ValueType.NONE.name());
            json.add("value", com.google.gson.JsonNull.INSTANCE);
            JsonArray dialects = new JsonArray();
            Arrays.stream(Dialect.values()).forEach(d -> dialects.add(d.cliName()));
            json.add("dialects", dialects);
            json.addProperty("needsTarget", false);
            rules.add(json);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(rules)
                + "\n";
    }

    /** The reference page: a summary per family, then every rule with its rationale and defaults. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Rule reference\n\n");
        out.append("<!-- Generated from the rule catalog by the build (io.github.sqlaudit.rules.doc.RulesDocGenerator):"
                + " do not edit. Change the rule, then run"
                + " `mvn -o process-classes -Drules.doc.output=docs/rules.md`. -->\n\n");
        out.append("SQL Audit ships ").append(catalog.size()).append(" built-in rules. Each rule has a stable code, a "
                + "default severity (INFO, WARN or ERROR; only an enforced ERROR blocks a transition), a default "
                + "enabled flag and, for most, a typed value. DBAs change all of these per template: see "
                + "[rules-config.md](rules-config.md). Rules marked *needs target* read plan or table facts from the "
                + "target database and are reported as not evaluated when there is none.\n\n");
        out.append("| Family | Codes | Rules |\n|---|---|---|\n");
        for (Family family : Family.values()) {
            List<Rule> rules = ofFamily(family);
            if (!rules.isEmpty()) {
                out.append("| ").append(family.title()).append(" | ").append(rules.get(0).code()).append(" to ")
                        .append(rules.get(rules.size() - 1).code()).append(" | ").append(rules.size()).append(" |\n");
            }
        }
        for (Family family : Family.values()) {
            List<Rule> rules = ofFamily(family);
            if (rules.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(family.title()).append(" (").append(family.name()).append(")\n\n");
            out.append("| Code | Name | Severity | Enabled | Value | Dialects | Needs target |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            for (Rule rule : rules) {
                RuleSpec spec = rule.spec();
                out.append("| [").append(spec.code()).append("](#").append(spec.code().toLowerCase(Locale.ROOT))
                        .append(") | ").append(cell(spec.name())).append(" | ").append(spec.defaultSeverity())
                        .append(" | ").append(spec.defaultEnabled() ? "yes" : "no").append(" | ")
                        .append(valueCell(spec)).append(" | ").append(dialects(spec)).append(" | ")
                        .append(spec.needsTarget() ? "yes" : "no").append(" |\n");
            }
            for (Rule rule : rules) {
                RuleSpec spec = rule.spec();
                out.append("\n### ").append(spec.code()).append("\n\n");
                out.append("**").append(spec.name()).append("**. ").append(spec.rationale()).append("\n\n");
                out.append("- Default: ").append(spec.defaultSeverity()).append(", ")
                        .append(spec.defaultEnabled() ? "enabled" : "disabled").append('\n');
                if (spec.valueType() != ValueType.NONE) {
                    out.append("- Value (").append(spec.valueType().description()).append("): ")
                            .append(spec.valueMeaning()).append(", default `")
                            .append(spec.defaultValue().display().isEmpty() ? "(empty)" : spec.defaultValue().display())
                            .append("`\n");
                }
                out.append("- Dialects: ").append(dialects(spec)).append('\n');
                if (spec.needsTarget()) {
                    out.append("- Needs the target database (plan or table facts)\n");
                }
            }
        }
        return out.toString();
    }

    private List<Rule> ofFamily(Family family) {
        return catalog.rules().stream().filter(r -> r.spec().family() == family).toList();
    }

    private static String valueCell(RuleSpec spec) {
        if (spec.valueType() == ValueType.NONE) {
            return "";
        }
        String display = spec.defaultValue().display();
        return cell(spec.valueMeaning()) + ": `" + (display.isEmpty() ? "(empty)" : display.replace("|", "\\|"))
                + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static List<Dialect> dialectList(RuleSpec spec) {
        return spec.dialects().stream().sorted().toList();
    }

    private static String dialects(RuleSpec spec) {
        return dialectList(spec).stream().map(Dialect::cliName).collect(Collectors.joining(", "));
    }
}
