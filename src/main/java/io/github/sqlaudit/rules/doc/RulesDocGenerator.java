package io.github.sqlaudit.rules.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.sqlaudit.rules.catalog.BuiltInRules;

/**
 * Writes the rule reference from the catalog. The build runs it after compilation (exec-maven-plugin, execution
 * {@code rules-doc}) into {@code target/generated-docs/rules.md}, and into {@code docs/rules.md} with
 * {@code -Drules.doc.output=docs/rules.md}; {@code RulesDocumentationTest} fails while the committed file differs
 * from the catalog, so the reference is never written by hand and never stale.
 */
public final class RulesDocGenerator {

    private RulesDocGenerator() {
    }

    /** The reference page for the built-in catalog. */
    public static String render() {
        return new CatalogRenderer(BuiltInRules.catalog()).markdown();
    }

    /** {@code RulesDocGenerator path/to/rules.md}: writes the file when its content differs. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RulesDocGenerator <path of rules.md>");
        }
        Path target = Path.of(args[0]);
        String expected = render();
        if (Files.exists(target) && Files.readString(target, StandardCharsets.UTF_8).equals(expected)) {
            return;
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, expected, StandardCharsets.UTF_8);
    }
}
