package io.github.sqlaudit.config;

import java.time.Clock;
import java.util.Optional;

import io.github.sqlaudit.config.ConfigChange.Area;

/** The plugin's own settings: the DBA group whose members configure SQL Audit beside Jira administrators. */
public final class PluginSettings {

    public static final String DBA_GROUP = "dbaGroup";

    private final ConfigurationStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    public PluginSettings(ConfigurationStore store, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Optional<String> dbaGroup() {
        return store.setting(DBA_GROUP).filter(group -> !group.isBlank());
    }

    /** Sets the DBA group; blank: only Jira administrators configure. Group names are Jira's (1 to 255 characters). */
    public void setDbaGroup(String user, String group) {
        String value = group == null ? "" : group.strip();
        if (value.length() > 255) {
            throw new io.github.sqlaudit.rules.RuleConfigurationException("dbaGroup",
                    "a Jira group name has at most 255 characters, got " + value.length());
        }
        store.inTransaction(() -> {
            String old = dbaGroup().orElse("");
            store.putSetting(DBA_GROUP, value);
            auditLog.record(new ConfigChange(clock.instant(), user, Area.SETTINGS, "DBA group", old, value));
            return null;
        });
    }
}
