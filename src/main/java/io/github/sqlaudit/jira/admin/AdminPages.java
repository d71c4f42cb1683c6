package io.github.sqlaudit.jira.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import io.github.sqlaudit.cmdb.Finding;
import io.github.sqlaudit.config.AuditLog;
import io.github.sqlaudit.config.CmdbAdministration;
import io.github.sqlaudit.config.ConfigChange;
import io.github.sqlaudit.config.PluginSettings;
import io.github.sqlaudit.config.RuleConfiguration;
import io.github.sqlaudit.rules.Rule;
import io.github.sqlaudit.rules.RuleConfig;
import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.config.RuleTemplate;
import io.github.sqlaudit.rules.config.RuleTemplates;

/**
 * The data of each admin page as plain maps, lists, strings and booleans: what the Velocity templates read
 * (nothing there calls a method of ours, so Jira's Velocity allow-list needs no entry). Built here, tested
 * here, rendered by {@link AdminServlet}.
 */
public final class AdminPages {

    /** The plugin key (groupId.artifactId, as in the pom): the admin script's download address uses it. */
    public static final String PLUGIN_KEY = "io.github.sqlaudit.sqlaudit-jira";
    public static final String WEB_RESOURCE = "sqlaudit-admin";
    public static final String SERVLET_PATH = "/plugins/servlet/sqlaudit/admin";
    public static final String REST_PATH = "/rest/sqlaudit/1.0";
    public static final int AUDIT_PAGE_SIZE = 50;

    /** The pages, in menu order: path below the servlet → template and title key. */
    public enum Page {
        RULES("rules", "sqlaudit.admin.rules.title", "sqlaudit.admin.rules.link"),
        ASSIGNMENTS("assignments", "sqlaudit.admin.assignments.title", "sqlaudit.admin.assignments.link"),
        CMDB("cmdb", "sqlaudit.admin.cmdb.title", "sqlaudit.admin.cmdb.link"),
        AUDIT_LOG("audit-log", "sqlaudit.admin.auditlog.title", "sqlaudit.admin.auditlog.link");

        public final String path;
        public final String titleKey;
        public final String linkKey;

        Page(String path, String titleKey, String linkKey) {
            this.path = path;
            this.titleKey = titleKey;
            this.linkKey = linkKey;
        }

        public String template() {
            return "templates/admin/" + path + ".vm";
        }

