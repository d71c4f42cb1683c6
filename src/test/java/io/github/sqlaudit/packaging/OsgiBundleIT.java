package io.github.sqlaudit.packaging;

import static io.github.sqlaudit.packaging.BuiltPlugin.clauses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * Installs the built plugin into a real OSGi framework (Apache Felix) whose system bundle exports only
 * what Jira provides, starts it, and loads classes through it. A mandatory import of a package Jira does
 * not have, a broken Bundle-ClassPath or a header Felix refuses fails here rather than in a customer's Jira.
 */
class OsgiBundleIT {

    /** Host packages a Jira 10 node exports to plugins, as far as this plugin uses them. */
    static final List<String> JIRA_EXPORTS = List.of(
            "com.opensymphony.workflow", "com.opensymphony.workflow.loader", "com.opensymphony.module.propertyset",
            "net.java.ao", "net.java.ao.schema", "net.java.ao.atlassian",
            "javax.servlet", "javax.servlet.http", "javax.ws.rs", "javax.ws.rs.core", "javax.inject",
            "org.slf4j;version=1.7.36");

    static Felix framework;
    static Bundle bundle;
    static Path storage;

    @BeforeAll
    static void startFrameworkAndInstallPlugin() throws Exception {
        storage = Files.createTempDirectory("felix");
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", hostExports()));
        framework = new Felix(config);
        framework.start();
        bundle = framework.getBundleContext().installBundle(BuiltPlugin.pluginJarPath().toUri().toString());
        bundle.start();
    }

    /** Jira's packages plus those we stand in for (each stand-in package is a package Jira exports). */
    static Set<String> hostExports() throws IOException {
        Set<String> exports = new TreeSet<>(JIRA_EXPORTS);
        BuiltPlugin.standInClassNames().stream()
                .map(name -> name.substring(0, name.lastIndexOf('.')))
                .forEach(exports::add);
        return exports;
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void thePluginResolvesAndStartsWithOnlyJirasPackages() {
        assertThat(bundle.getState()).as("bundle state (32 = ACTIVE)").isEqualTo(Bundle.ACTIVE);
        assertThat(bundle.getSymbolicName()).isEqualTo(BuiltPlugin.pluginKey());
    }

    @Test
    void everyMandatoryImportIsAPackageJiraExports() throws IOException {
        Set<String> exported = hostExports().stream().map(e -> e.split(";")[0]).collect(Collectors.toSet());
        try (BuiltPlugin plugin = BuiltPlugin.open()) {
            clauses(plugin.manifest().getMainAttributes().getValue("Import-Package")).forEach((pkg, attributes) -> {
                if (!attributes.contains("resolution:=optional")) {
                    assertThat(exported).as("mandatory import " + pkg).contains(pkg);
                }
            });
        }
    }

    @Test
    void classesOfTheDescriptorAndOfEmbeddedLibrariesLoadThroughTheBundle() throws Exception {
        try (BuiltPlugin plugin = BuiltPlugin.open()) {
            PluginJarIT.descriptor = plugin.descriptor();
            for (PluginJarIT.NamedClass named : PluginJarIT.namedClasses()) {
                assertThat(bundle.loadClass(named.className())).as(named.toString()).isNotNull();
            }
        }
        // Embedded libraries on the Bundle-ClassPath, including JDBC drivers that need javax.sql.
        assertThat(bundle.loadClass("org.antlr.v4.runtime.Parser")).isNotNull();
        assertThat(bundle.loadClass("com.google.gson.Gson")).isNotNull();
        Class<?> mysqlDataSource = bundle.loadClass("com.mysql.cj.jdbc.MysqlDataSource");
        assertThat(javax.sql.DataSource.class.isAssignableFrom(mysqlDataSource)).isTrue();
        assertThat(bundle.loadClass("oracle.jdbc.OracleDriver")).isNotNull();
        assertThat(bundle.loadClass("net.schmizz.sshj.SSHClient")).isNotNull();
    }
}
