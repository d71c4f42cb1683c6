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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.github.sqlaudit.audit.AuditReport;
import io.github.sqlaudit.audit.AuditService;
import io.github.sqlaudit.audit.ScriptInput;
import io.github.sqlaudit.audit.ScriptReport;
import io.github.sqlaudit.audit.Verdict;
import io.github.sqlaudit.execute.ApprovedScript;
import io.github.sqlaudit.execute.ExecutableStatements;
import io.github.sqlaudit.execute.ExecutionLedger;
import io.github.sqlaudit.execute.ExecutionListener;
import io.github.sqlaudit.execute.ExecutionOptions;
import io.github.sqlaudit.execute.ExecutionRefusedException;
import io.github.sqlaudit.execute.ExecutionResult;
import io.github.sqlaudit.execute.ScriptExecutor;
import io.github.sqlaudit.plan.JdbcReviewTarget;
import io.github.sqlaudit.plan.ReviewConnectionException;
import io.github.sqlaudit.report.TextReport;
import io.github.sqlaudit.rules.ResolvedRules;
import io.github.sqlaudit.rules.RuleEngine;
import io.github.sqlaudit.rules.Waivers;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.sql.Dialect;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sqlaudit demo}: the whole flow on a throw-away MariaDB with the demo shop. Audits the example
 * scripts, executes those that passed or warned (only the exact bytes the audit hashed), shows the
 * ledger, and runs them a second time to show that nothing runs twice.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Audit the examples on an embedded MariaDB, execute the approved ones, show the ledger.")
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--examples", defaultValue = "examples", paramLabel = "DIR",
            description = "Folder of .sql scripts to audit and execute (default: ${DEFAULT-VALUE}).")
    Path examples;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> scripts;
        try (Stream<Path> files = Files.list(examples)) {
            scripts = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            err.println(examples + ": cannot list the example scripts: " + e.getMessage());
            return SqlAuditCommand.EXIT_USAGE;
        }
        if (scripts.isEmpty()) {
            err.println(examples + ": no .sql scripts");
            return SqlAuditCommand.EXIT_USAGE;
        }
        try (EmbeddedMariaDb db = Demo.startShop(err)) {
            out.println("== 1. Audit (EXPLAIN on the target, rules of the default template)");
            AuditReport report;
            try (JdbcReviewTarget target = new JdbcReviewTarget(db.jdbcUrl(), EmbeddedMariaDb.USER,
                    EmbeddedMariaDb.PASSWORD, Duration.ofSeconds(10))) {
                List<ScriptInput> inputs = new ArrayList<>();
                scripts.forEach(p -> inputs.add(ScriptInput.of(p, Dialect.MARIADB)));
                report = new AuditService(new RuleEngine(BuiltInRules.catalog()), Clock.systemUTC())
                        .audit(inputs, Optional.of(target), "default", ResolvedRules.defaults(), Waivers.none());
            }
            out.print(new TextReport().render(report));

            out.println();
            out.println("== 2. Execute what passed or warned (the audited bytes only, exactly once)");
            List<ScriptReport> approved = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER,
                    EmbeddedMariaDb.PASSWORD)) {
                for (ScriptReport script : report.scripts()) {
                    if (script.verdict() == Verdict.BLOCK) {
                        out.println(script.name() + ": not executed, the audit blocked it");
                        continue;
                    }
                    approved.add(script);
                    out.print(execute(connection, script));
                }
                out.println();
                out.println("== 3. The ledger in the target (" + ExecutionLedger.DEFAULT_TABLE + ")");
                ExecutionLedger ledger = new ExecutionLedger();
                for (ScriptReport script : approved) {
                    for (ExecutionLedger.Entry entry : ledger.entries(connection, script.sha256())) {
                        out.printf(Locale.ROOT, "%-36s statement %3d  line %3d  %-7s %,8d rows  %5d ms  by %s%n",
                                script.name(), entry.statementIndex() + 1, entry.startLine(), entry.status(),
                                entry.rowsAffected(), entry.durationMillis(), entry.executedBy());
                    }
                }
                out.println();
                out.println("== 4. Run the approved scripts again: the ledger keeps every statement to one run");
                for (ScriptReport script : approved) {
                    out.print(execute(connection, script));
                }
            }
            out.flush();
            return SqlAuditCommand.EXIT_OK;
        } catch (ReviewConnectionException | SQLException e) {
            err.println("demo: " + e.getMessage());
            return SqlAuditCommand.EXIT_USAGE;
        } catch (IOException e) {
            err.println("demo: cannot read a script: " + e.getMessage());
            return SqlAuditCommand.EXIT_USAGE;
        }
    }

    private static String execute(Connection connection, ScriptReport script) throws SQLException, IOException {
        Path file = Path.of(script.name());
        ApprovedScript approved = new ApprovedScript(script.name(), script.sha256());
        approved.verify(file);
        try {
            ExecutionResult result = new ScriptExecutor(new ExecutionLedger(), Clock.systemUTC()).execute(connection,
                    approved, ExecutableStatements.of(file, script.dialect()),
                    ExecutionOptions.defaults("demo"), ExecutionListener.NONE, () -> false);
            return Demo.describe(script.name(), result);
        } catch (ExecutionRefusedException e) {
            return script.name() + ": not executed: " + e.getMessage() + "\n";
        }
    }
}
