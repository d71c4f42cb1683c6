package io.github.sqlaudit.cli;

import io.github.sqlaudit.ProductVersion;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sqlaudit} command line: the same core as the Jira plugin, for a developer's terminal,
 * for CI pipelines and for the demo on the embedded MariaDB.
 *
 * <p>Exit codes, for every subcommand: 0 success (or PASS/WARN), 1 findings (parse failures,
 * BLOCK verdict), 2 usage or connection errors.
 */
@Command(
        name = "sqlaudit",
        mixinStandardHelpOptions = true,
        versionProvider = SqlAuditCommand.Version.class,
        description = "Reviews SQL change scripts for MySQL, MariaDB and Oracle: parse, EXPLAIN, rules, execution.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ParseCommand.class,
                RulesCommand.class,
                AuditCommand.class,
                ExecuteCommand.class,
                DemoCommand.class,
                CmdbCommand.class
        })
public final class SqlAuditCommand implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting the JVM, so tests can call it. */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new SqlAuditCommand());
        // picocli's own default for bad usage is 2, which is our contract as well; make it explicit.
        commandLine.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        return commandLine;
    }

    @Override
    public void run() {
        // No subcommand given: show what there is to do.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version comes from the build (filtered resource), so the jar never lies about itself. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sqlaudit " + ProductVersion.get()};
        }
    }
}
