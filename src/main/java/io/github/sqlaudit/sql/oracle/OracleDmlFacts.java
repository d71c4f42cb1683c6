package io.github.sqlaudit.sql.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.OptionalLong;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

import io.github.sqlaudit.sql.ColumnRef;
import io.github.sqlaudit.sql.DmlFacts;
import io.github.sqlaudit.sql.FunctionOnColumn;
import io.github.sqlaudit.sql.JoinFact;
import io.github.sqlaudit.sql.JoinType;
import io.github.sqlaudit.sql.LiteralComparison;
import io.github.sqlaudit.sql.LiteralType;
import io.github.sqlaudit.sql.TableRef;
import io.github.sqlaudit.sql.oracle.OracleParser.*;

/**
 * The {@link DmlFacts} of an Oracle SELECT, INSERT, UPDATE, DELETE or MERGE. "Top level" facts come from the
 * statement's own clauses; the others from a walk over the whole tree. FETCH FIRST n ROWS counts as the limit;
 * MERGE's ON condition as its WHERE; ORDER BY DBMS_RANDOM.VALUE as a random order.
 */
final class OracleDmlFacts {

    private boolean hasWhere;
    private boolean whereAlwaysTrue;
    private boolean hasLimit;
    private OptionalLong limitRowCount = OptionalLong.empty();
    private boolean hasOrderBy;
    private boolean orderByRand;
    private final List<JoinFact> joins = new ArrayList<>();
    private int tablesJoined;
    private int subqueryCount;
    private boolean insertColumnListPresent;
    private int insertRowCount;
    private boolean insertSelectStar;
    private boolean insertFromSelect;
    private boolean selectStar;
    private final List<Integer> inListSizes = new ArrayList<>();
    private final List<FunctionOnColumn> functionsOnColumns = new ArrayList<>();
    private final List<ColumnRef> leadingWildcardLikes = new ArrayList<>();
    private final List<LiteralComparison> literalComparisons = new ArrayList<>();
    private final List<ColumnRef> assignedColumns = new ArrayList<>();
    private boolean lockingRead;
    private boolean returning;

    private static final Pattern ROW_COUNT = Pattern.compile("\\d{1,18}");

    static DmlFacts of(ParserRuleContext statement) {
        OracleDmlFacts facts = new OracleDmlFacts();
        facts.topLevel(statement);
        facts.walk(statement, false);
        return new DmlFacts(facts.hasWhere, facts.whereAlwaysTrue, facts.hasLimit, facts.limitRowCount,
                facts.hasOrderBy, facts.orderByRand, facts.joins, facts.tablesJoined, facts.subqueryCount,
                facts.insertColumnListPresent, facts.insertRowCount, facts.insertSelectStar, facts.insertFromSelect,
                facts.selectStar, facts.inListSizes, facts.functionsOnColumns, facts.leadingWildcardLikes,
                facts.literalComparisons, facts.assignedColumns, facts.lockingRead, facts.returning);
    }

    // ---- the statement's own clauses

    private void topLevel(ParserRuleContext statement) {
        if (statement instanceof SelectStatementContext select) {
            lockingRead = select.forUpdateClause() != null;
            query(select.subquery());
        } else if (statement instanceof InsertStatementContext insert) {
            insert(insert);
        } else if (statement instanceof UpdateStatementContext update) {
            where(update.whereClause());
            returning = update.returningClause() != null;
            for (UpdateAssignmentContext assignment : update.updateSetClause().updateAssignment()) {
                assigned(assignment);
            }
        } else if (statement instanceof DeleteStatementContext delete) {
            where(delete.whereClause());
            returning = delete.returningClause() != null;
        } else if (statement instanceof MergeStatementContext merge) {
            hasWhere = true;
            whereAlwaysTrue = alwaysTrue(merge.condition());
            for (MergeClauseContext clause : merge.mergeClause()) {
                clause.updateAssignment().forEach(this::assigned);
            }
        }
    }

