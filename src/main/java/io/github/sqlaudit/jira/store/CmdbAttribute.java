package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * A typed extension attribute of any layer's record, identified by layer and record name, so new
 * attributes never need a schema change.
 */
@Preload
public interface CmdbAttribute extends Entity {

    /** A {@code Layer} name. */
    @NotNull
    String getLayer();
    void setLayer(String layer);

    @NotNull
    @Indexed
    String getOwnerName();
    void setOwnerName(String ownerName);

    @NotNull
    String getAttrKey();
    void setAttrKey(String attrKey);

    /** An {@code AttributeType} name. */
    @NotNull
    String getAttrType();
    void setAttrType(String attrType);

    @StringLength(StringLength.UNLIMITED)
    String getAttrValue();
    void setAttrValue(String attrValue);
}
