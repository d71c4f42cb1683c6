package io.github.sqlaudit.bench;

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

/**
 * Statements per second on the same mixed workload for our parser, ShardingSphere 5.5.2 and Druid. One operation
 * is one statement: each parser gets the statement texts (ShardingSphere and Druid have no script splitter), and
 * produces its own statement model. {@link PipelineBenchmark} adds our splitter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ParserBenchmark {

    static final int STATEMENTS = 2000;

    @Param({"sqlaudit", "shardingsphere", "druid"})
    public String parser;

    private List<String> statements;
    private Function<String, Object> parse;

    @Setup
    public void setUp() {
        statements = Workload.statements(STATEMENTS, 42);
        parse = Parsers.create(parser);
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
}
