package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** One configuration change: who, when (epoch milliseconds, UTC), what, old and new value. Rows are only added. */
public interface ConfigAuditEntry extends Entity {

    @NotNull
    @Indexed
    long getChangedAt();
    void setChangedAt(long changedAt);

    @NotNull
    String getUserKey();
    void setUserKey(String userKey);

    /** A {@code ConfigChange.Area} name. */
    @NotNull
    String getArea();
    void setArea(String area);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getSubject();
    void setSubject(String subject);

    @StringLength(StringLength.UNLIMITED)
    String getOldValue();
    void setOldValue(String oldValue);

    @StringLength(StringLength.UNLIMITED)
    String getNewValue();
    void setNewValue(String newValue);
}
