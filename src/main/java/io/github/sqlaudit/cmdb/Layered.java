package io.github.sqlaudit.cmdb;

import java.util.List;

/** What every layer record has: a name unique in its layer and extension attributes. */
public interface Layered {

    String name();

    Layer layer();

    List<Attribute> attributes();

    /** {@code host 'db1.example.com'}: how findings and errors name the record. */
    default String describe() {
        return layer().label() + " '" + name() + "'";
    }
}
