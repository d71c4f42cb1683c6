package io.github.sqlaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.sqlaudit.cmdb.CmdbImport;
import io.github.sqlaudit.cmdb.CmdbJson;
import io.github.sqlaudit.cmdb.CmdbKeys;
import io.github.sqlaudit.cmdb.CompletenessValidator;
import io.github.sqlaudit.cmdb.Finding;
import io.github.sqlaudit.cmdb.InMemoryCmdbRepository;
import io.github.sqlaudit.cmdb.RecordError;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sqlaudit cmdb ...}: work with CMDB files outside Jira. */
@Command(name = "cmdb", mixinStandardHelpOptions = true,
        description = "Checks CMDB files before they are imported into Jira, and makes encryption keys.",
        subcommands = {CmdbCommand.Validate.class, CmdbCommand.Keygen.class})
public final class CmdbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the checks of a Jira import on a file: every record refused (with its line), then everything an
     * automated review, execution or SSH step would still lack.
     */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Validates a CMDB JSON file as the Jira import does, then reports what automated review,",
                    "execution and SSH steps would still lack. Exit 0: complete; 1: errors or findings; 2: unreadable file."})
    static final class Validate implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The CMDB JSON file (format sqlaudit-cmdb/1).")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            CmdbImport read;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read = CmdbJson.read(in, file.toString());
            } catch (IOException e) {
                err.println(file + ": cannot read the file: " + e.getMessage());
                return SqlAuditCommand.EXIT_USAGE;
            }
            for (RecordError error : read.errors()) {
                out.println("ERROR " + error);
            }
            if (!read.ok()) {
                out.println(file + ": " + read.errors().size() + " record error(s); Jira would import nothing from this file.");
                return SqlAuditCommand.EXIT_FINDINGS;
            }
            List<Finding> findings = new CompletenessValidator(new InMemoryCmdbRepository(read.cmdb(), read.secrets())).validate();
            for (Finding finding : findings) {
                out.println("INCOMPLETE " + finding);
            }
            out.println(file + ": " + read.cmdb().dataServices().size() + " data service(s), " + read.cmdb().size()
                    + " record(s), 0 errors, " + findings.size() + " finding(s).");
            return findings.isEmpty() ? SqlAuditCommand.EXIT_OK : SqlAuditCommand.EXIT_FINDINGS;
        }
    }

    /** Prints a new key entry for the CMDB key file or the environment variable. */
    @Command(name = "keygen", mixinStandardHelpOptions = true,
            description = {"Prints a new AES-256 key entry '<id>:<base64>' for " + CmdbKeys.KEY_FILE + " in Jira's shared home",
                    "or the " + CmdbKeys.ENVIRONMENT_VARIABLE + " variable. Put it first to make it the active key."})
    static final class Keygen implements Callable<Integer> {

        @Option(names = "--id", defaultValue = "k1", description = "Key id (letters, digits, _ . -), e.g. the date: ${DEFAULT-VALUE}.")
        String id;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                spec.commandLine().getOut().println(CmdbKeys.newEntry(id));
                return SqlAuditCommand.EXIT_OK;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return SqlAuditCommand.EXIT_USAGE;
            }
        }
    }
}
