package io.github.sqlaudit.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The jars that {@code mvn package} built, opened for the packaging checks. Paths come from failsafe's
 * system properties (see pom.xml), with the default layout as fallback for runs from an IDE.
 */
final class BuiltPlugin implements AutoCloseable {

    static final String DESCRIPTOR = "atlassian-plugin.xml";

    final Path path;
    final JarFile jar;

    private BuiltPlugin(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
    }

    static BuiltPlugin open() throws IOException {
        Path path = pluginJarPath();
        assertThat(path).as("plugin jar built by mvn package").isRegularFile();
        return new BuiltPlugin(path);
    }

    static Path pluginJarPath() {
        String configured = System.getProperty("sqlaudit.pluginJar");
        if (configured != null) {
            return Paths.get(configured);
        }
        try (Stream<Path> files = Files.list(Paths.get("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("sqlaudit-jira-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no plugin jar in target/: run mvn package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path cliJarPath() {
        return Paths.get(System.getProperty("sqlaudit.cliJar", "target/sqlaudit.jar"));
    }

    static String projectVersion() {
        return System.getProperty("sqlaudit.version", "0.1.0-SNAPSHOT");
    }

    static String pluginKey() {
        return System.getProperty("sqlaudit.pluginKey", "io.github.sqlaudit.sqlaudit-jira");
    }

    Manifest manifest() throws IOException {
        return jar.getManifest();
    }

    boolean has(String entry) {
        return jar.getEntry(entry) != null;
    }

    boolean hasClass(String className) {
        return has(className.replace('.', '/') + ".class");
    }

    Document xml(String entry) throws Exception {
        assertThat(has(entry)).as(entry + " in the plugin jar").isTrue();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    Document descriptor() throws Exception {
        return xml(DESCRIPTOR);
    }

    /** The jar's entries below META-INF/lib: the embedded third-party libraries. */
    List<String> embeddedLibraries() {
        List<String> libraries = new ArrayList<>();
        jar.stream().map(e -> e.getName())
                .filter(n -> n.startsWith("META-INF/lib/") && n.endsWith(".jar"))
                .forEach(libraries::add);
        return libraries;
    }

    static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child
                    && localName.equals(child.getLocalName() != null ? child.getLocalName() : child.getTagName())) {
                result.add(child);
            }
        }
        return result;
    }

    /**
     * Splits an OSGi header such as Import-Package into its clauses, keyed by package name, keeping the
     * attributes and directives text. Commas inside quotes (version ranges) do not split.
     */
    static Map<String, String> clauses(String header) {
        Map<String, String> clauses = new LinkedHashMap<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String clause = current.toString().trim();
                if (!clause.isEmpty()) {
                    int semicolon = clause.indexOf(';');
                    String name = semicolon < 0 ? clause : clause.substring(0, semicolon);
                    clauses.put(name.trim(), semicolon < 0 ? "" : clause.substring(semicolon + 1));
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return clauses;
    }

    /** Fully qualified names of the host-API stand-ins, read from their source root. */
    static List<String> standInClassNames() throws IOException {
        Path root = Paths.get("src/host-api/java");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.java$", ""))
                    .toList();
        }
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