    private void query(SubqueryContext subquery) {
        hasOrderBy = subquery.orderByClause() != null;
        RowLimitingClauseContext limit = subquery.rowLimitingClause();
        if (limit != null) {
            hasLimit = true;
            List<ExpressionContext> counts = limit.expression();
            ExpressionContext count = limit.FETCH() == null ? null
                    : limit.OFFSET() != null ? (counts.size() > 1 ? counts.get(1) : null)
                    : (counts.isEmpty() ? null : counts.get(0));
            if (count != null && limit.PERCENT() == null && ROW_COUNT.matcher(count.getText()).matches()) {
                limitRowCount = OptionalLong.of(Long.parseLong(count.getText()));
            } else if (count == null && limit.FETCH() != null) {
                limitRowCount = OptionalLong.of(1); // FETCH FIRST ROW ONLY
            }
        }
        QueryTermContext first = subquery.queryExpression().queryTerm(0);
        if (first.queryBlock() != null) {
            where(first.queryBlock().whereClause());
        } else if (subquery.queryExpression().queryTerm().size() == 1) {
            query(first.subquery());
        }
    }

    private void insert(InsertStatementContext insert) {
        SingleTableInsertContext single = insert.singleTableInsert();
        if (single != null) {
            insertColumnListPresent = single.insertIntoClause().columnList() != null;
            returning = single.returningClause() != null;
            if (single.valuesClause() != null) {
                insertRowCount = Math.max(1, single.valuesClause().valuesRow().size());
            } else {
                fromSelect(single.subquery());
            }
            return;
        }
        MultiTableInsertContext multi = insert.multiTableInsert();
        List<MultiInsertIntoContext> intos = new ArrayList<>();
        collect(multi, MultiInsertIntoContext.class, intos);
        insertColumnListPresent = intos.stream().allMatch(i -> i.insertIntoClause().columnList() != null);
        fromSelect(multi.subquery());
    }

    private void fromSelect(SubqueryContext subquery) {
        insertFromSelect = true;
        QueryTermContext first = subquery.queryExpression().queryTerm(0);
        insertSelectStar = first.queryBlock() != null
                && first.queryBlock().selectList().selectItem().stream().anyMatch(i -> i.STAR() != null);
    }

    private void where(WhereClauseContext where) {
        if (where != null) {
            hasWhere = true;
            whereAlwaysTrue = where.condition() != null && alwaysTrue(where.condition());
        }
    }

    private void assigned(UpdateAssignmentContext assignment) {
        if (assignment.columnName() != null) {
            assignedColumns.add(OracleNames.column(assignment.columnName()));
        } else {
            assignment.columnList().columnName().forEach(c -> assignedColumns.add(OracleNames.column(c)));
        }
    }

    /** {@code 1=1}, {@code 'a'='a'}, {@code TRUE}, and OR/AND built from them. */
    static boolean alwaysTrue(ConditionContext condition) {
        if (condition instanceof OrConditionContext or) {
            return alwaysTrue(or.condition(0)) || alwaysTrue(or.condition(1));
        }
        if (condition instanceof AndConditionContext and) {
            return alwaysTrue(and.condition(0)) && alwaysTrue(and.condition(1));
        }
        if (condition instanceof ExpressionPredicateContext e) {
            if (e.predicateTail() instanceof ComparisonTailContext c && c.comparisonOperator().getText().equals("=")) {
                return literal(e.expression()).isPresent() && e.expression().getText().equals(c.expression().getText());
            }
            if (e.predicateTail() == null) {
                return e.getText().equalsIgnoreCase("TRUE")
                        || e.expression() instanceof PrimaryExpressionContext pe && pe.primary() instanceof ParenthesisPrimaryContext paren
                        && paren.condition().size() == 1 && alwaysTrue(paren.condition(0));
            }
        }
        return false;
    }

    // ---- the whole tree

