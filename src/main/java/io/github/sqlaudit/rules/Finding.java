package io.github.sqlaudit.rules;

import java.util.Objects;

import io.github.sqlaudit.sql.Statement;

/** A script rule's finding: the statement it points at and what exactly is wrong there. */
public record Finding(Statement statement, String detail) {

    public Finding {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(detail, "detail");
    }
}
