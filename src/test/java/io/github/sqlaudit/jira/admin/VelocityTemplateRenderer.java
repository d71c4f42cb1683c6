package io.github.sqlaudit.jira.admin;

import java.io.Writer;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import com.atlassian.templaterenderer.TemplateRenderer;

/**
 * Jira's template renderer for tests: Velocity 2 reading our templates from the classpath, every reference
 * HTML-escaped as Jira 10 does, strict references so a misspelt variable fails the test instead of printing.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine velocity;

    public VelocityTemplateRenderer() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeHtmlReference.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        velocity = new VelocityEngine(properties);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) {
        velocity.getTemplate(templateName, "UTF-8").merge(new VelocityContext(new java.util.HashMap<>(context)), writer);
    }
}
