package io.github.sqlaudit.sql;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the DML rules need to know about a SELECT, INSERT, UPDATE, DELETE or REPLACE, gathered over the whole
 * statement (subqueries included, unless a fact says "top level").
 *
 * @param hasWhere                 the top-level statement has a WHERE clause
 * @param whereAlwaysTrue          that WHERE is always true ({@code 1=1}, {@code 1}, {@code TRUE}, {@code x OR 1}, {@code 'a'='a'})
 * @param hasLimit                 the top-level statement has a LIMIT (or FETCH FIRST)
 * @param limitRowCount            the LIMIT's row count when it is a literal
 * @param hasOrderBy               the top-level statement has an ORDER BY
 * @param orderByRand              some ORDER BY sorts by {@code RAND()}
 * @param joins                    every join in the statement
 * @param tablesJoined             the largest number of tables in one FROM clause (joins and comma lists)
 * @param subqueryCount            subqueries anywhere (derived tables, IN/EXISTS, scalar)
 * @param insertColumnListPresent  INSERT/REPLACE names its columns
 * @param insertRowCount           rows in the VALUES list of an INSERT/REPLACE (0 for INSERT ... SELECT or SET)
 * @param insertSelectStar         INSERT ... SELECT * (the SELECT projects {@code *})
 * @param insertFromSelect         INSERT/REPLACE takes its rows from a query
 * @param selectStar               some SELECT list (top level or nested) contains {@code *} or {@code t.*}
 * @param inListSizes              the number of items of each literal {@code IN (...)} list
 * @param functionsOnColumns       predicates (WHERE, ON, HAVING) with a function applied to a column
 * @param leadingWildcardLikes     columns compared with LIKE to a pattern starting with {@code %} or {@code _}
 * @param literalComparisons       columns compared with literals
 * @param assignedColumns          columns set by UPDATE, by INSERT ... ON DUPLICATE KEY UPDATE, or by INSERT ... SET
 * @param lockingRead              SELECT ... FOR UPDATE / FOR SHARE / LOCK IN SHARE MODE
 * @param returning                MariaDB's RETURNING clause
 */
public record DmlFacts(
        boolean hasWhere,
        boolean whereAlwaysTrue,
        boolean hasLimit,
        OptionalLong limitRowCount,
        boolean hasOrderBy,
        boolean orderByRand,
        List<JoinFact> joins,
        int tablesJoined,
        int subqueryCount,
        boolean insertColumnListPresent,
        int insertRowCount,
        boolean insertSelectStar,
        boolean insertFromSelect,
        boolean selectStar,
        List<Integer> inListSizes,
        List<FunctionOnColumn> functionsOnColumns,
        List<ColumnRef> leadingWildcardLikes,
        List<LiteralComparison> literalComparisons,
        List<ColumnRef> assignedColumns,
        boolean lockingRead,
        boolean returning) {

    public DmlFacts {
        Objects.requireNonNull(limitRowCount, "limitRowCount");
        joins = List.copyOf(joins);
        inListSizes = List.copyOf(inListSizes);
        functionsOnColumns = List.copyOf(functionsOnColumns);
        leadingWildcardLikes = List.copyOf(leadingWildcardLikes);
        literalComparisons = List.copyOf(literalComparisons);
        assignedColumns = List.copyOf(assignedColumns);
    }

    /** True when some join has neither ON nor USING (a comma join counts unless WHERE is present). */
    public boolean hasJoinWithoutCondition() {
        return joins.stream().anyMatch(j -> !j.hasCondition());
    }
}
