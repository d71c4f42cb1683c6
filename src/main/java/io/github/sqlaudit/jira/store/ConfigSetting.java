package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/** One setting of the plugin (the DBA group, for example), by key. */
public interface ConfigSetting extends Entity {

    @NotNull
    @Unique
    String getSettingKey();
    void setSettingKey(String settingKey);

    String getSettingValue();
    void setSettingValue(String settingValue);
}
