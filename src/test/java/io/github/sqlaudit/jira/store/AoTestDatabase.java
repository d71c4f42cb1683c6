package io.github.sqlaudit.jira.store;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.IndexNameConverter;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.SequenceNameConverter;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.schema.TriggerNameConverter;
import net.java.ao.schema.UniqueNameConverter;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import net.java.ao.schema.info.SimpleEntityInfoResolverFactory;

/**
 * A database with the real Active Objects ORM over it, named the way Jira names plugin tables: the
 * prefix {@code AO_<last 6 hex of MD5(namespace)>_} with the namespace read from our
 * atlassian-plugin.xml, and Atlassian's name converters.
 */
public final class AoTestDatabase implements AutoCloseable {

    public final String tablePrefix;
    public final EntityManager entityManager;
    public final ActiveObjects activeObjects;
    private final HikariDataSource pool;

    private AoTestDatabase(HikariDataSource pool, boolean mysql) {
        this.pool = pool;
        this.tablePrefix = tablePrefix(aoNamespace());
        DisposableDataSource dataSource = disposable(pool);
        DatabaseProvider provider = mysql ? new MySQLDatabaseProvider(dataSource) : new H2DatabaseProvider(dataSource);
        this.entityManager = new EntityManager(provider, configuration(tablePrefix));
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
    }

    /** An in-memory H2 database, private to the caller. */
    public static AoTestDatabase h2(String name) {
        return new AoTestDatabase(pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""), false);
    }

    /** A MySQL or MariaDB database reached through mysql-connector-j. */
    static AoTestDatabase mysql(String jdbcUrl, String user, String password) {
        // Connector/J 8+ lists the tables of every database unless told that no catalog means this one.
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "nullDatabaseMeansCurrent=true";
        return new AoTestDatabase(pool(url, user, password), true);
    }

    /** The namespace of the one {@code <ao>} module. */
    public static String aoNamespace() {
        Element ao = aoModule();
        String namespace = ao.getAttribute("namespace");
        if (namespace.isEmpty()) {
            throw new IllegalStateException("the <ao> module of atlassian-plugin.xml has no namespace");
        }
        return namespace;
    }

    public static Element aoModule() {
        try (InputStream in = AoTestDatabase.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath");
            }
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList modules = document.getElementsByTagName("ao");
            if (modules.getLength() != 1) {
                throw new IllegalStateException("atlassian-plugin.xml has " + modules.getLength() + " <ao> modules; Jira allows one");
            }
            return (Element) modules.item(0);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml: " + e.getMessage(), e);
        }
    }

    /** Active Objects' rule: AO_ + the last six hex digits of the MD5 of the namespace, upper case. */
    public static String tablePrefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, digest));
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Table name to its column names, for the tables of our prefix, as the database reports them. */
    Map<String, List<String>> tables() throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection connection = pool.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rs = metaData.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (table.toUpperCase(Locale.ROOT).startsWith(tablePrefix)) {
                        tables.put(table, new ArrayList<>());
                    }
                }
            }
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                try (ResultSet rs = metaData.getColumns(connection.getCatalog(), null, table.getKey(), "%")) {
                    while (rs.next()) {
                        table.getValue().add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        return tables;
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static DisposableDataSource disposable(HikariDataSource pool) {
        return (DisposableDataSource) Proxy.newProxyInstance(AoTestDatabase.class.getClassLoader(),
                new Class<?>[] {DisposableDataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("dispose")) {
                        pool.close();
                        return null;
                    }
                    try {
                        return method.invoke(pool, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static EntityManagerConfiguration configuration(String prefix) {
        NameConverters converters = new NameConverters() {
            private final TableNameConverter tables = new AtlassianTableNameConverter(name -> prefix + name);
            private final FieldNameConverter fields = new AtlassianFieldNameConverter();
            private final SequenceNameConverter sequences = new AtlassianSequenceNameConverter();
            private final TriggerNameConverter triggers = new AtlassianTriggerNameConverter();
            private final IndexNameConverter indexes = new AtlassianIndexNameConverter();
            private final UniqueNameConverter uniques = new AtlassianUniqueNameConverter();

            @Override public TableNameConverter getTableNameConverter() { return tables; }
            @Override public FieldNameConverter getFieldNameConverter() { return fields; }
            @Override public SequenceNameConverter getSequenceNameConverter() { return sequences; }
            @Override public TriggerNameConverter getTriggerNameConverter() { return triggers; }
            @Override public IndexNameConverter getIndexNameConverter() { return indexes; }
            @Override public UniqueNameConverter getUniqueNameConverter() { return uniques; }
        };
        return new EntityManagerConfiguration() {
            @SuppressWarnings("deprecation") // still part of the interface in 3.2.3
            @Override public boolean useWeakCache() { return true; }
            @Override public NameConverters getNameConverters() { return converters; }
            // As in Jira: a plugin's migrations only ever look at tables of its own prefix.
            @Override public SchemaConfiguration getSchemaConfiguration() {
                return (table, caseSensitive) -> caseSensitive ? table.startsWith(prefix)
                        : table.toUpperCase(Locale.ROOT).startsWith(prefix);
            }
            @Override public EntityInfoResolverFactory getEntityInfoResolverFactory() { return new SimpleEntityInfoResolverFactory(); }
        };
    }
}
