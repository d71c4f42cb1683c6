package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Stand-in of the Atlassian template renderer (interface): renders a Velocity template of the plugin. */
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
