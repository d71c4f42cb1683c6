package io.github.sqlaudit.report;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import io.github.sqlaudit.audit.AuditReport;

/**
 * Renders an audit report as a standalone HTML page with the templates the Jira panel uses
 * ({@code templates/report/}), on Velocity 2 with every reference HTML-escaped (as Jira does).
 */
public final class HtmlReport {

    static final String PAGE = "templates/report/report-page.vm";

    private final VelocityEngine velocity;

    public HtmlReport() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeHtmlReference.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        velocity = new VelocityEngine(properties);
        velocity.init();
    }

    public String render(AuditReport report) {
        return renderModel(ReportModel.of(report));
    }

    String renderModel(Map<String, Object> model) {
        Template template = velocity.getTemplate(PAGE, "UTF-8");
        VelocityContext context = new VelocityContext();
        context.put("report", model);
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }
}
