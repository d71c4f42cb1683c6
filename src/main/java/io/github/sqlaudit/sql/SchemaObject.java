package io.github.sqlaudit.sql;

import java.util.Objects;

/** A named schema object: what a DDL statement creates, drops or renames. */
public record SchemaObject(ObjectType type, TableRef name) {

    public SchemaObject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
