package io.github.sqlaudit.sql.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import io.github.sqlaudit.sql.ColumnDef;
import io.github.sqlaudit.sql.ForeignKeyDef;
import io.github.sqlaudit.sql.IndexDef;
import io.github.sqlaudit.sql.IndexType;

/** Reads column definitions, keys and foreign keys from the DDL parse tree. */
final class ColumnDefinitions {

    private ColumnDefinitions() {
    }

    static ColumnDef column(MySqlParser.ColumnDefinitionContext ctx) {
        MySqlParser.DataTypeContext type = ctx.dataType();
        // One pass over the type's children (this runs for every column of every CREATE/ALTER TABLE).
        int[] numbers = new int[2];
        int numberCount = 0;
        boolean unsigned = false;
        Optional<String> charset = Optional.empty();
        Optional<String> collation = Optional.empty();
        List<String> enumValues = List.of();
        for (ParseTree child : type.children) {
            if (child instanceof TerminalNode terminal) {
                if (terminal.getSymbol().getType() == MySqlLexer.INTEGER_LITERAL && numberCount < 2) {
                    numbers[numberCount++] = parseInt(terminal.getText());
                }
            } else if (child instanceof MySqlParser.TypeLengthContext length && numberCount < 2) {
                numbers[numberCount++] = parseInt(length.INTEGER_LITERAL().getText());
            } else if (child instanceof MySqlParser.NumericAttributeContext attribute) {
                unsigned |= attribute.SIGNED() == null;
            } else if (child instanceof MySqlParser.CharsetClauseContext clause) {
                if (clause.charsetName() != null) {
                    charset = Optional.of(Names.unquote(clause.charsetName().getText()));
                } else if (clause.collationName() != null) {
                    collation = Optional.of(Names.unquote(clause.collationName().getText()));
                }
            } else if (child instanceof MySqlParser.TextLiteralContext value) {
                if (enumValues.isEmpty()) {
                    enumValues = new ArrayList<>();
                }
                enumValues.add(Names.text(value));
            }
        }
        Optional<Boolean> nullable = Optional.empty();
        Optional<String> defaultValue = Optional.empty();
        Optional<String> comment = Optional.empty();
        boolean autoIncrement = false;
        boolean primaryKey = false;
        boolean unique = false;
        boolean generated = false;
        for (ParseTree child : ctx.children) {
            if (!(child instanceof MySqlParser.ColumnAttributeContext attribute)) {
                continue;
            }
            if (attribute instanceof MySqlParser.NullAttributeContext nullAttribute) {
                nullable = Optional.of(nullAttribute.NOT() == null);
            } else if (attribute instanceof MySqlParser.DefaultAttributeContext defaultAttribute) {
                defaultValue = Optional.of(Names.source(defaultAttribute.defaultValue()));
            } else if (attribute instanceof MySqlParser.AutoIncrementAttributeContext
                    || attribute instanceof MySqlParser.SerialDefaultAttributeContext) {
                autoIncrement = true;
            } else if (attribute instanceof MySqlParser.PrimaryKeyAttributeContext) {
                primaryKey = true; // "KEY" alone in a column definition also means PRIMARY KEY
            } else if (attribute instanceof MySqlParser.UniqueAttributeContext) {
                unique = true;
            } else if (attribute instanceof MySqlParser.CommentAttributeContext commentAttribute) {
                comment = Optional.of(Names.text(commentAttribute.textLiteral()));
            } else if (attribute instanceof MySqlParser.CollateAttributeContext collate) {
                collation = Optional.of(Names.unquote(collate.collationName().getText()));
            } else if (attribute instanceof MySqlParser.CharsetAttributeContext charsetAttribute) {
                charset = Optional.of(Names.unquote(charsetAttribute.charsetName().getText()));
            } else if (attribute instanceof MySqlParser.GeneratedAttributeContext) {
                generated = true;
            }
        }
        String typeName = typeName(type);
        if (typeName.equals("SERIAL")) {
            // SERIAL is BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE.
            return new ColumnDef(Names.of(ctx.identifier()), "BIGINT", OptionalInt.empty(), OptionalInt.empty(), true,
                    Optional.of(false), defaultValue, true, charset, collation, comment, primaryKey, true, false, enumValues);
        }
        return new ColumnDef(Names.of(ctx.identifier()), typeName,
                numberCount < 1 ? OptionalInt.empty() : OptionalInt.of(numbers[0]),
                numberCount < 2 ? OptionalInt.empty() : OptionalInt.of(numbers[1]),
                unsigned, nullable, defaultValue, autoIncrement, charset, collation, comment, primaryKey, unique,
                generated, enumValues);
    }

