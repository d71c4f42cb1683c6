package io.github.sqlaudit.execute;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.ObjectType;
import io.github.sqlaudit.sql.SchemaObject;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableRef;
import io.github.sqlaudit.sql.oracle.SubstitutionVariables;

/**
 * Turns the statements of one Oracle (SQL*Plus) script, in order, into what the executor runs. Stateful: SET
 * DEFINE, WHENEVER SQLERROR and EXIT change how the statements after them are read. One instance per pass.
 *
 * <p>What is sent to Oracle is the statement's text as the splitter cut it: SQL without its {@code ;} or
 * {@code /}, PL/SQL units with their {@code END;} and without the {@code /} line. SQL*Plus commands are not
 * SQL and are never sent; each is decided here (see {@link #command}). Anything the executor cannot do as
 * SQL*Plus would refuses the whole script before anything of it runs, with the file and line.
 */
final class OracleScriptStatements {

    /** SQL*Plus commands: full name and the shortest abbreviation SQL*Plus accepts (SQL*Plus command reference). */
    private static final String[][] COMMANDS = {
        {"ACCEPT", "ACC"}, {"APPEND", "A"}, {"ARCHIVE", "ARCHIVE"}, {"ATTRIBUTE", "ATTR"}, {"BREAK", "BRE"},
        {"BTITLE", "BTI"}, {"CHANGE", "C"}, {"CLEAR", "CL"}, {"COLUMN", "COL"}, {"COMPUTE", "COMP"},
        {"CONNECT", "CONN"}, {"COPY", "COPY"}, {"DEFINE", "DEF"}, {"DEL", "DEL"}, {"DESCRIBE", "DESC"},
        {"DISCONNECT", "DISC"}, {"EDIT", "ED"}, {"EXECUTE", "EXEC"}, {"EXIT", "EXIT"}, {"GET", "GET"},
        {"HELP", "HELP"}, {"HISTORY", "HIST"}, {"HOST", "HO"}, {"INPUT", "I"}, {"LIST", "L"},
        {"PASSWORD", "PASSW"}, {"PAUSE", "PAU"}, {"PRINT", "PRI"}, {"PROMPT", "PRO"}, {"QUIT", "QUIT"},
        {"RECOVER", "RECOVER"}, {"REMARK", "REM"}, {"REPFOOTER", "REPF"}, {"REPHEADER", "REPH"}, {"RUN", "R"},
        {"SAVE", "SAV"}, {"SET", "SET"}, {"SHOW", "SHO"}, {"SHUTDOWN", "SHUTDOWN"}, {"SPOOL", "SPO"},
        {"START", "STA"}, {"STARTUP", "STARTUP"}, {"STORE", "STORE"}, {"TIMING", "TIMI"}, {"TTITLE", "TTI"},
        {"UNDEFINE", "UNDEF"}, {"VARIABLE", "VAR"}, {"WHENEVER", "WHENEVER"}, {"XQUERY", "XQUERY"},
    };

    private final String script;
    /** The substitution prefix in force; 0 after SET DEFINE OFF. */
    private char definePrefix = '&';
    private ExecutableStatement.OnError onError = ExecutableStatement.OnError.AS_CONFIGURED;
    /** Line of an EXIT or QUIT already read; -1 while none. */
    private int exitLine = -1;
    /** Start line of the last statement that runs on the target; -1 while none. */
    private int lastStatementLine = -1;

    OracleScriptStatements(String script) {
        this.script = script;
    }

    ExecutableStatement next(Statement statement) {
        if (!statement.ok()) {
            throw refuse(statement.startLine(), "does not parse, so it cannot run: "
                    + statement.error().orElseThrow().describe());
        }
        if (statement.chunk().clientCommand()) {
            return command(statement);
        }
        String delimiter = statement.chunk().delimiter();
        if (delimiter.isEmpty() || delimiter.equals(".")) {
            throw refuse(statement.startLine(), "the statement ends without ';' or a '/' line"
                    + (delimiter.isEmpty() ? " (at a blank line or the end of the script)" : " (at a '.' line)")
                    + ": SQL*Plus keeps such a statement in its buffer without running it, so whether it is meant"
                    + " to run is unclear. End it with ';' (SQL) or a '/' line (PL/SQL) and have it reviewed again.");
        }
        return executable(statement.index(), statement.startLine(), statement.text(), statement);
    }

