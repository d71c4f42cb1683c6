package io.github.sqlaudit.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import io.github.sqlaudit.plan.Explanation;
import io.github.sqlaudit.plan.ReviewTarget;
import io.github.sqlaudit.plan.PlanMetrics;
import io.github.sqlaudit.plan.PlanProvider;
import io.github.sqlaudit.rules.PlanFacts;
import io.github.sqlaudit.rules.TableAccess;
import io.github.sqlaudit.rules.TableFacts;
import io.github.sqlaudit.rules.TargetFacts;
import io.github.sqlaudit.sql.IndexDef;
import io.github.sqlaudit.sql.IndexType;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableRef;

/**
 * The target as the rules see it during one audit: the plan of the statement being judged and the catalog
 * facts of the tables the script names. The review session is opened on first use and each table is
 * looked up once per audit. Time spent waiting for the database is measured, so reports can tell the
 * database's share from ours.
 */
final class TargetSession implements TargetFacts, AutoCloseable {

    private final ReviewTarget target;
    /** Count the rows of UPDATE/DELETE whose estimate is at most this (the template's PLN-007), or never. */
    private final OptionalLong countCeiling;
    private final Map<String, Optional<TableFacts>> tables = new HashMap<>();
    private PlanProvider provider;
    private long databaseNanos;
    private boolean timing;
    private int currentIndex = -1;
    private Optional<Explanation> current = Optional.empty();

    TargetSession(ReviewTarget target, OptionalLong countCeiling) {
        this.target = target;
        this.countCeiling = countCeiling;
    }

    @Override
    public boolean available() {
        return true;
    }

    String serverVersion() {
        return provider().serverVersion();
    }

    /** Explains the statement about to be judged; the rules then read its plan through {@link #plan}. */
    Explanation explain(Statement statement) {
        Explanation explanation = withCount(statement,
                withCatalogEstimate(statement, timed(() -> provider().explain(statement.text()))));
        currentIndex = statement.index();
        current = Optional.of(explanation);
        return explanation;
    }

    /** Records that the statement about to be judged has no plan (not explainable, or not a change). */
    void noPlanFor(Statement statement, Optional<Explanation> explanation) {
        currentIndex = statement.index();
        current = explanation;
    }

    /**
     * Plans that print no estimate get one from what is known for sure: INSERT ... VALUES adds as many rows as
     * it lists; MariaDB answers a DELETE without WHERE with "Deleting all rows" and no numbers, so the
     * estimate is the table's size from the catalog.
     */
    private Explanation withCatalogEstimate(Statement statement, Explanation explanation) {
        if (!(explanation instanceof Explanation.Explained explained) || explained.metrics().estimatedRows().isPresent()
                || statement.dml().isEmpty()) {
            return explanation;
        }
        var dml = statement.dml().get();
        boolean insertValues = (statement.kind() == StatementKind.INSERT || statement.kind() == StatementKind.REPLACE)
                && !dml.insertFromSelect() && dml.insertRowCount() > 0;
        if (insertValues) {
            return new Explanation.Explained(explained.metrics().withEstimatedRows(dml.insertRowCount()));
        }
        if (statement.kind() == StatementKind.DELETE && !dml.hasWhere() && statement.tablesWritten().size() == 1) {
            Optional<TableFacts> table = table(statement.tablesWritten().get(0));
            if (table.isPresent()) {
                return new Explanation.Explained(explained.metrics().withEstimatedRows(table.get().rows()));
            }
        }
        return explanation;
    }

    /**
     * Wrong estimates are what users of review tools complain about most: when the template asks for it,
     * a single-table UPDATE or DELETE whose estimate is small enough gets counted, shown beside the estimate.
     */
    private Explanation withCount(Statement statement, Explanation explanation) {
        if (countCeiling.isEmpty() || !(explanation instanceof Explanation.Explained explained)
                || (statement.kind() != StatementKind.UPDATE && statement.kind() != StatementKind.DELETE)
                || explained.metrics().estimatedRows().isEmpty()
                || explained.metrics().estimatedRows().getAsLong() > countCeiling.getAsLong()) {
            return explanation;
        }
        Optional<String> count = io.github.sqlaudit.plan.CountQuery.forChange(statement.text());
        if (count.isEmpty()) {
            return explanation;
        }
        OptionalLong counted = timed(() -> provider().countRows(count.get()));
        return counted.isPresent()
                ? new Explanation.Explained(explained.metrics().withCountedRows(counted.getAsLong())) : explanation;
    }

    @Override
    public Optional<PlanFacts> plan(Statement statement) {
        if (statement.index() != currentIndex || current.isEmpty()
                || !(current.get() instanceof Explanation.Explained explained)) {
            return Optional.empty();
        }
        return Optional.of(planFacts(explained.metrics()));
    }

    @Override
    public Optional<TableFacts> table(TableRef table) {
        String key = table.qualifiedName().toLowerCase(Locale.ROOT);
        return tables.computeIfAbsent(key, k -> timed(() -> provider()
                .tableFacts(table.schema().orElse(""), table.name()))
                .map(facts -> tableFacts(table, facts)));
    }

    Duration databaseTime() {
        return Duration.ofNanos(databaseNanos);
    }

    private PlanProvider provider() {
        if (provider == null) {
            provider = timed(target::open);
        }
        return provider;
    }

    /** Counts the time of the outermost call only (opening the session happens inside a first lookup). */
    private <T> T timed(Supplier<T> call) {
        if (timing) {
            return call.get();
        }
        timing = true;
        long t0 = System.nanoTime();
        try {
            return call.get();
        } finally {
            databaseNanos += System.nanoTime() - t0;
            timing = false;
        }
    }

    static PlanFacts planFacts(PlanMetrics metrics) {
        List<TableAccess> accesses = new ArrayList<>();
        for (io.github.sqlaudit.plan.TableAccess access : metrics.tables()) {
            if (access.isInternal()) {
                continue;
            }
            accesses.add(new TableAccess(TableRef.of(access.table()), access.accessType().isFullTableScan(),
                    access.usesIndex() ? Optional.of(access.key()) : Optional.empty(), access.possibleKeys(),
                    access.rowsExamined().orElse(0)));
        }
        long estimated = metrics.estimatedRows().isPresent() ? metrics.estimatedRows().getAsLong()
                : metrics.maxRowsExamined().orElse(0);
        return new PlanFacts(estimated, metrics.cost(), metrics.filesort(), metrics.temporaryTable(), accesses,
                metrics.countedRows());
    }

    static TableFacts tableFacts(TableRef named, io.github.sqlaudit.plan.TableFacts facts) {
        List<String> primaryKey = facts.indexes().stream().filter(io.github.sqlaudit.plan.TableFacts.Index::primaryKey)
                .findFirst().map(io.github.sqlaudit.plan.TableFacts.Index::columns).orElse(List.of());
        List<IndexDef> indexes = facts.indexes().stream()
                .map(i -> new IndexDef(Optional.of(i.name()),
                        i.primaryKey() ? IndexType.PRIMARY : i.unique() ? IndexType.UNIQUE : IndexType.INDEX,
                        i.columns()))
                .toList();
        long size = sum(facts.dataBytes(), facts.indexBytes());
        return new TableFacts(new TableRef(named.schema().or(() -> Optional.of(facts.schema())), facts.table()),
                facts.estimatedRows().orElse(0), size, primaryKey, indexes, facts.columnTypes());
    }

    private static long sum(OptionalLong a, OptionalLong b) {
        return a.orElse(0) + b.orElse(0);
    }

    @Override
    public void close() {
        if (provider != null) {
            provider.close();
        }
    }
}
