package io.github.sqlaudit.sql.mysql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/**
 * Gathers the DML facts of a SELECT, INSERT, REPLACE, UPDATE or DELETE in one walk over its tree; the top-level
 * facts (WHERE, ORDER BY, LIMIT of the statement itself) are read from the statement's own clauses.
 */
final class DmlFactsCollector extends TableCollector {

    private final List<JoinFact> joins = new ArrayList<>();
    private final List<Integer> inListSizes = new ArrayList<>();
    private final List<FunctionOnColumn> functionsOnColumns = new ArrayList<>();
    private final List<ColumnRef> leadingWildcardLikes = new ArrayList<>();
    private final List<LiteralComparison> literalComparisons = new ArrayList<>();
    private final List<ColumnRef> assignedColumns = new ArrayList<>();
    /** Whether the query specification (or UPDATE/DELETE) being visited has a WHERE: decides comma joins. */
    private final Deque<Boolean> whereInScope = new ArrayDeque<>();
    private int tablesJoined;
    private int subqueries;
    private boolean selectStar;
    private boolean orderByRand;
    private boolean lockingRead;
    private boolean returning;
    private int predicateDepth;

    // ---- the statement's own clauses

    DmlFacts collect(ParserRuleContext statement) {
        statement.accept(this);
        Top top = top(statement);
        Insert insert = insert(statement);
        return new DmlFacts(
                top.where != null,
                top.where != null && AlwaysTrue.test(top.where.expr()),
                top.limit != null,
                top.limit == null ? OptionalLong.empty() : rowCount(top.limit),
                top.orderBy != null,
                orderByRand,
                joins,
                tablesJoined,
                subqueries,
                insert.columnList,
                insert.rows,
                insert.selectStar,
                insert.fromSelect,
                selectStar,
                inListSizes,
                functionsOnColumns,
                leadingWildcardLikes,
                literalComparisons,
                assignedColumns,
                lockingRead,
                returning);
    }

    private record Top(MySqlParser.WhereClauseContext where, MySqlParser.OrderByClauseContext orderBy,
                       MySqlParser.LimitClauseContext limit) {
    }

    private static Top top(ParserRuleContext statement) {
        if (statement instanceof MySqlParser.SelectStatementContext select) {
            MySqlParser.QueryExpressionContext query = select.queryExpression();
            MySqlParser.QuerySpecificationContext first = firstSpecification(query);
            return new Top(first == null ? null : first.whereClause(), query.orderByClause(), query.limitClause());
        }
        if (statement instanceof MySqlParser.UpdateStatementContext update) {
            return new Top(update.whereClause(), update.orderByClause(), update.limitClause());
        }
        if (statement instanceof MySqlParser.DeleteStatementContext delete) {
            MySqlParser.DeleteBodyContext body = delete.deleteBody();
            if (body instanceof MySqlParser.SingleTableDeleteContext single) {
                return new Top(single.whereClause(), single.orderByClause(), single.limitClause());
            }
            if (body instanceof MySqlParser.MultiTableDeleteContext multi) {
                return new Top(multi.whereClause(), null, null);
            }
            if (body instanceof MySqlParser.MultiTableDeleteUsingContext using) {
                return new Top(using.whereClause(), null, null);
            }
        }
        return new Top(null, null, null);
    }

    static MySqlParser.QuerySpecificationContext firstSpecification(MySqlParser.QueryExpressionContext query) {
        MySqlParser.QueryExpressionBodyContext body = query.queryExpressionBody();
        while (!(body instanceof MySqlParser.PrimaryQueryContext)) {
            body = (MySqlParser.QueryExpressionBodyContext) body.getChild(0);
        }
        MySqlParser.QueryPrimaryContext primary = ((MySqlParser.PrimaryQueryContext) body).queryPrimary();
        if (primary.querySpecification() != null) {
            return primary.querySpecification();
        }
        if (primary.queryExpression() != null) {
            return firstSpecification(primary.queryExpression());
        }
        return null;
    }

