package io.github.sqlaudit.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DmlFactsTest {

    private final SqlParser mysql = SqlParser.forDialect(Dialect.MYSQL);

    private DmlFacts facts(String sql) {
        Statement statement = mysql.parseStatement(sql);
        assertThat(statement.error()).as(sql).isEmpty();
        return statement.dml().orElseThrow();
    }

    private Statement statement(String sql) {
        Statement statement = mysql.parseStatement(sql);
        assertThat(statement.error()).as(sql).isEmpty();
        return statement;
    }

    @Test
    void updateWithoutWhere() {
        DmlFacts facts = facts("UPDATE t SET a = 1");
        assertThat(facts.hasWhere()).isFalse();
        assertThat(facts.assignedColumns()).containsExactly(ColumnRef.of("a"));
    }

    @Test
    void deleteWithWhere() {
        DmlFacts facts = facts("DELETE FROM t WHERE id = 5");
        assertThat(facts.hasWhere()).isTrue();
        assertThat(facts.whereAlwaysTrue()).isFalse();
    }

    @Test
    void alwaysTrueConditions() {
        assertThat(facts("DELETE FROM t WHERE 1 = 1").whereAlwaysTrue()).isTrue();
        assertThat(facts("DELETE FROM t WHERE 1").whereAlwaysTrue()).isTrue();
        assertThat(facts("DELETE FROM t WHERE TRUE").whereAlwaysTrue()).isTrue();
        assertThat(facts("UPDATE t SET a = 1 WHERE id = 3 OR 1 = 1").whereAlwaysTrue()).isTrue();
        assertThat(facts("UPDATE t SET a = 1 WHERE 'a' = 'a'").whereAlwaysTrue()).isTrue();
        assertThat(facts("UPDATE t SET a = 1 WHERE (2 > 1)").whereAlwaysTrue()).isTrue();
        assertThat(facts("UPDATE t SET a = 1 WHERE id = id").whereAlwaysTrue()).isTrue();
        assertThat(facts("DELETE FROM t WHERE NOT 0").whereAlwaysTrue()).isTrue();
    }

    @Test
    void conditionsThatAreNotAlwaysTrue() {
        assertThat(facts("DELETE FROM t WHERE 1 = 0").whereAlwaysTrue()).isFalse();
        assertThat(facts("DELETE FROM t WHERE 1 = 1 AND id = 3").whereAlwaysTrue()).isFalse();
        assertThat(facts("DELETE FROM t WHERE 0").whereAlwaysTrue()).isFalse();
        assertThat(facts("DELETE FROM t WHERE a = 'a'").whereAlwaysTrue()).isFalse();
    }

    @Test
    void limitAndOrderBy() {
        DmlFacts facts = facts("DELETE FROM t WHERE a < 10 LIMIT 100");
        assertThat(facts.hasLimit()).isTrue();
        assertThat(facts.limitRowCount()).hasValue(100);
        assertThat(facts.hasOrderBy()).isFalse();
        DmlFacts ordered = facts("UPDATE t SET a = 0 ORDER BY id LIMIT 10");
        assertThat(ordered.hasOrderBy()).isTrue();
        assertThat(facts("SELECT * FROM t LIMIT 5, 20").limitRowCount()).hasValue(20);
        assertThat(facts("SELECT * FROM t LIMIT 20 OFFSET 5").limitRowCount()).hasValue(20);
        assertThat(facts("SELECT * FROM t LIMIT ?").limitRowCount()).isEmpty();
    }

    @Test
    void orderByRand() {
        assertThat(facts("SELECT * FROM t ORDER BY RAND() LIMIT 1").orderByRand()).isTrue();
        assertThat(facts("SELECT * FROM t ORDER BY rand(), a").orderByRand()).isTrue();
        assertThat(facts("SELECT * FROM t ORDER BY a").orderByRand()).isFalse();
    }

    @Test
    void joinsAndTheirConditions() {
        DmlFacts facts = facts("SELECT * FROM a JOIN b ON a.id = b.id LEFT JOIN c USING (id) CROSS JOIN d JOIN e");
        assertThat(facts.joins()).extracting(JoinFact::type)
                .containsExactly(JoinType.INNER, JoinType.LEFT, JoinType.CROSS, JoinType.INNER);
        assertThat(facts.joins()).extracting(JoinFact::hasCondition).containsExactly(true, true, false, false);
        assertThat(facts.joins().get(0).table()).contains(TableRef.of("b"));
        assertThat(facts.tablesJoined()).isEqualTo(5);
        assertThat(facts.hasJoinWithoutCondition()).isTrue();
    }

    @Test
    void joinNestedOnTheRightOfALeftJoin() {
        DmlFacts facts = facts("SELECT * FROM a LEFT JOIN b JOIN c ON c.x = b.x ON b.y = a.y");
        assertThat(facts.tablesJoined()).isEqualTo(3);
        assertThat(facts.joins()).extracting(JoinFact::type).containsExactly(JoinType.LEFT, JoinType.INNER);
        assertThat(facts.joins()).allMatch(JoinFact::hasCondition);
        assertThat(facts.joins().get(0).table()).contains(TableRef.of("b"));
    }

    @Test
    void commaJoinCountsAsConditionedOnlyWithWhere() {
        assertThat(facts("SELECT * FROM a, b WHERE a.x = b.x").joins())
                .singleElement().satisfies(j -> {
                    assertThat(j.type()).isEqualTo(JoinType.COMMA);
                    assertThat(j.hasCondition()).isTrue();
                });
        assertThat(facts("SELECT * FROM a, b").hasJoinWithoutCondition()).isTrue();
    }

    @Test
    void subqueriesAreCounted() {
        DmlFacts facts = facts("SELECT (SELECT 1), x FROM (SELECT a AS x FROM t) d WHERE EXISTS (SELECT 1 FROM u) "
                + "AND x IN (SELECT a FROM v) AND x > ALL (SELECT a FROM w)");
        assertThat(facts.subqueryCount()).isEqualTo(5);
    }

    @Test
    void insertFacts() {
        DmlFacts values = facts("INSERT INTO t (a, b) VALUES (1, 2), (3, 4), (5, 6)");
        assertThat(values.insertColumnListPresent()).isTrue();
        assertThat(values.insertRowCount()).isEqualTo(3);
        assertThat(values.insertFromSelect()).isFalse();
        DmlFacts noColumns = facts("INSERT INTO t VALUES (1, 2)");
        assertThat(noColumns.insertColumnListPresent()).isFalse();
        DmlFacts selectStar = facts("INSERT INTO archive SELECT * FROM orders");
        assertThat(selectStar.insertSelectStar()).isTrue();
        assertThat(selectStar.insertFromSelect()).isTrue();
        assertThat(selectStar.selectStar()).isTrue();
        DmlFacts selectColumns = facts("INSERT INTO archive (a) SELECT a FROM orders");
        assertThat(selectColumns.insertSelectStar()).isFalse();
    }

    @Test
    void onDuplicateKeyAssignmentsAreAssignedColumns() {
        assertThat(facts("INSERT INTO t (a, b) VALUES (1, 2) ON DUPLICATE KEY UPDATE b = VALUES(b)").assignedColumns())
                .containsExactly(ColumnRef.of("b"));
    }

    @Test
    void selectStar() {
        assertThat(facts("SELECT * FROM t").selectStar()).isTrue();
        assertThat(facts("SELECT t.* FROM t").selectStar()).isTrue();
        assertThat(facts("SELECT a FROM t").selectStar()).isFalse();
        assertThat(facts("SELECT COUNT(*) FROM t").selectStar()).isFalse();
    }

    @Test
    void inListSizes() {
        assertThat(facts("SELECT * FROM t WHERE a IN (1, 2, 3) AND b NOT IN ('x', 'y')").inListSizes())
                .containsExactly(3, 2);
    }

    @Test
    void functionsAppliedToColumnsInPredicates() {
        DmlFacts facts = facts("SELECT * FROM t JOIN u ON LOWER(u.name) = t.name "
                + "WHERE DATE(created_at) = '2024-01-01' AND YEAR(t.d) > 2000 AND CAST(code AS UNSIGNED) = 5");
        assertThat(facts.functionsOnColumns()).extracting(FunctionOnColumn::function, f -> f.column().qualifiedName())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("LOWER", "u.name"),
                        org.assertj.core.groups.Tuple.tuple("DATE", "created_at"),
                        org.assertj.core.groups.Tuple.tuple("YEAR", "t.d"),
                        org.assertj.core.groups.Tuple.tuple("CAST", "code"));
    }

    @Test
    void functionsInTheSelectListAreNotPredicates() {
        assertThat(facts("SELECT DATE(created_at) FROM t WHERE id = 1").functionsOnColumns()).isEmpty();
    }

    @Test
    void leadingWildcardLike() {
        DmlFacts facts = facts("SELECT * FROM t WHERE name LIKE '%son' AND code LIKE 'AB%' AND x NOT LIKE '_x'");
        assertThat(facts.leadingWildcardLikes()).containsExactly(ColumnRef.of("name"), ColumnRef.of("x"));
    }

    @Test
    void literalComparisonsForImplicitConversion() {
        DmlFacts facts = facts("SELECT * FROM t WHERE phone = 5551234 AND id = '42' AND 3 < qty AND d = DATE '2024-01-01'");
        assertThat(facts.literalComparisons())
                .extracting(c -> c.column().name(), LiteralComparison::literalType, LiteralComparison::operator)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("phone", LiteralType.NUMBER, "="),
                        org.assertj.core.groups.Tuple.tuple("id", LiteralType.STRING, "="),
                        org.assertj.core.groups.Tuple.tuple("qty", LiteralType.NUMBER, "<"),
                        org.assertj.core.groups.Tuple.tuple("d", LiteralType.TEMPORAL, "="));
    }

    @Test
    void lockingRead() {
        assertThat(facts("SELECT * FROM t WHERE id = 1 FOR UPDATE").lockingRead()).isTrue();
        assertThat(facts("SELECT * FROM t").lockingRead()).isFalse();
    }

    @Test
    void returningIsMariaDb() {
        Statement statement = SqlParser.forDialect(Dialect.MARIADB).parseStatement("DELETE FROM t WHERE id = 1 RETURNING id");
        assertThat(statement.dml().orElseThrow().returning()).isTrue();
    }

    @Test
    void tablesReadAndWritten() {
        Statement update = statement("UPDATE shop.items i JOIN shop.prices p ON i.id = p.id SET i.price = p.price");
        assertThat(update.tablesWritten()).containsExactly(TableRef.of("shop", "items"));
        assertThat(update.tablesRead()).containsExactly(TableRef.of("shop", "prices"));
        Statement insert = statement("INSERT INTO archive.orders SELECT * FROM live.orders o JOIN live.items USING (id)");
        assertThat(insert.tablesWritten()).containsExactly(TableRef.of("archive", "orders"));
        assertThat(insert.tablesRead()).containsExactly(TableRef.of("live", "orders"), TableRef.of("live", "items"));
        Statement delete = statement("DELETE t1 FROM t1 LEFT JOIN t2 ON t1.id = t2.id WHERE t2.id IS NULL");
        assertThat(delete.tablesWritten()).containsExactly(TableRef.of("t1"));
        assertThat(delete.tablesRead()).containsExactly(TableRef.of("t2"));
    }

    @Test
    void cteNamesAreNotTables() {
        Statement select = statement("WITH recent AS (SELECT * FROM orders) SELECT * FROM recent JOIN `db`.`customers` c");
        assertThat(select.tablesRead()).containsExactly(TableRef.of("orders"), TableRef.of("db", "customers"));
    }

    @Test
    void quotedNamesAreUnquoted() {
        Statement select = statement("SELECT * FROM `my``db`.`odd name`");
        assertThat(select.tablesRead()).containsExactly(TableRef.of("my`db", "odd name"));
        assertThat(select.tablesRead().get(0).schema()).isEqualTo(Optional.of("my`db"));
    }

    @Test
    void selectWithoutWhereOnUnion() {
        DmlFacts facts = facts("SELECT a FROM t UNION SELECT a FROM u WHERE a > 1 ORDER BY a LIMIT 3");
        assertThat(facts.hasWhere()).isFalse();
        assertThat(facts.hasOrderBy()).isTrue();
        assertThat(facts.hasLimit()).isTrue();
    }
}
