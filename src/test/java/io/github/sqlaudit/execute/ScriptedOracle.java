package io.github.sqlaudit.execute;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A stand-in for an Oracle target, NOT a live Oracle: H2 in Oracle compatibility mode runs the plain SQL
 * (the ledger, tables, row changes) for real; what H2 cannot do is answered as Oracle documents it, from
 * the test's script: DBMS_LOCK calls, PL/SQL blocks and units (with the warning ojdbc raises for a unit
 * compiled with errors), Oracle error codes. The few dictionary views the executor reads (USER_TABLES,
 * ALL_TABLES, ALL_TAB_COLUMNS, ALL_INDEXES, ALL_OBJECTS, ALL_ERRORS) are H2 views over its own catalog
 * (ALL_ERRORS a table the test fills), and SYS_CONTEXT('USERENV','CURRENT_SCHEMA') an H2 alias.
 * The connection calls itself "Oracle", so the executor tells the engine as it would on a real target.
 *
 * <p>Every SQL text the executor sends is recorded in order, with {@code <commit>} and {@code <rollback>}.
 */
public final class ScriptedOracle implements AutoCloseable { // public: H2 calls sysContext

    /** What a scripted statement does. */
    public record Answer(long updateCount, SQLWarning warning, SQLException error, String h2Equivalent) {
        public static Answer ok() {
            return new Answer(0, null, null, null);
        }

        public static Answer warns(SQLWarning warning) {
            return new Answer(0, warning, null, null);
        }

        public static Answer fails(String message, String sqlState, int oraCode) {
            return new Answer(0, null, new SQLException(message, sqlState, oraCode), null);
        }

        /** Does on H2 what the Oracle statement does (H2 has its own syntax for it). */
        public static Answer asH2(String sql) {
            return new Answer(0, null, null, sql);
        }
    }

    private static final AtomicInteger DATABASES = new AtomicInteger();

    public final Connection h2;
    public final List<String> sent = new ArrayList<>();
    final Map<Pattern, Answer> answers = new LinkedHashMap<>();
    /** What DBMS_LOCK.REQUEST returns: 0 granted, 1 timeout (held by another session). */
    int lockOutcome = 0;
    /** When set, the DBMS_LOCK call fails with it (e.g. the grant is missing). */
    SQLException lockError;
    final List<String> lockRequests = new ArrayList<>();
    final List<String> lockReleases = new ArrayList<>();
    boolean escapeProcessingOff;

    public ScriptedOracle() throws SQLException {
        h2 = DriverManager.getConnection("jdbc:h2:mem:oracle" + DATABASES.incrementAndGet()
                + ";MODE=Oracle;DB_CLOSE_DELAY=-1");
        try (Statement dictionary = h2.createStatement()) {
            dictionary.execute("CREATE ALIAS SYS_CONTEXT FOR '" + ScriptedOracle.class.getName() + ".sysContext'");
            dictionary.execute("CREATE VIEW USER_TABLES AS SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE'");
            dictionary.execute("CREATE VIEW ALL_TABLES AS SELECT TABLE_SCHEMA AS OWNER, TABLE_NAME"
                    + " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'");
            dictionary.execute("CREATE VIEW ALL_TAB_COLUMNS AS SELECT TABLE_SCHEMA AS OWNER, TABLE_NAME, COLUMN_NAME"
                    + " FROM INFORMATION_SCHEMA.COLUMNS");
            dictionary.execute("CREATE VIEW ALL_INDEXES AS SELECT INDEX_SCHEMA AS OWNER, INDEX_NAME,"
                    + " TABLE_SCHEMA AS TABLE_OWNER, TABLE_NAME FROM INFORMATION_SCHEMA.INDEXES");
            dictionary.execute("CREATE VIEW ALL_OBJECTS AS SELECT SEQUENCE_SCHEMA AS OWNER, SEQUENCE_NAME AS"
                    + " OBJECT_NAME, 'SEQUENCE' AS OBJECT_TYPE FROM INFORMATION_SCHEMA.SEQUENCES");
            // Filled by the tests with the rows Oracle stores for a unit that did not compile.
            dictionary.execute("CREATE TABLE ALL_ERRORS (OWNER VARCHAR2(128), NAME VARCHAR2(128), TYPE VARCHAR2(12),"
                    + " SEQUENCE NUMBER, LINE NUMBER, POSITION NUMBER, TEXT VARCHAR2(4000), ATTRIBUTE VARCHAR2(9),"
                    + " MESSAGE_NUMBER NUMBER)");
        }
    }