    /**
     * One pass over the rule nodes (tokens carry no facts of their own), dispatched on the rule: a switch costs one
     * call per node where a chain of type tests cost one test per fact. Names, literals and data types hold none of
     * these facts and are not entered.
     */
    private void walk(ParserRuleContext node, boolean inPredicate) {
        boolean predicates = inPredicate;
        switch (node.getRuleIndex()) {
            case OracleParser.RULE_subquery -> {
                SubqueryContext subquery = (SubqueryContext) node;
                if (!isTopQuery(subquery) && !(subquery.getParent() instanceof QueryTermContext)) {
                    subqueryCount++; // "(SELECT ...)" operands of a set operator are the same query
                }
            }
            case OracleParser.RULE_selectItem -> selectStar |= ((SelectItemContext) node).STAR() != null;
            case OracleParser.RULE_primary ->
                    selectStar |= node instanceof MemberPrimaryContext member && member.memberName().STAR() != null;
            case OracleParser.RULE_tableReferenceList -> fromClause((TableReferenceListContext) node);
            case OracleParser.RULE_whereClause, OracleParser.RULE_joinClause, OracleParser.RULE_groupByClause ->
                    predicates = true;
            case OracleParser.RULE_orderByItem -> {
                String text = ((OrderByItemContext) node).expression().getText().toUpperCase(Locale.ROOT);
                orderByRand |= text.startsWith("DBMS_RANDOM.VALUE") || text.startsWith("DBMS_RANDOM.RANDOM");
            }
            case OracleParser.RULE_predicateTail -> predicateTail((PredicateTailContext) node, predicates);
            case OracleParser.RULE_identifier, OracleParser.RULE_qualifiedName, OracleParser.RULE_objectName,
                    OracleParser.RULE_literal, OracleParser.RULE_dataType -> {
                return;
            }
            default -> { }
        }
        List<ParseTree> children = node.children;
        if (children != null) {
            for (int i = 0, n = children.size(); i < n; i++) {
                if (children.get(i) instanceof ParserRuleContext rule) {
                    walk(rule, predicates);
                }
            }
        }
    }

    private void predicateTail(PredicateTailContext tail, boolean predicates) {
        if (tail instanceof InTailContext in && in.expressionList() != null) {
            List<ExpressionContext> items = in.expressionList().expression();
            if (items.stream().allMatch(e -> literal(e).isPresent())) {
                inListSizes.add(items.size());
            }
        } else if (predicates && tail instanceof LikeTailContext like && like.NOT() == null) {
            Optional<ColumnRef> column = column(((ExpressionPredicateContext) like.getParent()).expression());
            String pattern = like.expression(0).getText();
            if (column.isPresent() && (pattern.startsWith("'%") || pattern.startsWith("'_"))) {
                leadingWildcardLikes.add(column.get());
            }
        } else if (predicates && tail instanceof ComparisonTailContext comparison) {
            comparison((ExpressionPredicateContext) comparison.getParent(), comparison);
        }
    }

    private static boolean isTopQuery(SubqueryContext subquery) {
        ParserRuleContext parent = subquery.getParent();
        return parent instanceof SelectStatementContext && parent.getParent() instanceof StatementContext
                || parent instanceof SingleTableInsertContext || parent instanceof MultiTableInsertContext;
    }

    private void fromClause(TableReferenceListContext list) {
        int tables = 0;
        List<TableReferenceContext> references = list.tableReference();
        boolean whereFollows = list.getParent() instanceof QueryBlockContext block && block.whereClause() != null;
        for (int i = 0; i < references.size(); i++) {
            TableReferenceContext reference = references.get(i);
            tables += 1 + reference.joinClause().size();
            if (i > 0) {
                joins.add(new JoinFact(JoinType.COMMA, table(reference.tablePrimary()), whereFollows));
            }
            for (JoinClauseContext join : reference.joinClause()) {
                joins.add(new JoinFact(joinType(join), table(join.tablePrimary()),
                        join.condition() != null || join.columnList() != null
                                || join.CROSS() != null || join.NATURAL() != null || join.APPLY() != null));
            }
        }
        tablesJoined = Math.max(tablesJoined, tables);
    }

