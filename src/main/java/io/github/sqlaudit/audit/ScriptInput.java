package io.github.sqlaudit.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import io.github.sqlaudit.sql.Dialect;

/** A script to audit: a name for messages, its dialect, and its bytes (read once, streaming). */
public record ScriptInput(String name, Dialect dialect, Content content) {

    /** Opens the script's bytes; an attachment in Jira, a file on the command line. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public ScriptInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(content, "content");
    }

    public static ScriptInput of(Path file, Dialect dialect) {
        return new ScriptInput(file.toString(), dialect, () -> Files.newInputStream(file));
    }
}
