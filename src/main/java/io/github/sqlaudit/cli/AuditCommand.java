package io.github.sqlaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.github.sqlaudit.audit.AuditReport;
import io.github.sqlaudit.audit.AuditService;
import io.github.sqlaudit.audit.ScriptInput;
import io.github.sqlaudit.audit.Verdict;
import io.github.sqlaudit.plan.JdbcReviewTarget;
import io.github.sqlaudit.plan.ReviewConnectionException;
import io.github.sqlaudit.plan.ReviewTarget;
import io.github.sqlaudit.report.HtmlReport;
import io.github.sqlaudit.report.JsonReport;
import io.github.sqlaudit.report.TextReport;
import io.github.sqlaudit.rules.ResolvedRules;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.RuleEngine;
import io.github.sqlaudit.rules.Waivers;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.rules.config.RuleTemplates;
import io.github.sqlaudit.rules.config.TemplatesJson;
import io.github.sqlaudit.sql.Dialect;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sqlaudit audit}: the review a Jira transition runs, from the command line. Parses the scripts,
 * explains their queries and data changes on the target (never running them), applies the rule template
 * and prints the report. Exit 0 for PASS or WARN, 1 for BLOCK, 2 for usage or connection errors.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit SQL scripts against a target database: plan metrics and rule violations.")
final class AuditCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--target", paramLabel = "embedded|JDBC-URL",
            description = "Where to EXPLAIN: 'embedded' (a MariaDB with the demo shop, started here),"
                    + " jdbc:mysql://..., jdbc:mariadb://... or jdbc:oracle:thin:@...; omit to audit without a database.")
    String target;

    @Option(names = "--user", description = "Database user for a JDBC target.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Name of the environment variable that holds the password (never on the command line).")
    String passwordEnv;

    @Option(names = "--dialect", paramLabel = "mysql|mariadb|oracle",
            description = "Dialect of the scripts (default: mariadb for the embedded target and jdbc:mariadb,"
                    + " oracle for jdbc:oracle, mysql otherwise).")
    String dialect;

    @Option(names = "--template", paramLabel = "FILE|NAME",
            description = "A templates JSON file (its 'default' template applies), or a template name in --templates.")
    String template;

    @Option(names = "--templates", paramLabel = "FILE", description = "A templates JSON file to take --template NAME from.")
    Path templatesFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Statement timeout for each EXPLAIN and catalog query (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Script files, UTF-8.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            String renderer = format.toLowerCase(Locale.ROOT);
            if (!List.of("text", "json", "html").contains(renderer)) {
                err.println("unsupported --format '" + format + "': expected text, json or html");
                return SqlAuditCommand.EXIT_USAGE;
            }
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    err.println(file + ": no such file");
                    return SqlAuditCommand.EXIT_USAGE;
                }
            }
            Dialect scriptDialect = dialect();
            RuleTemplates templates = templates();
            String templateName = templateName();
            ResolvedRules rules = templates.resolve(templateName);
            List<ScriptInput> scripts = new ArrayList<>();
            files.forEach(file -> scripts.add(ScriptInput.of(file, scriptDialect)));
            AuditService service = new AuditService(new RuleEngine(BuiltInRules.catalog()), Clock.systemUTC());

            AuditReport report;
            try (EmbeddedMariaDb embedded = target != null && target.equals("embedded") ? Demo.startShop(err) : null;
                    ReviewTarget review = reviewTarget(embedded)) {
                report = service.audit(scripts, Optional.ofNullable(review), templateName, rules, Waivers.none());
            }
            String rendered = switch (renderer) {
                case "json" -> new JsonReport().render(report);
                case "html" -> new HtmlReport().render(report);
                default -> new TextReport().render(report);
            };
            if (output != null) {
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
                err.println("report written to " + output + ": " + report.verdict());
            } else {
                out.print(rendered);
                out.flush();
            }
            return report.verdict() == Verdict.BLOCK ? SqlAuditCommand.EXIT_FINDINGS : SqlAuditCommand.EXIT_OK;
        } catch (ReviewConnectionException e) {
            err.println("target: " + e.getMessage());
            return SqlAuditCommand.EXIT_USAGE;
        } catch (UsageException | RuleConfigurationException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return SqlAuditCommand.EXIT_USAGE;
        } catch (IOException e) {
            err.println("cannot write the report: " + e.getMessage());
            return SqlAuditCommand.EXIT_USAGE;
        }
    }

    private Dialect dialect() {
        if (dialect != null) {
            String name = dialect.toLowerCase(Locale.ROOT);
            if (!List.of("mysql", "mariadb", "oracle").contains(name)) {
                throw new UsageException("unsupported --dialect '" + dialect + "': expected mysql, mariadb or oracle");
            }
            return Dialect.fromName(name);
        }
        String url = target == null ? "" : target.toLowerCase(Locale.ROOT);
        if (url.equals("embedded") || url.startsWith("jdbc:mariadb:")) {
            return Dialect.MARIADB;
        }
        return url.startsWith("jdbc:oracle:") ? Dialect.ORACLE : Dialect.MYSQL;
    }

    private RuleTemplates templates() {
        Path file = templatesFile;
        if (file == null && template != null && Files.isRegularFile(Path.of(template))) {
            file = Path.of(template);
        }
        if (file == null) {
            return RuleTemplates.defaultsOf(BuiltInRules.catalog());
        }
        try {
            return new TemplatesJson(BuiltInRules.catalog()).read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + e.getMessage());
        } catch (RuleConfigurationException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    private String templateName() {
        if (template == null || (templatesFile == null && Files.isRegularFile(Path.of(template)))) {
            return RuleTemplates.DEFAULT;
        }
        return template;
    }

    private ReviewTarget reviewTarget(EmbeddedMariaDb embedded) {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        if (embedded != null) {
            return new JdbcReviewTarget(embedded.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD, timeout);
        }
        if (target == null) {
            return null;
        }
        String password = "";
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) {
                throw new UsageException("--password-env " + passwordEnv + ": no such environment variable");
            }
        }
        return new JdbcReviewTarget(target, user, password, timeout);
    }

    /** A usage problem the user can fix by changing the command line or a file. */
    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
