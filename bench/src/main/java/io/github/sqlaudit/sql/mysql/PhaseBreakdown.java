package io.github.sqlaudit.sql.mysql;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;

import io.github.sqlaudit.bench.Workload;
import io.github.sqlaudit.sql.DeadlineTokenStream;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.SourcePosition;
import io.github.sqlaudit.sql.SqlParser;

/**
 * Where our parser's time goes on the benchmark workload, in thread CPU time (best of N rounds after N warm-up
 * rounds): tokenizing; tokenizing + parsing (SLL with the one-token prediction table, as the facade's first
 * attempt); and the whole facade call, which adds building the {@code Statement} with its facts. It sits in
 * the parser's package to reach the tokenizer.
 *
 * <pre>java -cp benchmarks.jar io.github.sqlaudit.sql.mysql.PhaseBreakdown [rounds]</pre>
 */
public final class PhaseBreakdown {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<String> statements = Workload.statements(2000, 42);
        MySqlLexer lexer = new MySqlLexer(org.antlr.v4.runtime.CharStreams.fromString(""));
        MySqlTokenizer tokenizer = new MySqlTokenizer(lexer);
        MySqlParser parser = new MySqlParser(null);
        parser.removeErrorListeners();
        parser.setInterpreter(new io.github.sqlaudit.sql.Ll1Prediction(parser, MySqlParser._ATN,
                MySqlParser._decisionToDFA, MySqlParser._sharedContextCache));
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        SqlParser facade = SqlParser.forDialect(Dialect.MYSQL);
        SourcePosition start = new SourcePosition(1, 1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long tokenize = Long.MAX_VALUE;
        long parse = Long.MAX_VALUE;
        long whole = Long.MAX_VALUE;
        for (int round = 0; round < 2 * rounds; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (String statement : statements) {
                tokenizer.tokenize(statement, false);
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (String statement : statements) {
                parser.setTokenStream(new DeadlineTokenStream(tokenizer.tokenize(statement, false), lexer,
                        Long.MAX_VALUE));
                parser.singleStatement();
            }
            long t2 = threads.getCurrentThreadCpuTime();
            for (String statement : statements) {
                facade.parse(new ScriptChunk(0, statement, start, start, ";", false));
            }
            long t3 = threads.getCurrentThreadCpuTime();
            if (round >= rounds) {
                tokenize = Math.min(tokenize, t1 - t0);
                parse = Math.min(parse, t2 - t1);
                whole = Math.min(whole, t3 - t2);
            }
        }
        double n = statements.size() * 1000.0;
        System.out.printf("µs CPU per statement: tokenizing %.2f, parsing %.2f, building the Statement %.2f, "
                + "whole facade call %.2f%n", tokenize / n, (parse - tokenize) / n, (whole - parse) / n, whole / n);
    }
}
