package io.github.sqlaudit.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One named case of a rule-case file ({@code src/test/resources/rules/*.cases}):
 *
 * <pre>
 * === DML-006 fires 1: four rows over a limit of 3
 * &#64;value 3
 * INSERT INTO t (a) VALUES (1), (2), (3), (4);
 * </pre>
 *
 * A header names the rule, whether it {@code fires} (optionally how many times) or {@code passes}, and the case.
 * Directive lines follow: {@code @value} (the rule's value as a DBA types it), {@code @dialect},
 * {@code @target} (table and plan facts as JSON), {@code @pending} for a case that cannot run yet, with the
 * reason. Every case goes through the real parser of its dialect. Everything else up to the next header is the SQL. Lines starting with {@code #}
 * before the first header are comments.
 */
record RuleCase(Path file, int line, String code, boolean fires, Optional<Integer> count, String name,
                Map<String, String> directives, String sql) {

    private static final Pattern HEADER =
            Pattern.compile("^=== ([A-Z]{3}-\\d{3}) (fires|passes)(?: (\\d+))?: (.+)$");
    private static final Pattern DIRECTIVE = Pattern.compile("^@([a-z]+)(?:\\s+(.*))?$");

    Optional<String> directive(String key) {
        return Optional.ofNullable(directives.get(key));
    }

    String displayName() {
        return code + (fires ? " fires" + count.map(n -> " " + n).orElse("") : " passes") + ": " + name
                + " (" + file.getFileName() + ":" + line + ")";
    }

    static List<RuleCase> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RuleCase> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("===")) {
            String text = lines.get(i).trim();
            if (!text.isEmpty() && !text.startsWith("#")) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": text before the first case header");
            }
            i++;
        }
        while (i < lines.size()) {
            Matcher header = HEADER.matcher(lines.get(i));
            if (!header.matches()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected '=== CODE fires|passes: name'"
                        + ", got: " + lines.get(i));
            }
            int headerLine = i + 1;
            i++;
            Map<String, String> directives = new LinkedHashMap<>();
            Matcher directive;
            while (i < lines.size() && (directive = DIRECTIVE.matcher(lines.get(i))).matches()) {
                directives.put(directive.group(1), directive.group(2) == null ? "" : directive.group(2).trim());
                i++;
            }
            StringBuilder sql = new StringBuilder();
            while (i < lines.size() && !lines.get(i).startsWith("===")) {
                sql.append(lines.get(i)).append('\n');
                i++;
            }
            cases.add(new RuleCase(file, headerLine, header.group(1), header.group(2).equals("fires"),
                    Optional.ofNullable(header.group(3)).map(Integer::parseInt), header.group(4).trim(),
                    directives, sql.toString().strip() + "\n"));
        }
        return cases;
    }
}
