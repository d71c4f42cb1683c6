package io.github.sqlaudit.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.shardingsphere.sql.parser.api.CacheOption;
import org.apache.shardingsphere.sql.parser.api.SQLParserEngine;
import org.apache.shardingsphere.sql.parser.api.SQLStatementVisitorEngine;
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

import com.alibaba.druid.DbType;
import com.alibaba.druid.sql.SQLUtils;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.SourcePosition;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;

/**
 * Oracle statements per second on {@link OracleWorkload} for our parser (to {@link Statement} with its facts),
 * ShardingSphere 5.5.2's Oracle parser (parse + visitor, parse-tree cache off) and Druid's Oracle parser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class OracleParserBenchmark {

    static final int STATEMENTS = 2000;

    @Param({"sqlaudit", "shardingsphere", "druid"})
    public String parser;

    private List<String> statements;
    private Function<String, Object> parse;

    @Setup
    public void setUp() {
        statements = OracleWorkload.statements(STATEMENTS, 42);
        parse = create(parser);
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

    static Function<String, Object> create(String name) {
        return switch (name) {
            case "sqlaudit" -> {
                SqlParser ours = SqlParser.forDialect(Dialect.ORACLE);
                SourcePosition start = new SourcePosition(1, 1);
                yield text -> {
                    Statement statement = ours.parse(new ScriptChunk(0, text, start, start, ";", false));
                    if (!statement.ok()) {
                        throw new IllegalStateException(statement.error().orElseThrow().describe() + ": " + text);
                    }
                    return statement;
                };
            }
            case "shardingsphere" -> {
                SQLParserEngine engine = new SQLParserEngine("Oracle", new CacheOption(128, 1024));
                SQLStatementVisitorEngine visitor = new SQLStatementVisitorEngine("Oracle");
                yield text -> visitor.visit(engine.parse(text, false));
            }
            case "druid" -> text -> SQLUtils.parseStatements(text, DbType.oracle);
            default -> throw new IllegalArgumentException("unknown parser " + name);
        };
    }
}
