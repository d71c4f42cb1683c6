package io.github.sqlaudit.sql.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * HotSpot never compiles a method of more than 8000 bytes of bytecode (-XX:+DontCompileHugeMethods, the default):
 * such a rule method of the generated parser would run interpreted, several times slower, in every JVM that runs
 * the plugin. A rule whose alternatives hold many blocks with a name in them grows past it (each such block is a
 * switch over all non-reserved keywords); give those blocks a rule of their own.
 */
class GeneratedParserSizeTest {

    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void everyRuleMethodIsSmallEnoughForTheJit() {
        Map<String, Integer> sizes = methodSizes(MySqlParser.class);
        assertThat(sizes).containsKey("singleStatement");
        assertThat(sizes).allSatisfy((method, size) -> assertThat(size).as(method).isLessThan(HUGE_METHOD_LIMIT));
    }

    /** Bytecode length of each rule method (the offset of its last instruction, as javap prints it). */
    private static Map<String, Integer> methodSizes(Class<?> type) {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringWriter out = new StringWriter();
        int exit = javap.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-p", "-cp",
                type.getProtectionDomain().getCodeSource().getLocation().getPath(), type.getName());
        assertThat(exit).isZero();
        Pattern method = Pattern.compile("^  (?:public |private |protected )?(?:final )?[\\w.$<>\\[\\]]+ (\\w+)\\(.*");
        Pattern instruction = Pattern.compile("^\\s+(\\d+): ");
        Map<String, Integer> sizes = new LinkedHashMap<>();
        String current = null;
        for (String line : out.toString().split("\n")) {
            Matcher m = method.matcher(line);
            if (m.matches()) {
                current = m.group(1);
                continue;
            }
            Matcher i = instruction.matcher(line);
            if (current != null && i.find()) {
                sizes.merge(current, Integer.parseInt(i.group(1)), Math::max);
            }
        }
        sizes.remove("makeSymbolicNames"); // run once, at class initialisation
        sizes.remove("makeLiteralNames");
        return sizes;
    }
}