    /** The type's name in upper case, synonyms folded (INTEGER → INT, CHARACTER VARYING → VARCHAR, ...). */
    static String typeName(MySqlParser.DataTypeContext type) {
        String first = type.getStart().getText().toUpperCase(Locale.ROOT);
        String text = first.equals("CHARACTER") || first.equals("CHAR") || first.equals("NCHAR") || first.equals("NATIONAL")
                || first.equals("LONG") ? type.getText().toUpperCase(Locale.ROOT) : first;
        return switch (first) {
            case "INTEGER", "INT4" -> "INT";
            case "INT1" -> "TINYINT";
            case "INT2" -> "SMALLINT";
            case "INT3", "MIDDLEINT" -> "MEDIUMINT";
            case "INT8" -> "BIGINT";
            case "DEC", "NUMERIC", "FIXED" -> "DECIMAL";
            case "FLOAT4" -> "FLOAT";
            case "FLOAT8", "REAL" -> "DOUBLE";
            case "BOOLEAN" -> "BOOL";
            case "CHARACTER", "CHAR", "NCHAR", "NATIONAL" -> text.contains("VARYING") || text.contains("VARCHAR")
                    ? "VARCHAR" : "CHAR";
            case "NVARCHAR", "VARCHARACTER" -> "VARCHAR";
            case "LONG" -> text.startsWith("LONGVARBINARY") ? "MEDIUMBLOB" : "MEDIUMTEXT";
            default -> first;
        };
    }

    static IndexDef index(MySqlParser.TableConstraintContext constraint) {
        if (constraint instanceof MySqlParser.PrimaryKeyConstraintContext primary) {
            return new IndexDef(Optional.empty(), IndexType.PRIMARY, keyParts(primary.keyPartList()));
        }
        if (constraint instanceof MySqlParser.UniqueConstraintContext unique) {
            Optional<String> name = unique.identifier() != null ? Optional.of(Names.of(unique.identifier()))
                    : Optional.ofNullable(unique.constraintName()).map(MySqlParser.ConstraintNameContext::identifier)
                            .map(Names::of);
            return new IndexDef(name, IndexType.UNIQUE, keyParts(unique.keyPartList()));
        }
        if (constraint instanceof MySqlParser.IndexConstraintContext index) {
            return new IndexDef(Optional.ofNullable(index.identifier()).map(Names::of), IndexType.INDEX,
                    keyParts(index.keyPartList()));
        }
        if (constraint instanceof MySqlParser.SpecialIndexConstraintContext special) {
            return new IndexDef(Optional.ofNullable(special.identifier()).map(Names::of),
                    special.FULLTEXT() != null ? IndexType.FULLTEXT : IndexType.SPATIAL, keyParts(special.keyPartList()));
        }
        if (constraint instanceof MySqlParser.VectorIndexConstraintContext vector) {
            return new IndexDef(Optional.ofNullable(vector.identifier()).map(Names::of), IndexType.VECTOR,
                    keyParts(vector.keyPartList()));
        }
        return null;
    }

    static List<String> keyParts(MySqlParser.KeyPartListContext list) {
        return list.keyPart().stream()
                .map(part -> part.identifier() != null ? Names.of(part.identifier()) : Names.source(part.expr()))
                .toList();
    }

    static ForeignKeyDef foreignKey(MySqlParser.ForeignKeyConstraintContext fk) {
        Optional<String> name = fk.identifier() != null ? Optional.of(Names.of(fk.identifier()))
                : Optional.ofNullable(fk.constraintName()).map(MySqlParser.ConstraintNameContext::identifier).map(Names::of);
        List<String> columns = fk.parenIdentifierList().identifierList().identifier().stream().map(Names::of).toList();
        return foreignKey(name, columns, fk.referenceDefinition());
    }

    static ForeignKeyDef foreignKey(Optional<String> name, List<String> columns,
                                    MySqlParser.ReferenceDefinitionContext reference) {
        List<String> referenced = reference.keyPart().stream()
                .map(part -> part.identifier() != null ? Names.of(part.identifier()) : Names.source(part.expr()))
                .toList();
        Optional<String> onDelete = Optional.empty();
        Optional<String> onUpdate = Optional.empty();
        for (MySqlParser.ReferenceActionContext action : reference.referenceAction()) {
            String option = Names.source(action.referenceOption()).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (action.DELETE() != null) {
                onDelete = Optional.of(option);
            } else {
                onUpdate = Optional.of(option);
            }
        }
        return new ForeignKeyDef(name, columns, Names.table(reference.tableName()), referenced, onDelete, onUpdate);
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
