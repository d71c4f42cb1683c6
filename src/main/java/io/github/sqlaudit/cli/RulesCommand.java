package io.github.sqlaudit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.rules.doc.CatalogRenderer;

/** {@code sqlaudit rules}: lists the built-in rule catalog with each rule's defaults. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "Lists the built-in rules: code, name, default severity, enabled flag, value and dialects.")
public final class RulesCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, markdown }

    @Option(names = "--format", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CatalogRenderer renderer = new CatalogRenderer(BuiltInRules.catalog());
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> renderer.text();
            case json -> renderer.json();
            case markdown -> renderer.markdown();
        });
        out.flush();
        return SqlAuditCommand.EXIT_OK;
    }
}