        /** The page for a servlet path info ({@code /rules}); the rules page for none. */
        public static java.util.Optional<Page> of(String pathInfo) {
            String path = pathInfo == null ? "" : pathInfo.replaceAll("^/+|/+$", "");
            if (path.isEmpty()) {
                return java.util.Optional.of(RULES);
            }
            for (Page page : values()) {
                if (page.path.equals(path)) {
                    return java.util.Optional.of(page);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Messages messages;
    private final RuleConfiguration rules;
    private final CmdbAdministration cmdb;
    private final AuditLog auditLog;
    private final PluginSettings settings;

    public AdminPages(Messages messages, RuleConfiguration rules, CmdbAdministration cmdb, AuditLog auditLog,
                      PluginSettings settings) {
        this.messages = messages;
        this.rules = rules;
        this.cmdb = cmdb;
        this.auditLog = auditLog;
        this.settings = settings;
    }

    /** What every page shows: texts, addresses, the menu. */
    public Map<String, Object> common(Page page, String contextPath) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("text", messages.all());
        context.put("title", messages.text(page.titleKey));
        context.put("page", page.path);
        context.put("baseUrl", contextPath);
        context.put("servletUrl", contextPath + SERVLET_PATH);
        context.put("restUrl", contextPath + REST_PATH);
        context.put("scriptUrl", contextPath + "/download/resources/" + PLUGIN_KEY + ":" + WEB_RESOURCE + "/admin.js");
        List<Map<String, Object>> menu = new ArrayList<>();
        for (Page each : Page.values()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("path", each.path);
            item.put("label", messages.text(each.linkKey));
            item.put("url", contextPath + SERVLET_PATH + "/" + each.path);
            item.put("current", each == page);
            menu.add(item);
        }
        context.put("menu", menu);
        context.put("dbaGroup", settings.dbaGroup().orElse(""));
        return context;
    }

    /** The rules page: every rule of the catalog as the chosen template sets it. */
    public Map<String, Object> rules(String contextPath, String templateName) {
        Map<String, Object> context = common(Page.RULES, contextPath);
        RuleTemplates templates = rules.current();
        String selected = templateName == null || templates.template(templateName).isEmpty()
                ? RuleTemplates.DEFAULT : templateName;
        RuleTemplate template = templates.template(selected).orElseThrow();
        Map<String, RuleConfig> effective = templates.resolve(selected).configs();
        Map<String, RuleConfig> defaults = templates.resolve(RuleTemplates.DEFAULT).configs();
        List<String> names = new ArrayList<>();
        names.add(RuleTemplates.DEFAULT);
        templates.templates().forEach(t -> names.add(t.name()));
        JsonObject overrides = rules.documents().object(template).getAsJsonObject("rules");
        List<Map<String, Object>> rows = new ArrayList<>();
        int overridden = 0;
        int differing = 0;
        for (Rule rule : rules.catalog().rules()) {
            RuleSpec spec = rule.spec();
            RuleConfig config = effective.get(spec.code());
            boolean isOverridden = template.rules().containsKey(spec.code());
            boolean differs = !config.equals(defaults.get(spec.code()));
            overridden += isOverridden ? 1 : 0;
            differing += differs ? 1 : 0;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", spec.code());
            row.put("name", spec.name());
            row.put("rationale", spec.rationale());
            row.put("description", config.description());
            row.put("valueType", spec.valueType().name());
            row.put("value", config.value().display());
            row.put("valueMeaning", spec.valueMeaning());
            row.put("severity", config.severity().name());
            row.put("enabled", config.enabled());
            row.put("shadow", config.shadow());
            row.put("overridden", isOverridden);
            // What this template sets for the rule, so a click changes one field and keeps the others.
            row.put("override", overrides.has(spec.code()) ? overrides.get(spec.code()).toString() : "{}");
            row.put("differs", differs);
            rows.add(row);
        }
        context.put("templates", names);
        context.put("selected", selected);
        context.put("templateDescription", template.description());
        context.put("severities", List.of(Severity.values()).stream().map(Enum::name).toList());
        context.put("rules", rows);
        context.put("summary", messages.text("sqlaudit.admin.rules.count", rows.size(), overridden, differing));
        return context;
    }

    public Map<String, Object> assignments(String contextPath) {
        Map<String, Object> context = common(Page.ASSIGNMENTS, contextPath);
        List<Map<String, Object>> rows = new ArrayList<>();
        rules.assignments().forEach(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("project", a.project());
            row.put("environment", a.environment());
            row.put("template", a.template());
            rows.add(row);
        });
        List<String> names = new ArrayList<>();
        names.add(RuleTemplates.DEFAULT);
        rules.current().templates().forEach(t -> names.add(t.name()));
        context.put("assignments", rows);
        context.put("templates", names);
        return context;
    }

    /** The CMDB page: each section's records (as pretty JSON for the edit form) and the completeness warnings. */
    public Map<String, Object> cmdb(String contextPath) {
        Map<String, Object> context = common(Page.CMDB, contextPath);
        List<Map<String, Object>> sections = new ArrayList<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        try {
            JsonObject document = cmdb.document();
            for (String section : CmdbAdministration.SECTIONS) {
                List<Map<String, Object>> records = new ArrayList<>();
                document.getAsJsonArray(section).forEach(element -> {
                    JsonObject record = element.getAsJsonObject();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", record.get("name").getAsString());
                    row.put("summary", summary(record));
                    row.put("json", PRETTY.toJson(record));
                    records.add(row);
                });
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", section);
                entry.put("records", records);
                entry.put("count", messages.text("sqlaudit.admin.cmdb.records", records.size()));
                sections.add(entry);
            }
            for (Finding finding : cmdb.validate()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("kind", finding.kind().words());
                row.put("subject", finding.subject());
                row.put("message", finding.message());
                findings.add(row);
            }
            context.put("unavailable", "");
        } catch (IllegalStateException e) {
            // No encryption key yet, for example: the page says so instead of failing.
            context.put("unavailable", messages.text("sqlaudit.admin.cmdb.unavailable", e.getMessage()));
        }
        context.put("sections", sections);
        context.put("findings", findings);
        context.put("findingsTitle", messages.text("sqlaudit.admin.cmdb.findings", findings.size()));
        return context;
    }

    /** A record's members other than its name, as {@code member: value} text. */
    private static String summary(JsonObject record) {
        List<String> parts = new ArrayList<>();
        record.entrySet().forEach(member -> {
            if (!member.getKey().equals("name") && !member.getKey().equals("attributes")) {
                String value = member.getValue().isJsonPrimitive() ? member.getValue().getAsString() : member.getValue().toString();
                parts.add(member.getKey() + ": " + value);
            }
        });
        return String.join(", ", parts);
    }

    public Map<String, Object> auditLog(String contextPath, int offset) {
        Map<String, Object> context = common(Page.AUDIT_LOG, contextPath);
        int start = Math.max(0, offset);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConfigChange change : auditLog.latest(start, AUDIT_PAGE_SIZE)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", WHEN.format(change.at()));
            row.put("user", change.user());
            row.put("area", change.area().name());
            row.put("subject", change.subject());
            row.put("oldValue", change.oldValue());
            row.put("newValue", change.newValue());
            rows.add(row);
        }
        int total = auditLog.size();
        context.put("changes", rows);
        context.put("newerOffset", start > 0 ? String.valueOf(Math.max(0, start - AUDIT_PAGE_SIZE)) : "");
        context.put("olderOffset", start + AUDIT_PAGE_SIZE < total ? String.valueOf(start + AUDIT_PAGE_SIZE) : "");
        return context;
    }
}
