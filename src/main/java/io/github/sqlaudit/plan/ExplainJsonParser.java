package io.github.sqlaudit.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reads the document of {@code EXPLAIN FORMAT=JSON} into {@link PlanMetrics}, for MariaDB (10.6 to 11.x)
 * and MySQL (8.0, 8.4; JSON format version 1).
 *
 * <p>Neither server documents its format fully, and the two differ (MariaDB: {@code rows}, a numeric
 * {@code cost}, {@code filesort} and {@code temporary_table} objects; MySQL: {@code rows_examined_per_scan},
 * {@code cost_info}, {@code using_filesort} and {@code using_temporary_table} flags). Their keys do not
 * collide, so one walker reads both: it visits the whole tree, collects every {@code table} object and
 * notes sorts, temporary tables and nested query blocks wherever they appear, so a plan shape we have not
 * seen still yields its tables rather than nothing.
 */
public final class ExplainJsonParser {

    /** Parses one EXPLAIN document; a document that is not a plan is an error naming what is wrong. */
    public PlanMetrics parse(String json) {
        JsonObject root;
        try {
            JsonElement element = JsonParser.parseString(json);
            if (!element.isJsonObject() || !element.getAsJsonObject().has("query_block")) {
                throw new PlanFormatException("EXPLAIN output has no \"query_block\": " + abbreviate(json));
            }
            root = element.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new PlanFormatException("EXPLAIN output is not JSON: " + abbreviate(json), e);
        }
        JsonObject queryBlock = root.getAsJsonObject("query_block");
        Walk walk = new Walk();
        walk.visit(queryBlock, false);
        return new PlanMetrics(walk.tables, estimatedRows(walk), statementCost(queryBlock),
                walk.filesort, walk.temporary, walk.subqueries);
    }

    private static final class Walk {
        final List<TableAccess> tables = new ArrayList<>();
        /**
         * Tables of the outermost query block (one list per UNION member): the product along each join,
         * summed over the members, estimates what the statement returns.
         */
        final List<List<TableAccess>> outerBlocks = new ArrayList<>(List.of(new ArrayList<>()));
        boolean filesort;
        boolean temporary;
        int subqueries;

        void visit(JsonObject object, boolean nested) {
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                String key = entry.getKey();
                JsonElement value = entry.getValue();
                switch (key) {
                    case "using_filesort" -> filesort |= isTrue(value);
                    case "using_temporary_table" -> temporary |= isTrue(value);
                    case "filesort" -> filesort = true;
                    case "temporary_table" -> temporary = true;
                    default -> { }
                }
                if (key.equals("table") && value.isJsonObject()) {
                    TableAccess access = table(value.getAsJsonObject());
                    if (access != null) {
                        tables.add(access);
                        if (!nested) {
                            outerBlocks.get(outerBlocks.size() - 1).add(access);
                        }
                    }
                    visit(value.getAsJsonObject(), nested);
                } else if (key.equals("query_block") && value.isJsonObject()) {
                    subqueries++;
                    visit(value.getAsJsonObject(), true);
                } else if (key.equals("query_specifications") && value.isJsonArray()) {
                    // UNION members: each a query block of the statement itself, not a subquery.
                    for (JsonElement member : value.getAsJsonArray()) {
                        if (member.isJsonObject() && member.getAsJsonObject().has("query_block")) {
                            if (!nested) {
                                outerBlocks.add(new ArrayList<>());
                            }
                            visit(member.getAsJsonObject().getAsJsonObject("query_block"), nested);
                        }
                    }
                } else if (value.isJsonObject()) {
                    visit(value.getAsJsonObject(), nested);
                } else if (value.isJsonArray()) {
                    visitArray(value.getAsJsonArray(), nested);
                }
            }
        }

