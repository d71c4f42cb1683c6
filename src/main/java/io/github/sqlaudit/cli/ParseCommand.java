package io.github.sqlaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.ScriptReadException;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.Utf8ScriptReader;
import io.github.sqlaudit.sql.oracle.ScriptSubstitutions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sqlaudit parse}: parses scripts with our grammar and reports each statement, so a developer can check a
 * script before attaching it. Scripts are streamed; files of any size work.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Parses SQL scripts and reports every statement (kind, position, syntax errors).",
        footer = "Exit codes: 0 every statement parsed, 1 some did not, 2 usage error.")
public final class ParseCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dialect", required = true, paramLabel = "mysql|mariadb|oracle",
            description = "SQL dialect of the scripts: mysql, mariadb or oracle (SQL*Plus scripts).")
    String dialect;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl",
            description = "Output format: text (default) or jsonl (one JSON object per statement).")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Script files, UTF-8.")
    List<Path> files;

    private final Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    @Override
    public Integer call() {
        Dialect parsed = dialect();
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
            }
        }
        SqlParser parser = SqlParser.forDialect(parsed);
        long passed = 0;
        long failed = 0;
        for (Path file : files) {
            try (Reader reader = utf8Reader(file)) {
                Iterator<Statement> statements = parser.statements(reader);
                ScriptSubstitutions substitutions = new ScriptSubstitutions(); // SQL*Plus's &name, per script
                while (statements.hasNext()) {
                    Statement statement = statements.next();
                    if (statement.ok()) {
                        passed++;
                    } else {
                        failed++;
                    }
                    List<String> variables = parsed == Dialect.ORACLE ? substitutions.of(statement) : List.of();
                    out.println(format == Format.jsonl ? json(file, statement, variables)
                            : text(file, statement, variables));
                }
            } catch (ScriptReadException e) {
                failed++;
                out.println(format == Format.jsonl ? readFailureJson(file, e) : file + ":" + e.line() + ": " + e.getMessage());
            } catch (NoSuchFileException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
            } catch (IOException e) {
                failed++;
                out.println(format == Format.jsonl ? readFailureJson(file, new ScriptReadException(1, e))
                        : file + ": cannot read: " + e.getMessage());
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? SqlAuditCommand.EXIT_OK : SqlAuditCommand.EXIT_FINDINGS;
    }

    private Dialect dialect() {
        String name = dialect.toLowerCase(Locale.ROOT);
        if (!name.equals("mysql") && !name.equals("mariadb") && !name.equals("oracle")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unsupported --dialect '" + dialect + "': expected mysql, mariadb or oracle");
        }
        return Dialect.fromName(name);
    }

    /** Strict UTF-8: a Latin-1 file is reported with its line instead of being read as garbage. */
    private static Reader utf8Reader(Path file) throws IOException {
        return new Utf8ScriptReader(Files.newInputStream(file));
    }

    private static String text(Path file, Statement statement, List<String> variables) {
        String uses = variables.isEmpty() ? "" : " (substitution variables " + String.join(", ", variables) + ")";
        if (statement.ok()) {
            return file + ":" + statement.startLine() + ": " + statement.kind() + " ok" + uses;
        }
        return file + ":" + statement.error().orElseThrow().describe() + " (" + statement.kind() + ")" + uses;
    }

    private String json(Path file, Statement statement, List<String> variables) {
        JsonObject record = new JsonObject();
        record.addProperty("file", file.toString());
        record.addProperty("index", statement.index());
        record.addProperty("line", statement.startLine());
        record.addProperty("column", statement.start().column());
        record.addProperty("endLine", statement.end().line());
        record.addProperty("kind", statement.kind().name());
        record.addProperty("ok", statement.ok());
        record.addProperty("error", statement.error().map(e -> e.describe()).orElse(null));
        if (!variables.isEmpty()) { // Oracle: SQL*Plus replaces these before the server sees the statement
            JsonArray names = new JsonArray();
            variables.forEach(names::add);
            record.add("substitutionVariables", names);
        }
        return gson.toJson(record);
    }

    private String readFailureJson(Path file, ScriptReadException e) {
        JsonObject record = new JsonObject();
        record.addProperty("file", file.toString());
        record.addProperty("line", e.line());
        record.addProperty("kind", "OTHER");
        record.addProperty("ok", false);
        record.addProperty("error", e.getMessage());
        return gson.toJson(record);
    }
}
