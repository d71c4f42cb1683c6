package io.github.sqlaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.sqlaudit.rules.ResolvedRules;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.rules.config.RuleTemplates;
import io.github.sqlaudit.rules.config.TemplatesJson;
import io.github.sqlaudit.rules.doc.CatalogRenderer;

/**
 * {@code sqlaudit rules}: lists the built-in rule catalog with each rule's defaults, or with the effective settings
 * of a template from a templates JSON file (which also checks the file before a DBA imports it into Jira).
 */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "Lists the rules: code, name, severity, enabled flag, value and dialects.")
public final class RulesCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, markdown }

    @Option(names = "--format", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--templates", paramLabel = "FILE",
            description = "A templates JSON file (as exported from Jira): validate it and show a template's settings.")
    Path templatesFile;

    @Option(names = "--template", paramLabel = "NAME", defaultValue = RuleTemplates.DEFAULT,
            description = "The template to show from --templates (default: ${DEFAULT-VALUE}).")
    String templateName;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ResolvedRules settings;
        try {
            settings = settings();
        } catch (RuleConfigurationException | IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(templatesFile + ": " + e.getMessage());
            err.flush();
            return SqlAuditCommand.EXIT_USAGE;
        }
        CatalogRenderer renderer = new CatalogRenderer(BuiltInRules.catalog(), settings);
        out.print(switch (format) {
            case text -> renderer.text();
            case json -> renderer.json();
            case markdown -> renderer.markdown();
        });
        out.flush();
        return SqlAuditCommand.EXIT_OK;
    }

    private ResolvedRules settings() throws IOException {
        if (templatesFile == null) {
            return ResolvedRules.defaults();
        }
        String json = Files.readString(templatesFile, StandardCharsets.UTF_8);
        return new TemplatesJson(BuiltInRules.catalog()).read(json).resolve(templateName);
    }
}
