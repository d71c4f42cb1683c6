package io.github.sqlaudit.jira.admin;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The texts of {@code i18n/sqlaudit.properties} (English), for Java code and, as a plain map, for the admin
 * templates ({@code $text.get("sqlaudit.admin.rules.title")}): a map needs no Velocity allow-list entry.
 */
public final class Messages {

    private static final String BUNDLE = "i18n.sqlaudit";

    private final ResourceBundle bundle;

    public Messages() {
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Messages.class.getClassLoader());
    }

    /** The text of {@code key} with {@code {0}}-style arguments filled in. */
    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    public Map<String, String> all() {
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return Collections.unmodifiableMap(texts);
    }
}