    private static JoinType joinType(JoinClauseContext join) {
        if (join.CROSS() != null || join.APPLY() != null) return JoinType.CROSS;
        if (join.NATURAL() != null) return JoinType.NATURAL;
        if (join.LEFT() != null) return JoinType.LEFT;
        if (join.RIGHT() != null) return JoinType.RIGHT;
        if (join.FULL() != null) return JoinType.FULL;
        return JoinType.INNER;
    }

    private static Optional<TableRef> table(TablePrimaryContext primary) {
        if (primary.queryTableExpression() instanceof NamedTableContext named) {
            return Optional.of(OracleNames.table(named.objectName()));
        }
        return Optional.empty();
    }

    private void comparison(ExpressionPredicateContext predicate, ComparisonTailContext comparison) {
        String operator = comparison.comparisonOperator().getText();
        List<ExpressionContext> sides = List.of(predicate.expression(), comparison.expression());
        for (int side = 0; side < 2; side++) {
            ExpressionContext here = sides.get(side);
            ExpressionContext other = sides.get(1 - side);
            Optional<ColumnRef> column = column(here);
            Optional<LiteralType> literal = literal(other);
            if (column.isPresent() && literal.isPresent()) {
                literalComparisons.add(new LiteralComparison(column.get(), operator, literal.get(), other.getText()));
            }
            functionOnColumn(here).ifPresent(functionsOnColumns::add);
        }
    }

    private static Optional<FunctionOnColumn> functionOnColumn(ExpressionContext expression) {
        if (expression instanceof PrimaryExpressionContext pe && pe.primary() instanceof NamePrimaryContext name
                && name.functionArguments() != null && name.overClause() == null) {
            for (ArgumentContext argument : name.functionArguments().argument()) {
                if (argument.condition() instanceof ExpressionPredicateContext b && b.predicateTail() == null) {
                    Optional<ColumnRef> column = column(b.expression());
                    if (column.isPresent()) {
                        return Optional.of(new FunctionOnColumn(name.qualifiedName(0).getText().toUpperCase(Locale.ROOT),
                                column.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A plain column reference ({@code c}, {@code t.c}, {@code s.t.c}). */
    static Optional<ColumnRef> column(ExpressionContext expression) {
        if (expression instanceof PrimaryExpressionContext pe && pe.primary() instanceof NamePrimaryContext name
                && name.getChildCount() == 1) {
            List<String> parts = OracleNames.parts(name.qualifiedName(0));
            String last = parts.get(parts.size() - 1);
            return Optional.of(parts.size() == 1 ? ColumnRef.of(last)
                    : new ColumnRef(Optional.of(parts.get(parts.size() - 2)), last));
        }
        return Optional.empty();
    }

    static Optional<LiteralType> literal(ExpressionContext expression) {
        if (expression instanceof UnaryExpressionContext unary && unary.getChild(0).getText().equals("-")) {
            return literal(unary.expression()).filter(t -> t == LiteralType.NUMBER);
        }
        if (!(expression instanceof PrimaryExpressionContext pe)) {
            return Optional.empty();
        }
        if (pe.primary() instanceof DatetimeLiteralPrimaryContext || pe.primary() instanceof IntervalPrimaryContext) {
            return Optional.of(LiteralType.TEMPORAL);
        }
        if (!(pe.primary() instanceof LiteralPrimaryContext literal)) {
            return Optional.empty();
        }
        LiteralContext l = literal.literal();
        if (l.NUMERIC_LITERAL() != null) return Optional.of(LiteralType.NUMBER);
        if (l.STRING_LITERAL() != null || l.Q_STRING_LITERAL() != null) return Optional.of(LiteralType.STRING);
        if (l.NULL() != null) return Optional.of(LiteralType.NULL);
        return Optional.of(LiteralType.BOOLEAN);
    }

    private static <T extends ParseTree> void collect(ParseTree node, Class<T> type, List<T> into) {
        if (type.isInstance(node)) {
            into.add(type.cast(node));
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collect(node.getChild(i), type, into);
        }
    }
}
