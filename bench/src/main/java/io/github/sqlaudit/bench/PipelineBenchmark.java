package io.github.sqlaudit.bench;

import java.io.StringReader;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;

/** Our whole pipeline on the same workload as one script: streaming splitter, parser, facts. One op = one statement. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class PipelineBenchmark {

    private String script;
    private SqlParser parser;

    @Setup
    public void setUp() {
        List<String> statements = Workload.statements(ParserBenchmark.STATEMENTS, 42);
        script = Workload.script(statements);
        parser = SqlParser.forDialect(Dialect.MYSQL);
    }

    @Benchmark
    @OperationsPerInvocation(ParserBenchmark.STATEMENTS)
    public void splitAndParseScript(Blackhole blackhole) {
        Iterator<Statement> parsed = parser.statements(new StringReader(script));
        while (parsed.hasNext()) {
            blackhole.consume(parsed.next());
        }
    }
}
