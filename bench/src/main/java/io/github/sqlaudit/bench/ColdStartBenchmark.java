package io.github.sqlaudit.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fresh JVM parsing the workload once: what a CLI run or the first review after a Jira restart sees, before the
 * JIT and the ANTLR DFA caches are warm. One measurement per fork; the score is the time for all statements.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ColdStartBenchmark {

    @Param({"sqlaudit", "shardingsphere", "druid"})
    public String parser;

    private List<String> statements;
    private Function<String, Object> parse;

    @Setup
    public void setUp() {
        statements = Workload.statements(ParserBenchmark.STATEMENTS, 7);
        parse = Parsers.create(parser);
    }

    @Benchmark
    public int parseWorkloadOnce() {
        int parsed = 0;
        for (String statement : statements) {
            if (parse.apply(statement) != null) {
                parsed++;
            }
        }
        return parsed;
    }
}
