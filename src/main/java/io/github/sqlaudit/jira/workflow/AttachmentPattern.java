package io.github.sqlaudit.jira.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which attachments are scripts: comma-separated file-name globs ({@code *} any characters, {@code ?} one),
 * compared without case, since users attach {@code FIX.SQL} as often as {@code fix.sql}.
 */
public final class AttachmentPattern {

    private final List<Pattern> globs = new ArrayList<>();
    private final String text;

    public AttachmentPattern(String text) {
        this.text = text;
        for (String glob : text.split(",")) {
            if (!glob.isBlank()) {
                globs.add(Pattern.compile(regex(glob.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        if (globs.isEmpty()) {
            throw new IllegalArgumentException("The attachment pattern '" + text + "' names no file pattern");
        }
    }

    public boolean matches(String fileName) {
        return globs.stream().anyMatch(glob -> glob.matcher(fileName).matches());
    }

    @Override
    public String toString() {
        return text;
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
