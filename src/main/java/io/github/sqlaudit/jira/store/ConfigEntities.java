package io.github.sqlaudit.jira.store;

import java.util.List;

import net.java.ao.RawEntity;

/** The configuration entities (templates, assignments, audit log, settings): the {@code <ao>} module lists them. */
public final class ConfigEntities {

    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(
            ConfigTemplate.class,
            ConfigAssignment.class,
            ConfigAuditEntry.class,
            ConfigSetting.class);

    private ConfigEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] array() {
        return ALL.toArray(new Class[0]);
    }
}
