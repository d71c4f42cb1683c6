package io.github.sqlaudit.bench;

import java.io.StringReader;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;

/**
 * Statements per second on the same mixed workload for our parser, ShardingSphere 5.5.2 and Druid. One operation
 * is one statement. {@code parseStatements} hands each parser the statement texts; {@code splitAndParseScript}
 * runs our whole pipeline (streaming splitter + parser) over the same statements as one script.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ParserBenchmark {

    static final int STATEMENTS = 2000;

    @Param({"sqlaudit", "shardingsphere", "druid"})
    public String parser;

    private List<String> statements;
    private String script;
    private Function<String, Object> parse;
    private SqlParser pipeline;

    @Setup
    public void setUp() {
        statements = Workload.statements(STATEMENTS, 42);
        script = Workload.script(statements);
        parse = Parsers.create(parser);
        pipeline = SqlParser.forDialect(Dialect.MYSQL);
        for (String statement : statements) {
            parse.apply(statement); // every parser must accept the whole workload
        }
    }

    @Benchmark
    @OperationsPerInvocation(STATEMENTS)
    public void parseStatements(Blackhole blackhole) {
        for (String statement : statements) {
            blackhole.consume(parse.apply(statement));
        }
    }

    @Benchmark
    @OperationsPerInvocation(STATEMENTS)
    public void splitAndParseScript(Blackhole blackhole) {
        if (!parser.equals("sqlaudit")) {
            return; // only our pipeline has a splitter; the peers' figures come from parseStatements
        }
        Iterator<Statement> parsed = pipeline.statements(new StringReader(script));
        while (parsed.hasNext()) {
            blackhole.consume(parsed.next());
        }
    }
}
