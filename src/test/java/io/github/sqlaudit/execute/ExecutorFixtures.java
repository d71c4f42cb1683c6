package io.github.sqlaudit.execute;

import io.github.sqlaudit.Sha256;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/** Small helpers shared by the executor tests. */
final class ExecutorFixtures {

    private ExecutorFixtures() {
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "root", "");
    }

    /** Statements numbered in order, with line = index + 1. */
    static final class Script {
        final List<ExecutableStatement> statements = new ArrayList<>();

        Script data(String sql) {
            statements.add(ExecutableStatement.data(statements.size(), statements.size() + 1, sql));
            return this;
        }

        Script schema(String sql, DdlEffect effect) {
            statements.add(ExecutableStatement.schema(statements.size(), statements.size() + 1, sql, effect));
            return this;
        }

        Script other(String sql, Effect effect) {
            statements.add(new ExecutableStatement(statements.size(), statements.size() + 1, sql, effect,
                    java.util.Optional.empty()));
            return this;
        }

        Supplier<Iterator<ExecutableStatement>> source() {
            return statements::iterator;
        }

        /** A stable identity for the script: the hash of its statements' text. */
        ApprovedScript approved(String name) {
            StringBuilder text = new StringBuilder();
            statements.forEach(s -> text.append(s.text()).append(";\n"));
            return new ApprovedScript(name, Sha256.of(text.toString()));
        }
    }

    static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void execute(Connection connection, String... sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String s : sql) {
                statement.execute(s);
            }
        }
    }
}
