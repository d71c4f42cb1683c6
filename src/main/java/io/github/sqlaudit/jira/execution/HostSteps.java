package io.github.sqlaudit.jira.execution;

import java.time.Duration;
import java.util.Optional;

/**
 * The post-function's optional SSH steps on the database host: a command before the scripts run (a backup
 * such as {@code mysqldump}; if it fails, no script runs) and one after. Both run as the CMDB credential
 * named here (its user name is the SSH user, its stored secret the private key), on the host the CMDB puts
 * behind the execute connection, with strict host-key checking against the host's recorded fingerprint.
 *
 * @param preCommand     run before each script; empty for none
 * @param postCommand    run after each script that completed; empty for none
 * @param sshCredential  CMDB credential holding the SSH user and private key; needed when a command is set
 * @param timeoutSeconds how long one command may take
 */
public record HostSteps(String preCommand, String postCommand, String sshCredential, int timeoutSeconds) {

    static final int MAX_COMMAND = 2000;
    static final int MAX_TIMEOUT_SECONDS = 24 * 3600;

    public static HostSteps none() {
        return new HostSteps("", "", "", 600);
    }

    public HostSteps {
        preCommand = command(preCommand, "Pre command");
        postCommand = command(postCommand, "Post command");
        sshCredential = sshCredential == null ? "" : sshCredential.strip();
        if (sshCredential.isEmpty() && (!preCommand.isEmpty() || !postCommand.isEmpty())) {
            throw new IllegalArgumentException("SSH credential: give the CMDB credential (SSH user and private key)"
                    + " the pre and post commands run as");
        }
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("Host step timeout (s) must be between 1 and " + MAX_TIMEOUT_SECONDS
                    + ", not " + timeoutSeconds);
        }
    }

    public Optional<String> pre() {
        return preCommand.isEmpty() ? Optional.empty() : Optional.of(preCommand);
    }

    public Optional<String> post() {
        return postCommand.isEmpty() ? Optional.empty() : Optional.of(postCommand);
    }

    public boolean any() {
        return pre().isPresent() || post().isPresent();
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    private static String command(String value, String label) {
        String command = value == null ? "" : value.strip();
        if (command.length() > MAX_COMMAND) {
            throw new IllegalArgumentException(label + ": at most " + MAX_COMMAND + " characters, not " + command.length());
        }
        if (command.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0)) {
            throw new IllegalArgumentException(label + ": one line only (put longer steps in a script on the host)");
        }
        return command;
    }
}
