package io.github.sqlaudit.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.StatementContext;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.sql.IndexDef;
import io.github.sqlaudit.sql.IndexType;
import io.github.sqlaudit.sql.StatementKind;

/**
 * DDL-020 and DDL-021: an index that repeats another (same columns, same order) or is a left prefix of another,
 * which serves every query the shorter one would. A unique index is never redundant: it enforces a constraint.
 * New indexes are compared with each other and, when the target knows the table, with its existing indexes.
 */
final class IndexRedundancyRule implements StatementRule {

    enum Kind {
        DUPLICATE,
        LEFT_PREFIX
    }

    /** Full-text, spatial and vector indexes serve other queries than B-tree ones and are compared only among themselves. */
    private static final Set<IndexType> BTREE = Set.of(IndexType.PRIMARY, IndexType.UNIQUE, IndexType.INDEX);

    private final Kind kind;
    private final RuleSpec spec;

    IndexRedundancyRule(Kind kind) {
        this.kind = kind;
        this.spec = kind == Kind.DUPLICATE
                ? RuleSpec.code("DDL-020")
                        .name("Duplicate index")
                        .rationale("Two indexes on the same columns in the same order cost twice on every write "
                                + "and serve the same queries. Keep one.")
                        .dialects(RuleSpec.ALL_DIALECTS).build()
                : RuleSpec.code("DDL-021")
                        .name("Redundant left-prefix index")
                        .rationale("An index on (a) is redundant beside an index on (a, b): the longer one serves "
                                + "the same lookups. Drop the shorter one unless it is unique.")
                        .dialects(RuleSpec.ALL_DIALECTS).build();
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<String> check(StatementContext ctx, RuleValue value) {
        if (ctx.ddl().isEmpty() || !DdlShape.definesTable(ctx.statement())) {
            return List.of();
        }
        List<IndexDef> added = DdlShape.indexes(ctx.ddl().get());
        if (added.isEmpty()) {
            return List.of();
        }
        List<IndexDef> existing = ctx.statement().kind() == StatementKind.CREATE_TABLE ? List.of()
                : DdlShape.table(ctx.statement(), ctx.ddl().get()).flatMap(ctx::table)
                        .map(t -> t.indexes()).orElse(List.of());
        List<String> details = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            IndexDef index = added.get(i);
            List<IndexDef> others = new ArrayList<>(existing);
            others.addAll(added.subList(0, i));
            if (kind == Kind.LEFT_PREFIX) {
                others.addAll(added.subList(i + 1, added.size()));
            }
            for (IndexDef other : others) {
                if (kind == Kind.DUPLICATE && sameFamily(index, other) && lower(index).equals(lower(other))) {
                    details.add(name(index) + " repeats " + name(other));
                    break;
                }
                if (kind == Kind.LEFT_PREFIX && redundantPrefix(index, other)) {
                    details.add(name(index) + " is a left prefix of " + name(other));
                    break;
                }
            }
            if (kind == Kind.LEFT_PREFIX) {
                // an existing index made redundant by the new, longer one
                for (IndexDef old : existing) {
                    if (redundantPrefix(old, index)) {
                        details.add("existing " + name(old) + " becomes a left prefix of " + name(index));
                    }
                }
            }
        }
        return details;
    }

    private static boolean redundantPrefix(IndexDef shorter, IndexDef longer) {
        if (shorter.unique() || !BTREE.contains(shorter.type()) || !BTREE.contains(longer.type())) {
            return false;
        }
        List<String> a = lower(shorter);
        List<String> b = lower(longer);
        return a.size() < b.size() && b.subList(0, a.size()).equals(a);
    }

    private static boolean sameFamily(IndexDef a, IndexDef b) {
        return BTREE.contains(a.type()) == BTREE.contains(b.type());
    }

    private static List<String> lower(IndexDef index) {
        return index.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    private static String name(IndexDef index) {
        return index.type() == IndexType.PRIMARY ? "PRIMARY KEY (" + String.join(", ", index.columns()) + ")"
                : index.type() + " " + index.name().map(n -> n + " ").orElse("") + "(" + String.join(", ",
                        index.columns()) + ")";
    }
}
