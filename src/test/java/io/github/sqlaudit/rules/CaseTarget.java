package io.github.sqlaudit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.sqlaudit.sql.IndexDef;
import io.github.sqlaudit.sql.IndexType;
import io.github.sqlaudit.sql.TableRef;

/**
 * The {@code @target} of a rule case: table facts and one plan, written as JSON, e.g.
 * <pre>{"tables": [{"name": "shop.orders", "rows": 200000, "sizeMb": 2048, "primaryKey": ["id"],
 *   "columns": {"id": "BIGINT UNSIGNED"}, "indexes": [{"name": "idx_s", "type": "INDEX", "columns": ["s"]}]}],
 *  "plan": {"estimatedRows": 5, "cost": 1.5, "filesort": false, "temporary": false, "countedRows": 4,
 *   "accesses": [{"table": "orders", "fullScan": true, "key": null, "possibleKeys": [], "rows": 200000}]}}</pre>
 */
final class CaseTarget {

    private CaseTarget() {
    }

    static TargetFacts parse(String json) {
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        List<TableFacts> tables = new ArrayList<>();
        if (root.has("tables")) {
            for (JsonElement element : root.getAsJsonArray("tables")) {
                tables.add(table(element.getAsJsonObject()));
            }
        }
        Optional<PlanFacts> plan = root.has("plan") ? Optional.of(plan(root.getAsJsonObject("plan")))
                : Optional.empty();
        return TargetFacts.of(tables, statement -> plan);
    }

    private static TableFacts table(JsonObject json) {
        List<IndexDef> indexes = new ArrayList<>();
        if (json.has("indexes")) {
            for (JsonElement element : json.getAsJsonArray("indexes")) {
                JsonObject index = element.getAsJsonObject();
                indexes.add(new IndexDef(Optional.ofNullable(index.has("name") ? index.get("name").getAsString() : null),
                        IndexType.valueOf(index.get("type").getAsString()), strings(index, "columns")));
            }
        }
        List<String> primaryKey = json.has("primaryKey") ? strings(json, "primaryKey") : List.of();
        if (!primaryKey.isEmpty()) {
            indexes.add(new IndexDef(Optional.empty(), IndexType.PRIMARY, primaryKey));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        if (json.has("columns")) {
            json.getAsJsonObject("columns").entrySet().forEach(e -> columns.put(e.getKey(), e.getValue().getAsString()));
        }
        return new TableFacts(tableRef(json.get("name").getAsString()), json.has("rows") ? json.get("rows").getAsLong() : 0,
                json.has("sizeMb") ? json.get("sizeMb").getAsLong() * 1024 * 1024 : 0, primaryKey, indexes, columns);
    }

    private static PlanFacts plan(JsonObject json) {
        List<TableAccess> accesses = new ArrayList<>();
        if (json.has("accesses")) {
            for (JsonElement element : json.getAsJsonArray("accesses")) {
                JsonObject access = element.getAsJsonObject();
                Optional<String> key = access.has("key") && !access.get("key").isJsonNull()
                        ? Optional.of(access.get("key").getAsString()) : Optional.empty();
                accesses.add(new TableAccess(tableRef(access.get("table").getAsString()),
                        access.has("fullScan") && access.get("fullScan").getAsBoolean(), key,
                        access.has("possibleKeys") ? strings(access, "possibleKeys") : List.of(),
                        access.has("rows") ? access.get("rows").getAsLong() : 0));
            }
        }
        return new PlanFacts(json.has("estimatedRows") ? json.get("estimatedRows").getAsLong() : 0,
                json.has("cost") ? OptionalDouble.of(json.get("cost").getAsDouble()) : OptionalDouble.empty(),
                json.has("filesort") && json.get("filesort").getAsBoolean(),
                json.has("temporary") && json.get("temporary").getAsBoolean(), accesses,
                json.has("countedRows") ? java.util.OptionalLong.of(json.get("countedRows").getAsLong())
                        : java.util.OptionalLong.empty());
    }

    static TableRef tableRef(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? TableRef.of(name) : TableRef.of(name.substring(0, dot), name.substring(dot + 1));
    }

    private static List<String> strings(JsonObject json, String field) {
        List<String> values = new ArrayList<>();
        json.getAsJsonArray(field).forEach(e -> values.add(e.getAsString()));
        return values;
    }
}