    private ExecutableStatement executable(int index, int line, String text, Statement statement) {
        requireNoExitBefore(line);
        lastStatementLine = line;
        if (definePrefix != 0) {
            List<String> variables = SubstitutionVariables.in(text, definePrefix);
            if (!variables.isEmpty()) {
                throw refuse(line, "substitution variable " + String.join(", ", variables) + ": SQL*Plus would ask"
                        + " for a value, and the executor never prompts nor substitutes (only the reviewed text runs)."
                        + " If the " + definePrefix + " is meant literally, put SET DEFINE OFF before it; otherwise"
                        + " write the value into the script and have it reviewed again.");
            }
        }
        StatementKind kind = statement == null ? StatementKind.PLSQL_BLOCK : statement.kind();
        Effect effect = effect(kind, text);
        Optional<DdlEffect> ddlEffect = statement == null ? Optional.empty()
                : statement.ddl().flatMap(ddl -> ddlEffect(kind, ddl));
        Optional<CompiledUnit> unit = statement == null ? Optional.empty()
                : statement.ddl().flatMap(ddl -> compiledUnit(kind, ddl));
        return new ExecutableStatement(index, line, text, effect, ddlEffect, onError, unit);
    }

    /**
     * An anonymous block does not commit by itself, so it runs as a transaction of its own with its ledger
     * row (exactly once); one that commits, rolls back, runs dynamic SQL (maybe DDL) or is autonomous escapes
     * that transaction and is run like DDL: STARTED before, DONE after, and a human decides after a crash in
     * between. (A procedure it calls that commits on its own cannot be seen from here.)
     */
    private static Effect effect(StatementKind kind, String text) {
        if (kind == StatementKind.PLSQL_BLOCK) {
            return PlsqlText.transactionEscapes(text).isEmpty() ? Effect.BLOCK : Effect.SCHEMA;
        }
        if (kind == StatementKind.SET_ROLE) {
            return Effect.SESSION; // a session setting on Oracle: a resumed session needs it again
        }
        return ExecutableStatements.effect(kind);
    }

    // ---- SQL*Plus commands