    /**
     * H2's stand-in for Oracle's SYS_CONTEXT, USERENV's CURRENT_SCHEMA and SESSION_USER: both H2's current
     * schema (in this stand-in the session user's own schema is H2's PUBLIC).
     */
    public static String sysContext(Connection connection, String namespace, String parameter) throws SQLException {
        if (!namespace.equalsIgnoreCase("USERENV") || !parameter.equalsIgnoreCase("CURRENT_SCHEMA")
                && !parameter.equalsIgnoreCase("SESSION_USER")) {
            throw new SQLException("not scripted: SYS_CONTEXT(" + namespace + ", " + parameter + ")");
        }
        return connection.getSchema();
    }

    public ScriptedOracle answer(String regex, Answer answer) {
        answers.put(Pattern.compile(regex, Pattern.DOTALL | Pattern.CASE_INSENSITIVE), answer);
        return this;
    }

    /** Records in ALL_ERRORS what Oracle stores for one compilation error of a unit. */
    void compilationError(String owner, String name, String type, int line, int position, String text)
            throws SQLException {
        try (var insert = h2.prepareStatement("INSERT INTO ALL_ERRORS VALUES (?, ?, ?, (SELECT COUNT(*) + 1 FROM"
                + " ALL_ERRORS), ?, ?, ?, 'ERROR', ?)")) {
            insert.setString(1, owner);
            insert.setString(2, name);
            insert.setString(3, type);
            insert.setInt(4, line);
            insert.setInt(5, position);
            insert.setString(6, text);
            insert.setObject(7, text.matches("PLS-\\d+:.*") ? Integer.valueOf(text.substring(4, 9)) : null);
            insert.executeUpdate();
        }
    }

    long count(String sqlPrefix) {
        return sent.stream().filter(s -> s.startsWith(sqlPrefix)).count();
    }

    private Answer scripted(String sql) {
        List<Map.Entry<Pattern, Answer>> rules = new ArrayList<>(answers.entrySet());
        for (int i = rules.size() - 1; i >= 0; i--) { // the latest rule wins
            if (rules.get(i).getKey().matcher(sql).matches()) {
                return rules.get(i).getValue();
            }
        }
        if (sql.startsWith("BEGIN") || sql.startsWith("DECLARE") || sql.matches("(?s)CREATE (OR REPLACE )?"
                + "(PROCEDURE|FUNCTION|PACKAGE|TRIGGER|TYPE).*")) {
            throw new AssertionError("PL/SQL not scripted, and H2 cannot run it: " + sql);
        }
        return null;
    }

    /** The connection the executor gets. */
    public Connection connection() {
        return proxy(Connection.class, (proxy, method, args) -> switch (method.getName()) {
            case "createStatement" -> statement(h2.createStatement());
            case "prepareStatement" -> {
                sent.add((String) args[0]);
                yield invoke(h2, method, args);
            }
            case "prepareCall" -> call((String) args[0]);
            case "commit" -> {
                sent.add("<commit>");
                yield invoke(h2, method, args);
            }
            case "rollback" -> {
                sent.add("<rollback>");
                yield invoke(h2, method, args);
            }
            case "getMetaData" -> metaData(h2.getMetaData());
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "close" -> null; // the test closes H2
            default -> invoke(h2, method, args);
        });
    }

    private DatabaseMetaData metaData(DatabaseMetaData real) {
        return proxy(DatabaseMetaData.class, (proxy, method, args) -> method.getName().equals("getDatabaseProductName")
                ? "Oracle" : invoke(real, method, args));
    }

