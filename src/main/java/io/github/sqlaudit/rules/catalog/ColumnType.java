package io.github.sqlaudit.rules.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.sqlaudit.sql.ColumnDef;

/**
 * A column type reduced to what the type rules compare: base name, length or precision, scale, unsigned. Read
 * either from a parsed column definition or from the catalog's text ({@code varchar(255)}, {@code int unsigned}).
 */
record ColumnType(String base, OptionalInt length, OptionalInt scale, boolean unsigned) {

    /** {@code (10)} or {@code (10,2)} after the type name. */
    private static final Pattern SIZE = Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");
    /** Words that follow a type without a size ({@code INT UNSIGNED}, {@code TEXT CHARACTER SET ...}). */
    private static final Pattern MODIFIER = Pattern.compile("\\s(UNSIGNED|SIGNED|ZEROFILL|CHARACTER|CHARSET|COLLATE)\\b");

    private static final Set<String> STRING_TYPES = Set.of("CHAR", "VARCHAR", "TINYTEXT", "TEXT", "MEDIUMTEXT",
            "LONGTEXT", "ENUM", "SET", "VARCHAR2", "NVARCHAR2", "NCHAR", "NVARCHAR", "CLOB", "NCLOB", "LONG",
            "CHARACTER", "NATIONAL CHAR", "NATIONAL VARCHAR");
    /** Integer types by storage size, for narrowing. */
    private static final Map<String, Integer> INTEGER_RANK = Map.of("TINYINT", 1, "SMALLINT", 2, "MEDIUMINT", 3,
            "INT", 4, "INTEGER", 4, "BIGINT", 5);
    private static final Set<String> NUMERIC_TYPES = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "INTEGER",
            "BIGINT", "DECIMAL", "NUMERIC", "DEC", "FIXED", "FLOAT", "DOUBLE", "REAL", "NUMBER", "BINARY_FLOAT",
            "BINARY_DOUBLE", "BIT", "BOOL", "BOOLEAN", "SERIAL");
    /** String types by capacity, for narrowing across types of the same family (bytes, as the manual gives them). */
    private static final Map<String, Long> TEXT_CAPACITY = Map.of("TINYTEXT", 255L, "TEXT", 65_535L,
            "MEDIUMTEXT", 16_777_215L, "LONGTEXT", 4_294_967_295L);

    static ColumnType of(ColumnDef column) {
        return new ColumnType(column.dataType().toUpperCase(Locale.ROOT), column.length(), column.scale(),
                column.unsigned());
    }

    static ColumnType parse(String text) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        String base = upper;
        String modifiers = "";
        OptionalInt length = OptionalInt.empty();
        OptionalInt scale = OptionalInt.empty();
        Matcher size = SIZE.matcher(upper);
        if (size.find()) {
            base = upper.substring(0, size.start()).trim();
            length = OptionalInt.of(Integer.parseInt(size.group(1)));
            scale = size.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(size.group(2)));
            modifiers = upper.substring(size.end());
        } else {
            Matcher modifier = MODIFIER.matcher(upper);
            if (modifier.find()) {
                base = upper.substring(0, modifier.start()).trim();
                modifiers = upper.substring(modifier.start());
            }
        }
        return new ColumnType(base, length, scale, modifiers.contains("UNSIGNED") || modifiers.contains("ZEROFILL"));
    }

    boolean isString() {
        return STRING_TYPES.contains(base);
    }

    boolean isNumeric() {
        return NUMERIC_TYPES.contains(base);
    }

    boolean isInteger() {
        return INTEGER_RANK.containsKey(base);
    }

    boolean isTextOrBlob() {
        return base.endsWith("TEXT") || base.endsWith("BLOB") || base.equals("CLOB") || base.equals("NCLOB");
    }

    /**
     * Why changing from {@code this} to {@code target} can lose data, if it can: a shorter string, a smaller
     * integer, less precision or scale, a sign change, or another family of type altogether.
     */
    Optional<String> narrowingTo(ColumnType target) {
        String from = display();
        String to = target.display();
        if (isInteger() && target.isInteger()) {
            if (INTEGER_RANK.get(target.base) < INTEGER_RANK.get(base)) {
                return Optional.of(from + " to " + to + " is a smaller integer type");
            }
            if (unsigned != target.unsigned) {
                return Optional.of(from + " to " + to + " changes the sign, the value range shifts");
            }
            return Optional.empty();
        }
        if (isString() && target.isString()) {
            long before = capacity();
            long after = target.capacity();
            return after < before
                    ? Optional.of(from + " to " + to + " shortens the column")
                    : Optional.empty();
        }
        if (isNumeric() && target.isNumeric() && !isInteger() && base.equals(target.base)) {
            if (target.length.orElse(Integer.MAX_VALUE) < length.orElse(Integer.MAX_VALUE)
                    || target.scale.orElse(0) < scale.orElse(0)) {
                return Optional.of(from + " to " + to + " reduces precision or scale");
            }
            return Optional.empty();
        }
        if (isInteger() && (target.base.equals("DECIMAL") || target.base.equals("NUMERIC")
                || target.base.equals("NUMBER"))) {
            return Optional.empty(); // widening when the precision holds the integer: reviewed by DDL rules
        }
        if (!base.equals(target.base)) {
            return Optional.of(from + " to " + to + " changes the type family, values are converted");
        }
        return Optional.empty();
    }

    private long capacity() {
        if (TEXT_CAPACITY.containsKey(base)) {
            return TEXT_CAPACITY.get(base);
        }
        return length.isPresent() ? length.getAsInt() : (base.equals("CHAR") || base.equals("NCHAR") ? 1 : Long.MAX_VALUE);
    }

    String display() {
        StringBuilder text = new StringBuilder(base);
        length.ifPresent(l -> {
            text.append('(').append(l);
            scale.ifPresent(s -> text.append(',').append(s));
            text.append(')');
        });
        if (unsigned) {
            text.append(" UNSIGNED");
        }
        return text.toString();
    }
}