    /**
     * SQL*Plus commands, decided one by one:
     * <ul>
     *   <li>display and client-side settings (PROMPT, REMARK, SET ECHO/FEEDBACK/SERVEROUTPUT/..., SPOOL,
     *       COLUMN, TTITLE, SHOW, DESCRIBE, DEFINE, PAUSE ...): not sent, skipped;</li>
     *   <li>SET DEFINE OFF/ON/c and SET SCAN OFF/ON: followed for the substitution check;</li>
     *   <li>SET AUTOCOMMIT other than OFF: refused (the executor owns the transactions);</li>
     *   <li>WHENEVER SQLERROR EXIT: stop at a failure from here on; WHENEVER SQLERROR CONTINUE: go on (the
     *       executor refuses it when the options say stop); WHENEVER OSERROR: skipped;</li>
     *   <li>EXEC[UTE] call: run as the block SQL*Plus makes of it, {@code BEGIN call; END;};</li>
     *   <li>EXIT/QUIT: allowed as the last thing that runs; a statement after it is refused;</li>
     *   <li>a {@code /} line that runs the previous statement again: refused (each statement runs once);</li>
     *   <li>refused: {@code @}, {@code @@}, START, GET, RUN, buffer editing (APPEND, CHANGE, DEL, INPUT, EDIT,
     *       SAVE, STORE) (only the reviewed bytes may run, once), CONNECT, DISCONNECT, HOST, {@code !},
     *       PASSWORD, COPY (other sessions, the OS), ACCEPT (the executor never prompts), VARIABLE (bind
     *       variables cannot be supplied), STARTUP, SHUTDOWN, RECOVER, ARCHIVE LOG, XQUERY.</li>
     * </ul>
     */
    private ExecutableStatement command(Statement statement) {
        String text = statement.text();
        int line = statement.startLine();
        String joined = text.replaceAll("-[ \\t]*\\r?\\n", " ").strip(); // a trailing '-' continues the line
        while (joined.endsWith(";")) { // SQL*Plus accepts "EXIT;", "SET ECHO ON;" ...
            joined = joined.substring(0, joined.length() - 1).strip();
        }
        if (joined.equals("/")) {
            if (lastStatementLine < 0) {
                return client(statement); // SQL*Plus: nothing in the buffer to run
            }
            throw refuse(line, "this '/' line runs the statement of line " + lastStatementLine + " a second time in"
                    + " SQL*Plus (that statement already ended with ';' or '/'), and the executor runs each reviewed"
                    + " statement once: remove the line, or the terminator before it, and have the script reviewed"
                    + " again.");
        }
        if (joined.startsWith("@") || joined.startsWith("!")) {
            throw refuse(line, (joined.startsWith("!") ? "HOST command" : "running another file (" + first(joined)
                    + ")") + " is not allowed: only the reviewed bytes of this script may run.");
        }
        String[] words = joined.split("\\s+");
        String name = commandName(words[0]);
        return switch (name) {
            case "START", "GET", "RUN", "APPEND", "CHANGE", "DEL", "INPUT", "EDIT", "SAVE", "STORE" ->
                    throw refuse(line, name + " is not allowed: it runs other files or edits and re-runs SQL*Plus's"
                            + " buffer, and only the reviewed statements may run, each once.");
            case "CONNECT", "DISCONNECT", "HOST", "PASSWORD", "COPY", "STARTUP", "SHUTDOWN", "RECOVER", "ARCHIVE",
                    "XQUERY" -> throw refuse(line, name + " is not allowed in an executed script: the executor runs"
                            + " the script's SQL on its one connection to the target, nothing else.");
            case "ACCEPT" -> throw refuse(line, "ACCEPT asks for input, and the executor never prompts: write the"
                    + " value into the script and have it reviewed again.");
            case "VARIABLE" -> throw refuse(line, "VARIABLE declares a SQL*Plus bind variable, which the executor"
                    + " cannot supply: use a PL/SQL variable in a block instead.");
            case "EXECUTE" -> {
                String call = joined.substring(words[0].length()).strip();
                while (call.endsWith(";")) {
                    call = call.substring(0, call.length() - 1).strip();
                }
                if (call.isEmpty()) {
                    throw refuse(line, "EXECUTE without a call");
                }
                yield executable(statement.index(), line, "BEGIN " + call + "; END;", null);
            }
            case "EXIT", "QUIT" -> {
                exitLine = line;
                yield client(statement);
            }
            case "WHENEVER" -> whenever(statement, words);
            case "SET" -> set(statement, words);
            default -> client(statement); // display, formatting, DEFINE, SPOOL, SHOW, DESCRIBE, PAUSE ...
        };
    }

    private ExecutableStatement whenever(Statement statement, String[] words) {
        String condition = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
        String action = words.length > 2 ? words[2].toUpperCase(Locale.ROOT) : "";
        if (condition.equals("SQLERROR")) {
            if (action.equals("EXIT")) {
                onError = ExecutableStatement.OnError.STOP;
            } else if (action.equals("CONTINUE")) {
                onError = ExecutableStatement.OnError.CONTINUE;
            } else {
                throw refuse(statement.startLine(), "WHENEVER SQLERROR expects EXIT or CONTINUE");
            }
            return new ExecutableStatement(statement.index(), statement.startLine(), statement.text(), Effect.CLIENT,
                    Optional.empty(), onError, Optional.empty());
        }
        return client(statement); // OSERROR: the executor runs no OS commands
    }

    private ExecutableStatement set(Statement statement, String[] words) {
        for (int i = 1; i + 1 < words.length; i += 2) {
            String option = words[i].toUpperCase(Locale.ROOT);
            String value = unquote(words[i + 1]);
            String upper = value.toUpperCase(Locale.ROOT);
            if (option.length() >= 3 && "DEFINE".startsWith(option) || option.equals("SCAN")) {
                if (upper.equals("OFF")) {
                    definePrefix = 0;
                } else if (upper.equals("ON")) {
                    definePrefix = '&';
                } else if (value.length() == 1 && !option.equals("SCAN")) {
                    definePrefix = value.charAt(0);
                }
            } else if (option.length() >= 4 && "AUTOCOMMIT".startsWith(option) && !upper.equals("OFF")) {
                throw refuse(statement.startLine(), "SET AUTOCOMMIT " + value + " is not allowed: the executor"
                        + " commits per batch and records progress in the same transaction. Remove it and have the"
                        + " script reviewed again.");
            }
        }
        return client(statement);
    }