    private static OptionalLong rowCount(MySqlParser.LimitClauseContext limit) {
        List<MySqlParser.LimitValueContext> values = limit.limitValue();
        if (values.isEmpty()) {
            return OptionalLong.empty();
        }
        // LIMIT offset, count names the count second; LIMIT count OFFSET offset names it first.
        MySqlParser.LimitValueContext count = values.size() == 2 && limit.COMMA() != null ? values.get(1) : values.get(0);
        if (count.INTEGER_LITERAL() == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(count.INTEGER_LITERAL().getText()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private record Insert(boolean columnList, int rows, boolean selectStar, boolean fromSelect) {
    }

    private static Insert insert(ParserRuleContext statement) {
        MySqlParser.InsertSourceContext source = null;
        if (statement instanceof MySqlParser.InsertStatementContext insert) {
            source = insert.insertSource();
        } else if (statement instanceof MySqlParser.ReplaceStatementContext replace) {
            source = replace.insertSource();
        }
        if (source instanceof MySqlParser.InsertValuesContext values) {
            boolean columns = values.insertColumns() != null && !values.insertColumns().columnRef().isEmpty();
            return new Insert(columns, values.valuesRow().size(), false, false);
        }
        if (source instanceof MySqlParser.InsertSetContext) {
            return new Insert(true, 1, false, false);
        }
        if (source instanceof MySqlParser.InsertFromQueryContext query) {
            boolean columns = query.insertColumns() != null && !query.insertColumns().columnRef().isEmpty();
            MySqlParser.InsertQueryContext q = query.insertQuery();
            MySqlParser.QuerySpecificationContext spec = q.querySpecification() != null ? q.querySpecification()
                    : q.queryExpression() != null ? firstSpecification(q.queryExpression()) : null;
            boolean star = spec != null && spec.selectItemList().selectItem().stream()
                    .anyMatch(item -> !(item instanceof MySqlParser.ExprSelectItemContext));
            return new Insert(columns, 0, star, true);
        }
        return new Insert(false, 0, false, false);
    }

    // ---- the walk

    @Override
    public Void visitQuerySpecification(MySqlParser.QuerySpecificationContext ctx) {
        whereInScope.push(ctx.whereClause() != null);
        try {
            if (ctx.fromClause() != null && ctx.fromClause().tableReferenceList() != null) {
                tablesJoined = Math.max(tablesJoined, countTables(ctx.fromClause().tableReferenceList()));
            }
            return visitChildren(ctx);
        } finally {
            whereInScope.pop();
        }
    }

    @Override
    public Void visitUpdateStatement(MySqlParser.UpdateStatementContext ctx) {
        whereInScope.push(ctx.whereClause() != null);
        try {
            tablesJoined = Math.max(tablesJoined, countTables(ctx.tableReferenceList()));
            ctx.assignmentList().assignment().forEach(a -> assignedColumns.add(Names.column(a.columnRef())));
            return super.visitUpdateStatement(ctx);
        } finally {
            whereInScope.pop();
        }
    }

    @Override
    public Void visitMultiTableDelete(MySqlParser.MultiTableDeleteContext ctx) {
        whereInScope.push(ctx.whereClause() != null);
        try {
            tablesJoined = Math.max(tablesJoined, countTables(ctx.tableReferenceList()));
            return super.visitMultiTableDelete(ctx);
        } finally {
            whereInScope.pop();
        }
    }

    @Override
    public Void visitMultiTableDeleteUsing(MySqlParser.MultiTableDeleteUsingContext ctx) {
        whereInScope.push(ctx.whereClause() != null);
        try {
            tablesJoined = Math.max(tablesJoined, countTables(ctx.tableReferenceList()));
            return super.visitMultiTableDeleteUsing(ctx);
        } finally {
            whereInScope.pop();
        }
    }

    @Override
    public Void visitOnDuplicateKeyUpdate(MySqlParser.OnDuplicateKeyUpdateContext ctx) {
        ctx.assignmentList().assignment().forEach(a -> assignedColumns.add(Names.column(a.columnRef())));
        return visitChildren(ctx);
    }

    @Override
    public Void visitInsertSet(MySqlParser.InsertSetContext ctx) {
        ctx.assignmentList().assignment().forEach(a -> assignedColumns.add(Names.column(a.columnRef())));
        return visitChildren(ctx);
    }

    @Override
    public Void visitTableReferenceList(MySqlParser.TableReferenceListContext ctx) {
        List<MySqlParser.TableReferenceContext> references = ctx.tableReference();
        boolean hasWhere = !whereInScope.isEmpty() && whereInScope.peek();
        for (int i = 1; i < references.size(); i++) {
            joins.add(new JoinFact(JoinType.COMMA, tableOf(references.get(i).tableFactor()), hasWhere));
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitInnerJoin(MySqlParser.InnerJoinContext ctx) {
        JoinType type = ctx.innerJoinType().CROSS() != null ? JoinType.CROSS
                : ctx.innerJoinType().STRAIGHT_JOIN() != null ? JoinType.STRAIGHT : JoinType.INNER;
        joins.add(new JoinFact(type, tableOf(ctx.tableFactor()), ctx.joinSpecification() != null));
        return visitChildren(ctx);
    }

    @Override
    public Void visitOuterJoin(MySqlParser.OuterJoinContext ctx) {
        JoinType type = ctx.outerJoinType().LEFT() != null ? JoinType.LEFT : JoinType.RIGHT;
        joins.add(new JoinFact(type, tableOf(ctx.tableReference().tableFactor()), true));
        return visitChildren(ctx);
    }

    @Override
    public Void visitNaturalJoin(MySqlParser.NaturalJoinContext ctx) {
        joins.add(new JoinFact(JoinType.NATURAL, tableOf(ctx.tableFactor()), true));
        return visitChildren(ctx);
    }

    @Override
    public Void visitJoinSpecification(MySqlParser.JoinSpecificationContext ctx) {
        return inPredicate(ctx);
    }

    @Override
    public Void visitWhereClause(MySqlParser.WhereClauseContext ctx) {
        return inPredicate(ctx);
    }

    @Override
    public Void visitHavingClause(MySqlParser.HavingClauseContext ctx) {
        return inPredicate(ctx);
    }

    private Void inPredicate(ParserRuleContext ctx) {
        predicateDepth++;
        try {
            return visitChildren(ctx);
        } finally {
            predicateDepth--;
        }
    }

    /** A bare literal in a VALUES row holds no fact: skip its subtree (INSERTs are mostly such values). */
    @Override
    public Void visitRowValue(MySqlParser.RowValueContext ctx) {
        return ctx.expr() == null ? null : visitChildren(ctx);
    }

    @Override
    public Void visitStarSelectItem(MySqlParser.StarSelectItemContext ctx) {
        selectStar = true;
        return null;
    }

    @Override
    public Void visitTableStarSelectItem(MySqlParser.TableStarSelectItemContext ctx) {
        selectStar = true;
        return null;
    }

    @Override
    public Void visitOrderItem(MySqlParser.OrderItemContext ctx) {
        if (Expressions.unwrap(ctx.expr()) instanceof MySqlParser.FunctionCallExprContext call
                && Expressions.functionName(call.functionCall()).filter(n -> n.equals("RAND")).isPresent()) {
            orderByRand = true;
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitLockingClause(MySqlParser.LockingClauseContext ctx) {
        lockingRead = true;
        return null;
    }

    @Override
    public Void visitReturningClause(MySqlParser.ReturningClauseContext ctx) {
        returning = true;
        return visitChildren(ctx);
    }

    // ---- subqueries

    @Override
    public Void visitSubqueryExpr(MySqlParser.SubqueryExprContext ctx) {
        subqueries++;
        return visitChildren(ctx);
    }

    @Override
    public Void visitExistsExpr(MySqlParser.ExistsExprContext ctx) {
        subqueries++;
        return visitChildren(ctx);
    }

    @Override
    public Void visitDerivedTable(MySqlParser.DerivedTableContext ctx) {
        subqueries++;
        return visitChildren(ctx);
    }

    @Override
    public Void visitQuantifiedComparison(MySqlParser.QuantifiedComparisonContext ctx) {
        subqueries++;
        checkOperand(ctx.predicate());
        return visitChildren(ctx);
    }

    // ---- predicates

    @Override
    public Void visitInPredicate(MySqlParser.InPredicateContext ctx) {
        if (ctx.queryExpression() != null) {
            subqueries++;
        } else {
            List<MySqlParser.ExprContext> items = ctx.exprList().expr();
            inListSizes.add(items.size());
            Optional<ColumnRef> column = Expressions.column(ctx.predicate());
            Optional<LiteralType> type = Expressions.literalType(items.get(0));
            if (column.isPresent() && type.isPresent()) {
                literalComparisons.add(new LiteralComparison(column.get(), ctx.NOT() != null ? "NOT IN" : "IN",
                        type.get(), Names.source(items.get(0))));
            }
        }
        checkOperand(ctx.predicate());
        return visitChildren(ctx);
    }

    @Override
    public Void visitComparison(MySqlParser.ComparisonContext ctx) {
        String operator = ctx.comparisonOperator().getStart().getText();
        compareWithLiteral(ctx.predicate(), ctx.bitExpr(), operator);
        compareWithLiteral(ctx.bitExpr(), ctx.predicate(), operator);
        checkOperand(ctx.predicate());
        checkOperand(ctx.bitExpr());
        return visitChildren(ctx);
    }

    @Override
    public Void visitBetweenPredicate(MySqlParser.BetweenPredicateContext ctx) {
        compareWithLiteral(ctx.predicate(0), ctx.bitExpr(), ctx.NOT() != null ? "NOT BETWEEN" : "BETWEEN");
        checkOperand(ctx.predicate(0));
        return visitChildren(ctx);
    }

    @Override
    public Void visitLikePredicate(MySqlParser.LikePredicateContext ctx) {
        Optional<ColumnRef> column = Expressions.column(ctx.predicate());
        Optional<String> pattern = Expressions.stringValue(ctx.bitExpr(0));
        if (column.isPresent() && pattern.isPresent() && !pattern.get().isEmpty()
                && (pattern.get().charAt(0) == '%' || pattern.get().charAt(0) == '_')) {
            leadingWildcardLikes.add(column.get());
        }
        compareWithLiteral(ctx.predicate(), ctx.bitExpr(0), ctx.NOT() != null ? "NOT LIKE" : "LIKE");
        checkOperand(ctx.predicate());
        return visitChildren(ctx);
    }

    @Override
    public Void visitRegexpPredicate(MySqlParser.RegexpPredicateContext ctx) {
        checkOperand(ctx.predicate());
        return visitChildren(ctx);
    }

    @Override
    public Void visitIsPredicate(MySqlParser.IsPredicateContext ctx) {
        checkOperand(ctx.predicate());
        return visitChildren(ctx);
    }

    private void compareWithLiteral(ParseTree columnSide, ParseTree literalSide, String operator) {
        Optional<ColumnRef> column = Expressions.column(columnSide);
        Optional<LiteralType> type = Expressions.literalType(literalSide);
        if (column.isPresent() && type.isPresent()) {
            literalComparisons.add(new LiteralComparison(column.get(), operator.toUpperCase(Locale.ROOT), type.get(),
                    Names.source((ParserRuleContext) literalSide)));
        }
    }

    /** A predicate operand that wraps a column in a function ({@code DATE(created) = ...}) defeats an index. */
    private void checkOperand(ParseTree operand) {
        if (predicateDepth == 0) {
            return;
        }
        if (!(Expressions.unwrap(operand) instanceof MySqlParser.FunctionCallExprContext call)) {
            return;
        }
        Optional<String> name = Expressions.functionName(call.functionCall());
        if (name.isEmpty()) {
            return;
        }
        for (ParseTree argument : arguments(call.functionCall())) {
            Expressions.column(argument).ifPresent(c -> functionsOnColumns.add(new FunctionOnColumn(name.get(), c)));
        }
    }

    private static List<ParseTree> arguments(MySqlParser.FunctionCallContext call) {
        List<ParseTree> arguments = new ArrayList<>();
        ParserRuleContext holder = call instanceof MySqlParser.SpecialFunctionCallContext special
                ? special.specialFunction() : call;
        for (ParseTree child : holder.children) {
            if (child instanceof MySqlParser.ExprContext || child instanceof MySqlParser.BitExprContext) {
                arguments.add(child);
            } else if (child instanceof MySqlParser.ExprListContext list) {
                arguments.addAll(list.expr());
            }
        }
        return arguments;
    }

    // ---- helpers

    private static Optional<TableRef> tableOf(MySqlParser.TableFactorContext factor) {
        if (factor instanceof MySqlParser.SingleTableContext single) {
            return Optional.of(Names.table(single.tableName()));
        }
        return Optional.empty();
    }

    /** Tables in one FROM clause: every table factor, nested joins included, subqueries not. */
    private static int countTables(MySqlParser.TableReferenceListContext list) {
        int count = 0;
        for (MySqlParser.TableReferenceContext reference : list.tableReference()) {
            count += countReference(reference);
        }
        return count;
    }

    private static int countReference(MySqlParser.TableReferenceContext reference) {
        int count = countFactor(reference.tableFactor());
        for (MySqlParser.JoinPartContext join : reference.joinPart()) {
            count += join instanceof MySqlParser.OuterJoinContext outer
                    ? countReference(outer.tableReference())
                    : countFactor(join.getChild(MySqlParser.TableFactorContext.class, 0));
        }
        return count;
    }

    private static int countFactor(MySqlParser.TableFactorContext factor) {
        if (factor instanceof MySqlParser.NestedTablesContext nested) {
            return countTables(nested.tableReferenceList());
        }
        return factor == null ? 0 : 1;
    }
}
