package io.github.sqlaudit.execute;

import io.github.sqlaudit.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A script that passed review, identified by the SHA-256 of its exact bytes. Only bytes with that hash may
 * run: the executor and the ledger key everything by it.
 */
public record ApprovedScript(String name, String sha256) {

    public ApprovedScript {
        Objects.requireNonNull(name, "name");
        sha256 = Objects.requireNonNull(sha256, "sha256").toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
    }

    /**
     * Checks the file's current bytes against the approved hash.
     *
     * @throws ScriptChangedException when they differ
     */
    public void verify(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            verify(in);
        }
    }

    /** Checks streamed bytes against the approved hash. */
    public void verify(InputStream in) throws IOException {
        String actual = Sha256.of(in);
        if (!actual.equals(sha256)) {
            throw new ScriptChangedException(name, sha256, actual);
        }
    }
}
