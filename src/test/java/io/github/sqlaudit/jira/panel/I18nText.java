package io.github.sqlaudit.jira.panel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Jira's {@code $i18n} as the panel uses it, over our i18n/sqlaudit.properties; a missing key fails the render. */
public final class I18nText {

    private final Properties texts = new Properties();

    public I18nText() {
        try (InputStream in = I18nText.class.getResourceAsStream("/i18n/sqlaudit.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getText(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no i18n text for " + key);
        }
        return text;
    }
}
