package io.github.sqlaudit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The product's version as the build stamped it (a filtered resource), shown by the CLI, written into
 * reports and the ledger so every audit and execution says which release produced it.
 */
public final class ProductVersion {

    private static final String RESOURCE = "/sqlaudit-version.properties";
    private static final String VERSION = load();

    private ProductVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = ProductVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: the build did not run");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank() || version.contains("${")) {
            throw new IllegalStateException(RESOURCE + " has no filtered version: " + version);
        }
        return version;
    }
}