    private ExecutableStatement client(Statement statement) {
        return new ExecutableStatement(statement.index(), statement.startLine(), statement.text(), Effect.CLIENT,
                Optional.empty(), onError, Optional.empty());
    }

    private void requireNoExitBefore(int line) {
        if (exitLine >= 0) {
            throw refuse(line, "this statement comes after EXIT/QUIT at line " + exitLine + ", so SQL*Plus would"
                    + " never run it. Remove one or the other and have the script reviewed again.");
        }
    }

    private static String commandName(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        for (String[] command : COMMANDS) {
            if (upper.length() >= command[1].length() && command[0].startsWith(upper)) {
                return command[0];
            }
        }
        return upper;
    }

    private static String unquote(String value) {
        String v = value.endsWith(";") && value.length() > 1 ? value.substring(0, value.length() - 1) : value;
        if (v.length() == 3 && (v.charAt(0) == '\'' || v.charAt(0) == '"') && v.charAt(2) == v.charAt(0)) {
            return v.substring(1, 2);
        }
        return v;
    }

    private static String first(String text) {
        return text.split("\\s+")[0];
    }

    private ExecutionRefusedException refuse(int line, String why) {
        return new ExecutionRefusedException(script + ": line " + line + ": " + why);
    }

    // ---- what DDL leaves, and what it compiles

    /** Oracle's dictionary type of the object a statement of this kind creates, or null. */
    private static String createdType(StatementKind kind) {
        return switch (kind) {
            case CREATE_PROCEDURE -> "PROCEDURE";
            case CREATE_FUNCTION -> "FUNCTION";
            case CREATE_PACKAGE -> "PACKAGE";
            case CREATE_PACKAGE_BODY -> "PACKAGE BODY";
            case CREATE_TRIGGER -> "TRIGGER";
            case CREATE_TYPE -> "TYPE";
            case CREATE_TYPE_BODY -> "TYPE BODY";
            case CREATE_VIEW -> "VIEW";
            case CREATE_SEQUENCE -> "SEQUENCE";
            case CREATE_SYNONYM -> "SYNONYM";
            case CREATE_MATERIALIZED_VIEW -> "MATERIALIZED VIEW";
            default -> null;
        };
    }

    private static Optional<DdlEffect> ddlEffect(StatementKind kind, DdlFacts ddl) {
        if (ddl.orReplace()) {
            return Optional.of(new DdlEffect.RunsAgainSafely("CREATE OR REPLACE"));
        }
        String created = createdType(kind);
        if (created != null && ddl.object().isPresent()) {
            TableRef name = ddl.object().get().name();
            return Optional.of(new DdlEffect.ObjectExists(name.schema().orElse(null), name.name(), created));
        }
        if (ddl.dropped().size() == 1) {
            SchemaObject dropped = ddl.dropped().get(0);
            TableRef name = dropped.name();
            String type = switch (dropped.type()) {
                case VIEW, PROCEDURE, FUNCTION, TRIGGER, SEQUENCE -> dropped.type().name();
                default -> null;
            };
            if (type != null) {
                return Optional.of(new DdlEffect.ObjectAbsent(name.schema().orElse(null), name.name(), type));
            }
            if (dropped.type() == ObjectType.INDEX && ddl.onTable().isEmpty()) {
                return Optional.of(new DdlEffect.IndexAbsent(name.schema().orElse(null), null, name.name()));
            }
        }
        return ExecutableStatements.ddlEffect(ddl);
    }

    private static Optional<CompiledUnit> compiledUnit(StatementKind kind, DdlFacts ddl) {
        String type = switch (kind) {
            case CREATE_PROCEDURE, ALTER_PROCEDURE -> "PROCEDURE";
            case CREATE_FUNCTION, ALTER_FUNCTION -> "FUNCTION";
            case CREATE_PACKAGE -> "PACKAGE";
            case CREATE_PACKAGE_BODY -> "PACKAGE BODY";
            case CREATE_TRIGGER -> "TRIGGER";
            case CREATE_TYPE -> "TYPE";
            case CREATE_TYPE_BODY -> "TYPE BODY";
            case CREATE_VIEW -> "VIEW";
            default -> null;
        };
        if (type == null || ddl.object().isEmpty()) {
            return Optional.empty();
        }
        TableRef name = ddl.object().get().name();
        return Optional.of(new CompiledUnit(name.schema().orElse(null), name.name(), type));
    }
}
