package io.github.sqlaudit.jira.store;

import java.lang.reflect.Type;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;

/**
 * Reads a stored report's JSON back into the plain model the templates read: maps, lists, strings,
 * booleans and numbers, with whole numbers as {@code Long} (so a line prints as 12, not 12.0).
 */
public final class ReportJson {

    private static final Gson GSON = new GsonBuilder().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create();
    private static final Type MODEL = new TypeToken<Map<String, Object>>() { }.getType();

    private ReportJson() {
    }

    public static Map<String, Object> parse(String json) {
        return GSON.fromJson(json, MODEL);
    }
}
