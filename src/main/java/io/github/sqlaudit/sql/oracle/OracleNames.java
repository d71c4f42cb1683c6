package io.github.sqlaudit.sql.oracle;

import java.util.List;
import java.util.Optional;

import io.github.sqlaudit.sql.ColumnRef;
import io.github.sqlaudit.sql.TableRef;
import io.github.sqlaudit.sql.oracle.OracleParser.ColumnNameContext;
import io.github.sqlaudit.sql.oracle.OracleParser.IdentifierContext;
import io.github.sqlaudit.sql.oracle.OracleParser.ObjectNameContext;

/** Names as the Oracle statement writes them, unquoted ({@code "Mixed Case"} keeps its case, plain names theirs). */
final class OracleNames {

    private OracleNames() {
    }

    static String of(IdentifierContext identifier) {
        String text = identifier.getStart().getText(); // an identifier is always one token
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text;
    }

    /** The parts of a dotted name, unquoted. */
    static List<String> parts(OracleParser.QualifiedNameContext name) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(of(name.identifier()));
        for (OracleParser.AnyNameContext part : name.anyName()) {
            parts.add(part.identifier() != null ? of(part.identifier()) : part.getText());
        }
        return parts;
    }

    /** {@code schema.object} (a database link, {@code @link}, is not part of the table's name). */
    static TableRef table(ObjectNameContext name) {
        List<IdentifierContext> parts = name.identifier();
        return parts.size() == 1 ? TableRef.of(of(parts.get(0))) : TableRef.of(of(parts.get(0)), of(parts.get(1)));
    }

    static ColumnRef column(ColumnNameContext name) {
        List<IdentifierContext> parts = name.identifier();
        String last = of(parts.get(parts.size() - 1));
        return parts.size() == 1 ? ColumnRef.of(last) : new ColumnRef(Optional.of(of(parts.get(parts.size() - 2))), last);
    }
}
