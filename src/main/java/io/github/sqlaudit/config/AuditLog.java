package io.github.sqlaudit.config;

import java.util.List;

/** Where every configuration change is recorded; nothing in it is ever changed or removed by the product. */
public interface AuditLog {

    void record(ConfigChange change);

    /** The newest changes first, skipping {@code offset} of them, at most {@code limit}. */
    List<ConfigChange> latest(int offset, int limit);

    int size();
}
