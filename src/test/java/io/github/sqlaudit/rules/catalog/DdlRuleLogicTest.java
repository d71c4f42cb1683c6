package io.github.sqlaudit.rules.catalog;

import static io.github.sqlaudit.rules.catalog.DdlStatements.alterTable;
import static io.github.sqlaudit.rules.catalog.DdlStatements.column;
import static io.github.sqlaudit.rules.catalog.DdlStatements.columns;
import static io.github.sqlaudit.rules.catalog.DdlStatements.createTable;
import static io.github.sqlaudit.rules.catalog.DdlStatements.index;
import static io.github.sqlaudit.rules.catalog.DdlStatements.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.StatementContext;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.rules.TableFacts;
import io.github.sqlaudit.rules.TargetFacts;
import io.github.sqlaudit.sql.AlterAction;
import io.github.sqlaudit.sql.IndexType;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.TableRef;

/** The rules with real logic, on hand-built facts (no parser involved). */
class DdlRuleLogicTest {

    private static final long MIB = 1024L * 1024L;

    private static List<String> check(StatementRule rule, Statement statement, TargetFacts target) {
        return rule.check(new StatementContext(statement, target), rule.spec().defaultValue());
    }

    private static TargetFacts target(TableFacts... tables) {
        return TargetFacts.of(List.of(tables), s -> Optional.empty());
    }

    @Test
    void duplicateAndLeftPrefixIndexesInCreateTable() {
        Statement statement = createTable("t", List.of(), List.of(
                index(null, IndexType.PRIMARY, "id"),
                index("idx_a", IndexType.INDEX, "a"),
                index("idx_ab", IndexType.INDEX, "a", "b"),
                index("idx_ab2", IndexType.INDEX, "A", "B"),
                index("uk_b", IndexType.UNIQUE, "b"),
                index("idx_bc", IndexType.INDEX, "b", "c")));

        assertThat(check(new IndexRedundancyRule(IndexRedundancyRule.Kind.DUPLICATE), statement, TargetFacts.none()))
                .containsExactly("INDEX idx_ab2 (A, B) repeats INDEX idx_ab (a, b)");
        // idx_a is a prefix of idx_ab; uk_b is unique and so not redundant beside idx_bc
        assertThat(check(new IndexRedundancyRule(IndexRedundancyRule.Kind.LEFT_PREFIX), statement, TargetFacts.none()))
                .containsExactly("INDEX idx_a (a) is a left prefix of INDEX idx_ab (a, b)");
    }

    @Test
    void newIndexComparedWithTheTargetsIndexes() {
        TableFacts existing = new TableFacts(TableRef.of("t"), 10, MIB, List.of("id"),
                List.of(index("idx_a", IndexType.INDEX, "a"), index(null, IndexType.PRIMARY, "id")),
                columns("id", "INT", "a", "INT", "b", "INT"));
        Statement addLonger = alterTable("t", op(AlterAction.ADD_INDEX, "idx_ab", null,
                index("idx_ab", IndexType.INDEX, "a", "b")));

        assertThat(check(new IndexRedundancyRule(IndexRedundancyRule.Kind.LEFT_PREFIX), addLonger, target(existing)))
                .containsExactly("existing INDEX idx_a (a) becomes a left prefix of INDEX idx_ab (a, b)");
        assertThat(check(new IndexRedundancyRule(IndexRedundancyRule.Kind.DUPLICATE), addLonger, target(existing)))
                .isEmpty();
    }

    @Test
    void rebuildOfALargeTableNeedsAnOnlineMethod() {
        TableFacts large = new TableFacts(TableRef.of("orders"), 30_000_000, 4096 * MIB, List.of("id"), List.of(),
                columns("id", "BIGINT", "status", "VARCHAR(20)"));
        Statement modify = alterTable("orders",
                op(AlterAction.MODIFY_COLUMN, "status", column("status", "VARCHAR", 40, true, null), null));
        Statement online = alterTable("orders",
                op(AlterAction.MODIFY_COLUMN, "status", column("status", "VARCHAR", 40, true, null), null),
                op(AlterAction.ALGORITHM, "INPLACE", null, null));
        Statement addIndex = alterTable("orders",
                op(AlterAction.ADD_INDEX, "idx_status", null, index("idx_status", IndexType.INDEX, "status")));

        assertThat(check(new OnlineAlterRule(), modify, target(large))).singleElement().asString()
                .contains("4096 MiB, limit 1024 MiB").contains("MODIFY COLUMN");
        assertThat(check(new OnlineAlterRule(), online, target(large))).isEmpty();
        assertThat(check(new OnlineAlterRule(), addIndex, target(large))).isEmpty();
        assertThat(check(new OnlineAlterRule(), modify, target())).as("unknown table").isEmpty();
    }

    @Test
    void narrowingIsJudgedAgainstTheCurrentType() {
        TableFacts customers = new TableFacts(TableRef.of("customers"), 10, MIB, List.of("id"), List.of(),
                columns("id", "BIGINT", "email", "varchar(255)"));

        assertThat(check(new ColumnNarrowingRule(), alterTable("customers", op(AlterAction.MODIFY_COLUMN, "email",
                column("email", "VARCHAR", 50, true, null), null)), target(customers)))
                .containsExactly("column email: VARCHAR(255) to VARCHAR(50) shortens the column");
        assertThat(check(new ColumnNarrowingRule(), alterTable("customers", op(AlterAction.MODIFY_COLUMN, "email",
                column("email", "VARCHAR", 500, true, null), null)), target(customers)))
                .isEmpty();
    }

    @Test
    void notNullColumnWithoutDefaultAndNamingSeeOnlyNewNames() {
        StatementRule notNull = (StatementRule) BuiltInRules.catalog().find("DDL-009").orElseThrow();
        StatementRule tableNames = (StatementRule) BuiltInRules.catalog().find("NAM-001").orElseThrow();
        StatementRule columnNames = (StatementRule) BuiltInRules.catalog().find("NAM-002").orElseThrow();
        // an existing table with a legacy name: adding a column must not report the table's name
        Statement add = alterTable("LegacyOrders",
                op(AlterAction.ADD_COLUMN, "Region Code", column("Region Code", "VARCHAR", 10, true, null), null));

        assertThat(check(notNull, add, TargetFacts.none())).containsExactly(
                "adds NOT NULL column Region Code without DEFAULT");
        assertThat(tableNames.check(new StatementContext(add, TargetFacts.none()),
                RuleValue.regex("[a-z_]+"))).isEmpty();
        assertThat(columnNames.check(new StatementContext(add, TargetFacts.none()),
                RuleValue.regex("[a-z_]+"))).containsExactly("column Region Code does not match [a-z_]+");
    }
}