        void visitArray(JsonArray array, boolean nested) {
            for (JsonElement element : array) {
                if (element.isJsonObject()) {
                    visit(element.getAsJsonObject(), nested);
                } else if (element.isJsonArray()) {
                    visitArray(element.getAsJsonArray(), nested);
                }
            }
        }
    }

    /**
     * One {@code table} object; null when it describes no read: a placeholder without a name (MariaDB's
     * "Deleting all rows" message), or the target of INSERT ... VALUES, which has no access method.
     */
    private static TableAccess table(JsonObject table) {
        String name = string(table, "table_name");
        if (name == null || !table.has("access_type")) {
            return null;
        }
        List<String> possibleKeys = new ArrayList<>();
        if (table.has("possible_keys") && table.get("possible_keys").isJsonArray()) {
            table.getAsJsonArray("possible_keys").forEach(k -> possibleKeys.add(k.getAsString()));
        }
        OptionalLong rows = firstLong(table, "rows_examined_per_scan", "rows");
        double filtered = number(table, "filtered").orElse(100.0);
        return new TableAccess(name, AccessType.fromExplain(string(table, "access_type")), possibleKeys,
                string(table, "key"), firstLong(table, "key_length"), rows, filtered, tableCost(table),
                isTrue(table.get("update")) || isTrue(table.get("delete")));
    }

    /** MariaDB: a number {@code cost}; MySQL: {@code cost_info} read plus evaluation cost. */
    private static OptionalDouble tableCost(JsonObject table) {
        OptionalDouble mariadb = number(table, "cost");
        if (mariadb.isPresent()) {
            return mariadb;
        }
        if (table.has("cost_info") && table.get("cost_info").isJsonObject()) {
            JsonObject costInfo = table.getAsJsonObject("cost_info");
            OptionalDouble read = number(costInfo, "read_cost");
            OptionalDouble eval = number(costInfo, "eval_cost");
            if (read.isPresent() || eval.isPresent()) {
                return OptionalDouble.of(read.orElse(0) + eval.orElse(0));
            }
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble statementCost(JsonObject queryBlock) {
        OptionalDouble mariadb = number(queryBlock, "cost");
        if (mariadb.isPresent()) {
            return mariadb;
        }
        if (queryBlock.has("cost_info") && queryBlock.get("cost_info").isJsonObject()) {
            return number(queryBlock.getAsJsonObject("cost_info"), "query_cost");
        }
        return OptionalDouble.empty();
    }

    /**
     * UPDATE and DELETE: what the modified table is expected to lose or change. Otherwise the rows the
     * outer join produces: the product of each outer table's examined rows times its filtered share,
     * summed over the members of a UNION.
     */
    private static OptionalLong estimatedRows(Walk walk) {
        for (TableAccess table : walk.tables) {
            if (table.modified()) {
                return round(table.rowsProduced());
            }
        }
        double total = 0;
        boolean any = false;
        for (List<TableAccess> block : walk.outerBlocks) {
            if (block.isEmpty()) {
                continue;
            }
            if (block.stream().anyMatch(t -> t.rowsExamined().isEmpty())) {
                return OptionalLong.empty();
            }
            double product = 1;
            for (TableAccess table : block) {
                product *= table.rowsProduced().getAsDouble();
            }
            total += product;
            any = true;
        }
        return any ? round(OptionalDouble.of(total)) : OptionalLong.empty();
    }

    private static OptionalLong round(OptionalDouble value) {
        return value.isPresent() ? OptionalLong.of((long) Math.ceil(value.getAsDouble())) : OptionalLong.empty();
    }

    private static boolean isTrue(JsonElement value) {
        if (value == null || !value.isJsonPrimitive()) {
            return false;
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        return primitive.isBoolean() ? primitive.getAsBoolean()
                : primitive.isNumber() && primitive.getAsDouble() != 0;
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    /** Numbers come as JSON numbers (MariaDB) or as strings such as "10.00" (MySQL). */
    private static OptionalDouble number(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(value.getAsString().trim()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static OptionalLong firstLong(JsonObject object, String... keys) {
        for (String key : keys) {
            OptionalDouble value = number(object, key);
            if (value.isPresent()) {
                return OptionalLong.of((long) value.getAsDouble());
            }
        }
        return OptionalLong.empty();
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "null" : text.replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
