package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/** One rule template, kept as the JSON object it is in an exported templates file. */
public interface ConfigTemplate extends Entity {

    @NotNull
    @Unique
    String getName();
    void setName(String name);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDocument();
    void setDocument(String document);
}
