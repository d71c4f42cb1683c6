package io.github.sqlaudit.execute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.sqlaudit.sql.AlterOperation;
import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.ObjectType;
import io.github.sqlaudit.sql.SchemaObject;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableRef;
import io.github.sqlaudit.sql.Utf8ScriptReader;

/**
 * Turns parsed statements into what the executor runs: how each behaves towards transactions and, for
 * DDL, what to look for in the catalog after a crash. A statement that does not parse cannot run.
 */
public final class ExecutableStatements {

    private ExecutableStatements() {
    }

    /** Re-readable, streaming: each call parses the file again (the executor reads the script twice). */
    public static Supplier<Iterator<ExecutableStatement>> of(Path file, Dialect dialect) {
        return () -> {
            InputStream in;
            try {
                in = Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            Iterator<Statement> parsed = SqlParser.forDialect(dialect).statements(new Utf8ScriptReader(in));
            Converter converter = new Converter(file.toString());
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    boolean more = parsed.hasNext();
                    if (!more) {
                        closeQuietly(in);
                    }
                    return more;
                }

                @Override
                public ExecutableStatement next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return converter.next(parsed.next());
                }
            };
        };
    }

    /**
     * One statement on its own. An Oracle statement is read as the first of a script (SQL*Plus settings of
     * earlier statements are unknown); use {@link #of(List, String)} or {@link #of(Path, Dialect)} for scripts.
     */
    public static ExecutableStatement of(Statement statement, String script) {
        if (statement.dialect() == Dialect.ORACLE) {
            return new OracleScriptStatements(script).next(statement);
        }
        return mysql(statement, script);
    }

    private static ExecutableStatement mysql(Statement statement, String script) {
        if (!statement.ok()) {
            throw new ExecutionRefusedException(script + ": line " + statement.startLine()
                    + " does not parse, so it cannot run: " + statement.error().orElseThrow().describe());
        }
        return new ExecutableStatement(statement.index(), statement.startLine(), statement.text(), effect(statement),
                statement.ddl().flatMap(ExecutableStatements::ddlEffect));
    }

    static Effect effect(Statement statement) {
        return effect(statement.kind());
    }

    static Effect effect(StatementKind kind) {
        return switch (kind.category()) {
            case DDL, DCL -> Effect.SCHEMA; // both commit implicitly on MySQL, MariaDB and Oracle
            case TCL -> Effect.TRANSACTION_CONTROL;
            case CLIENT -> Effect.CLIENT;
            case SESSION, ADMIN -> Effect.SESSION;
            case DML -> kind == StatementKind.SELECT ? Effect.SESSION : Effect.DATA;
            case OTHER -> Effect.SCHEMA; // unknown: assume it may commit, so it runs alone and is recorded at once
        };
    }

    /** What the DDL leaves in the catalog, when one thing tells it apart; empty otherwise. */
    static Optional<DdlEffect> ddlEffect(DdlFacts ddl) {
        Optional<SchemaObject> object = ddl.object();
        if (object.isPresent() && object.get().type() == ObjectType.TABLE && ddl.alterOperations().isEmpty()
                && ddl.dropped().isEmpty()) {
            TableRef table = object.get().name();
            return Optional.of(new DdlEffect.TableExists(table.schema().orElse(null), table.name()));
        }
        if (object.isPresent() && object.get().type() == ObjectType.INDEX && ddl.onTable().isPresent()) {
            TableRef table = ddl.onTable().get();
            String index = object.get().name().name();
            return Optional.of(ddl.dropped().isEmpty()
                    ? new DdlEffect.IndexExists(table.schema().orElse(null), table.name(), index)
                    : new DdlEffect.IndexAbsent(table.schema().orElse(null), table.name(), index));
        }
        if (ddl.dropped().size() == 1 && ddl.dropped().get(0).type() == ObjectType.TABLE) {
            TableRef table = ddl.dropped().get(0).name();
            return Optional.of(new DdlEffect.TableAbsent(table.schema().orElse(null), table.name()));
        }
        if (!ddl.alterOperations().isEmpty() && ddl.onTable().or(() -> object.map(SchemaObject::name)).isPresent()) {
            TableRef table = ddl.onTable().or(() -> object.map(SchemaObject::name)).get();
            // One ALTER TABLE is atomic: the first checkable operation tells whether all of it happened.
            for (AlterOperation operation : ddl.alterOperations()) {
                Optional<DdlEffect> effect = alterEffect(table, operation);
                if (effect.isPresent()) {
                    return effect;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DdlEffect> alterEffect(TableRef table, AlterOperation operation) {
        String schema = table.schema().orElse(null);
        return switch (operation.action()) {
            case ADD_COLUMN -> operation.column().map(c -> new DdlEffect.ColumnExists(schema, table.name(), c.name()));
            case DROP_COLUMN -> operation.name().map(c -> new DdlEffect.ColumnAbsent(schema, table.name(), c));
            case ADD_INDEX -> operation.index().flatMap(i -> i.name())
                    .map(i -> new DdlEffect.IndexExists(schema, table.name(), i));
            case DROP_INDEX -> operation.name().map(i -> new DdlEffect.IndexAbsent(schema, table.name(), i));
            default -> Optional.empty();
        };
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // reading is finished; nothing to lose
        }
    }

    /** For tests and callers that hold statements already. */
    public static Supplier<Iterator<ExecutableStatement>> of(List<Statement> statements, String script) {
        return () -> {
            Converter converter = new Converter(script);
            return statements.stream().map(converter::next).iterator();
        };
    }

    /**
     * One pass over a script: MySQL statements stand alone; an Oracle script's SQL*Plus settings (SET DEFINE,
     * WHENEVER SQLERROR, EXIT) change how the statements after them are read.
     */
    private static final class Converter {
        private final String script;
        private OracleScriptStatements oracle;

        Converter(String script) {
            this.script = script;
        }

        ExecutableStatement next(Statement statement) {
            if (statement.dialect() != Dialect.ORACLE) {
                return mysql(statement, script);
            }
            if (oracle == null) {
                oracle = new OracleScriptStatements(script);
            }
            return oracle.next(statement);
        }
    }
}
