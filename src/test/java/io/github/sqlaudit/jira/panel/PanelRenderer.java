package io.github.sqlaudit.jira.panel;

import java.io.File;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the panel template the way Jira would, with every reference HTML-escaped: on Velocity 2 (the
 * project's engine) and on Velocity 1.7 (Jira's), the latter from target/velocity-1.7 in a class loader of
 * its own, since both versions use the same package names.
 */
public enum PanelRenderer {

    VELOCITY_2 {
        @Override
        public String render(String template, Map<String, Object> context) {
            Properties properties = new Properties();
            properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
            properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
            properties.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeHtmlReference.class.getName());
            properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
            VelocityEngine engine = new VelocityEngine(properties);
            engine.init();
            Template parsed = engine.getTemplate(template, "UTF-8");
            StringWriter out = new StringWriter();
            parsed.merge(new VelocityContext(new HashMap<>(context)), out);
            return out.toString();
        }
    },

    VELOCITY_1_7 {
        @Override
        public String render(String template, Map<String, Object> context) {
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            ClassLoader velocity = velocity17();
            // Velocity 1.7 loads its own classes through the context class loader first.
            Thread.currentThread().setContextClassLoader(velocity);
            try {
                Properties properties = new Properties();
                properties.setProperty("resource.loader", "file");
                properties.setProperty("file.resource.loader.path", templateRoot());
                properties.setProperty("eventhandler.referenceinsertion.class",
                        "org.apache.velocity.app.event.implement.EscapeHtmlReference");
                properties.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
                properties.setProperty("input.encoding", "UTF-8");
                Class<?> engineClass = velocity.loadClass("org.apache.velocity.app.VelocityEngine");
                Object engine = engineClass.getConstructor(Properties.class).newInstance(properties);
                engineClass.getMethod("init").invoke(engine);
                Object parsed = engineClass.getMethod("getTemplate", String.class, String.class).invoke(engine, template, "UTF-8");
                Object velocityContext = velocity.loadClass("org.apache.velocity.VelocityContext").getConstructor(Map.class)
                        .newInstance(new HashMap<>(context));
                StringWriter out = new StringWriter();
                parsed.getClass().getMethod("merge", velocity.loadClass("org.apache.velocity.context.Context"), Writer.class)
                        .invoke(parsed, velocityContext, out);
                return out.toString();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Velocity 1.7 failed: " + (e.getCause() == null ? e : e.getCause()), e);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    };

    public static final String PANEL = "templates/panel/sqlaudit-panel.vm";

    public abstract String render(String template, Map<String, Object> context);

    /** The panel with the context provider's map and Jira's {@code $i18n}. */
    public String panel(Map<String, Object> providerContext) {
        Map<String, Object> context = new HashMap<>(providerContext);
        context.put("i18n", new I18nText());
        return render(PANEL, context);
    }

    private static ClassLoader loader17;

    private static synchronized ClassLoader velocity17() {
        if (loader17 == null) {
            Path dir = Path.of("target", "velocity-1.7");
            try (Stream<Path> jars = Files.list(dir)) {
                List<URL> urls = jars.filter(p -> p.toString().endsWith(".jar")).map(PanelRenderer::url).toList();
                if (urls.size() < 4) {
                    throw new IllegalStateException(dir + " lacks Velocity 1.7 and its libraries: run mvn generate-test-resources");
                }
                loader17 = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return loader17;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder holding templates/ (target/classes), found through the classpath. */
    private static String templateRoot() {
        URL panel = PanelRenderer.class.getResource("/" + PANEL);
        try {
            File file = new File(panel.toURI());
            return file.getParentFile().getParentFile().getParentFile().getAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