    /** DBMS_LOCK.ALLOCATE_UNIQUE + REQUEST, and RELEASE, as the executor calls them. */
    private CallableStatement call(String sql) {
        sent.add(sql);
        Map<Integer, String> in = new LinkedHashMap<>();
        return proxy(CallableStatement.class, (proxy, method, args) -> switch (method.getName()) {
            case "setString" -> {
                in.put((Integer) args[0], (String) args[1]);
                yield null;
            }
            case "registerOutParameter", "close" -> null;
            case "execute" -> {
                if (sql.equals(TargetEngine.ORACLE_REQUEST) && lockError != null) {
                    throw lockError;
                } else if (sql.equals(TargetEngine.ORACLE_REQUEST)) {
                    lockRequests.add(in.get(1));
                } else if (sql.equals(TargetEngine.ORACLE_RELEASE)) {
                    lockReleases.add(in.get(2));
                } else {
                    throw new AssertionError("call not scripted: " + sql);
                }
                yield false;
            }
            case "getInt" -> sql.equals(TargetEngine.ORACLE_REQUEST) ? lockOutcome : 0;
            case "getString" -> "handle:" + lockRequests.get(lockRequests.size() - 1);
            default -> throw new AssertionError("not scripted on a call: " + method.getName());
        });
    }

    private Statement statement(Statement real) {
        List<String> batch = new ArrayList<>();
        Answer[] last = {null};
        return proxy(Statement.class, (proxy, method, args) -> {
            switch (method.getName()) {
                case "setEscapeProcessing" -> {
                    escapeProcessingOff |= !(Boolean) args[0];
                    return null;
                }
                case "execute", "executeUpdate", "executeLargeUpdate" -> {
                    String sql = (String) args[0];
                    sent.add(sql);
                    last[0] = scripted(sql);
                    if (last[0] == null) {
                        return invoke(real, method, args);
                    }
                    if (last[0].error() != null) {
                        throw last[0].error();
                    }
                    if (last[0].h2Equivalent() != null) {
                        real.execute(last[0].h2Equivalent());
                    }
                    return method.getName().equals("execute") ? Boolean.FALSE
                            : method.getName().equals("executeUpdate") ? (Object) (int) last[0].updateCount()
                            : (Object) last[0].updateCount();
                }
                case "getWarnings" -> {
                    return last[0] != null ? last[0].warning() : real.getWarnings();
                }
                case "getLargeUpdateCount", "getUpdateCount" -> {
                    if (last[0] == null) {
                        return invoke(real, method, args);
                    }
                    return method.getName().equals("getUpdateCount") ? (Object) (int) last[0].updateCount()
                            : (Object) last[0].updateCount();
                }
                case "addBatch" -> {
                    batch.add((String) args[0]);
                    return null;
                }
                case "executeLargeBatch", "executeBatch" -> {
                    long[] counts = new long[batch.size()];
                    try {
                        for (int i = 0; i < batch.size(); i++) {
                            String sql = batch.get(i);
                            sent.add(sql);
                            Answer answer = scripted(sql);
                            if (answer != null && answer.error() != null) {
                                // ojdbc reports the counts of the statements before the failing one
                                SQLException e = answer.error();
                                throw new BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(),
                                        java.util.Arrays.copyOf(counts, i), e);
                            }
                            counts[i] = answer != null ? answer.updateCount() : real.executeLargeUpdate(sql);
                        }
                    } finally {
                        batch.clear();
                    }
                    return method.getName().equals("executeLargeBatch") ? counts
                            : java.util.Arrays.stream(counts).mapToInt(c -> (int) c).toArray();
                }
                default -> {
                    return invoke(real, method, args);
                }
            }
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(ScriptedOracle.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @Override
    public void close() throws SQLException {
        try (Statement drop = h2.createStatement()) {
            drop.execute("SHUTDOWN");
        }
    }
}
