package io.github.sqlaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.github.sqlaudit.execute.ApprovedScript;
import io.github.sqlaudit.execute.ExecutableStatements;
import io.github.sqlaudit.execute.ExecutionLedger;
import io.github.sqlaudit.execute.ExecutionOptions;
import io.github.sqlaudit.execute.ExecutionRefusedException;
import io.github.sqlaudit.execute.ExecutionResult;
import io.github.sqlaudit.execute.ScriptChangedException;
import io.github.sqlaudit.execute.ScriptExecutor;
import io.github.sqlaudit.execute.TransactionMode;
import io.github.sqlaudit.sql.Dialect;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sqlaudit execute}: runs an approved script exactly once, resumably, recording every statement in
 * the target's ledger. Refuses a file whose SHA-256 is not the approved one. Exit 0 when the script has
 * completed, 1 when it failed or was refused, 2 for usage or connection errors.
 */
@Command(name = "execute", mixinStandardHelpOptions = true,
        description = "Execute an approved script on a MySQL, MariaDB or Oracle target, exactly once and resumably.")
final class ExecuteCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "embedded|JDBC-URL",
            description = "jdbc:mysql://..., jdbc:mariadb://... or jdbc:oracle:thin:@//host:port/service, or 'embedded'"
                    + " (a throw-away MariaDB with the demo shop).")
    String target;

    @Option(names = "--sha256", required = true, paramLabel = "HEX",
            description = "The SHA-256 the audit recorded for the approved bytes; any other content is refused.")
    String sha256;

    @Option(names = "--user", description = "Database user.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Environment variable holding the password.")
    String passwordEnv;

    @Option(names = "--dialect", paramLabel = "mysql|mariadb|oracle",
            description = "Dialect of the script (default: from the target URL; mariadb for 'embedded').")
    String dialect;

    @Option(names = "--batch-size", defaultValue = "100", description = "Row changes per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--transaction", defaultValue = "per-batch", paramLabel = "per-statement|per-batch|whole-script",
            description = "How much one transaction holds (default: ${DEFAULT-VALUE}).")
    String transaction;

    @Option(names = "--continue-on-error", description = "Record a failing statement and go on (default: stop).")
    boolean continueOnError;

    @Option(names = "--executed-by", description = "Who runs it, for the ledger (default: the OS user).")
    String executedBy = System.getProperty("user.name");

    @Parameters(arity = "1", paramLabel = "FILE", description = "The approved script.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ApprovedScript script;
        ExecutionOptions options;
        Dialect scriptDialect;
        try {
            script = new ApprovedScript(file.toString(), sha256);
            script.verify(file);
            options = options();
            scriptDialect = scriptDialect(target, dialect);
        } catch (ScriptChangedException e) {
            err.println(e.getMessage());
            return SqlAuditCommand.EXIT_FINDINGS;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return SqlAuditCommand.EXIT_USAGE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return SqlAuditCommand.EXIT_USAGE;
        }
        try {
            ScriptExecutor.check(ExecutableStatements.of(file, scriptDialect), options); // before connecting
        } catch (ExecutionRefusedException e) {
            err.println(file + ": not executed: " + e.getMessage());
            return SqlAuditCommand.EXIT_FINDINGS;
        }
        try (EmbeddedMariaDb embedded = target.equals("embedded") ? Demo.startShop(err) : null;
                Connection connection = connect(embedded)) {
            ExecutionResult result = new ScriptExecutor(new ExecutionLedger(), Clock.systemUTC()).execute(connection,
                    script, ExecutableStatements.of(file, scriptDialect), options,
                    (done, total, rows, elapsed) -> err.printf(Locale.ROOT, "  %d/%d statements, %d rows, %d ms%n",
                            done, total, rows, elapsed.toMillis()),
                    () -> false);
            out.print(Demo.describe(file.toString(), result));
            out.flush();
            return result.status() == ExecutionResult.Status.COMPLETED ? SqlAuditCommand.EXIT_OK
                    : SqlAuditCommand.EXIT_FINDINGS;
        } catch (ExecutionRefusedException e) {
            err.println(file + ": not executed: " + e.getMessage());
            return SqlAuditCommand.EXIT_FINDINGS;
        } catch (SQLException e) {
            err.println("target: " + e.getMessage());
            return SqlAuditCommand.EXIT_USAGE;
        }
    }

    /**
     * The script's dialect: as given, or told by the target URL. An Oracle script cannot run on a MySQL target
     * or the other way round.
     */
    static Dialect scriptDialect(String target, String given) {
        String url = target.toLowerCase(Locale.ROOT);
        Dialect fromTarget = url.startsWith("jdbc:oracle:") ? Dialect.ORACLE
                : url.startsWith("jdbc:mysql:") ? Dialect.MYSQL : Dialect.MARIADB;
        if (given == null) {
            return fromTarget;
        }
        Dialect dialect = Dialect.fromName(given);
        if ((dialect == Dialect.ORACLE) != (fromTarget == Dialect.ORACLE)) {
            throw new IllegalArgumentException("--dialect " + dialect.cliName() + " does not fit the target "
                    + target + ": " + (fromTarget == Dialect.ORACLE ? "an Oracle target runs Oracle scripts"
                            : "a MySQL/MariaDB target runs MySQL or MariaDB scripts"));
        }
        return dialect;
    }

    private ExecutionOptions options() {
        TransactionMode mode = switch (transaction.toLowerCase(Locale.ROOT)) {
            case "per-statement" -> TransactionMode.PER_STATEMENT;
            case "per-batch" -> TransactionMode.PER_BATCH;
            case "whole-script" -> TransactionMode.WHOLE_SCRIPT;
            default -> throw new IllegalArgumentException("unsupported --transaction '" + transaction
                    + "': expected per-statement, per-batch or whole-script");
        };
        return new ExecutionOptions(batchSize, !continueOnError, mode, Duration.ZERO, 0, executedBy);
    }

    private Connection connect(EmbeddedMariaDb embedded) throws SQLException {
        if (embedded != null) {
            return DriverManager.getConnection(embedded.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
        }
        String url = target.toLowerCase(Locale.ROOT).startsWith("jdbc:mariadb:")
                ? "jdbc:mysql:" + target.substring("jdbc:mariadb:".length()) : target;
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:mysql:") && !lower.startsWith("jdbc:oracle:")) {
            throw new SQLException("unsupported target '" + target + "': the executor runs on MySQL, MariaDB and"
                    + " Oracle (jdbc:mysql://, jdbc:mariadb:// or jdbc:oracle:thin:@...)");
        }
        String password = passwordEnv == null ? "" : System.getenv(passwordEnv);
        if (password == null) {
            throw new SQLException("--password-env " + passwordEnv + ": no such environment variable");
        }
        return DriverManager.getConnection(url, user, password);
    }
}
