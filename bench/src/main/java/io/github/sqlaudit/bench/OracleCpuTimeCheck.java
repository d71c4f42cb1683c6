package io.github.sqlaudit.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Function;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

import io.github.sqlaudit.sql.oracle.OracleLexer;
import io.github.sqlaudit.sql.oracle.OracleParser;

/**
 * The Oracle counterpart of {@link CpuTimeCheck}: thread CPU time to parse {@link OracleWorkload}, best of N rounds
 * after as many warm-up rounds, and the bytes the thread allocates per statement (garbage the collector's threads
 * must clear, which a wall-clock benchmark pays for on a two-core machine). Besides the three parsers of
 * {@link OracleParserBenchmark} it times our phases alone: {@code lex} (our lexer to the last token) and
 * {@code lex+parse} (lexer and SLL parse tree through ANTLR's stock CommonTokenStream, no facts; the facade reads
 * its tokens by index instead, so the difference to {@code sqlaudit} is only a rough cost of the facts).
 *
 * <pre>
 * java -cp benchmarks.jar io.github.sqlaudit.bench.OracleCpuTimeCheck sqlaudit|shardingsphere|druid|lex|lex+parse [rounds]
 * </pre>
 */
public final class OracleCpuTimeCheck {

    public static void main(String[] args) {
        String parser = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<String> statements = OracleWorkload.statements(OracleParserBenchmark.STATEMENTS, 42);
        Function<String, Object> parse = switch (parser) {
            case "lex" -> OracleCpuTimeCheck::lex;
            case "lex+parse" -> OracleCpuTimeCheck::lexAndParse;
            default -> OracleParserBenchmark.create(parser);
        };
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long allocated = 0;
        for (int round = 0; round < 2 * rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            long startBytes = threads.getCurrentThreadAllocatedBytes();
            for (String statement : statements) {
                parse.apply(statement);
            }
            long used = threads.getCurrentThreadCpuTime() - start;
            if (round >= rounds) {
                best = Math.min(best, used);
                allocated = threads.getCurrentThreadAllocatedBytes() - startBytes;
            }
        }
        double perStatement = best / (double) statements.size();
        System.out.printf("%s: best %.2f µs CPU per statement = %.0f statements per CPU-second; %.1f KB allocated"
                + " per statement%n", parser, perStatement / 1000, 1e9 / perStatement,
                allocated / 1024.0 / statements.size());
    }

    private static final OracleLexer LEXER = new OracleLexer(CharStreams.fromString(""));
    private static final OracleParser PARSER = new OracleParser(null);

    static {
        LEXER.removeErrorListeners();
        PARSER.removeErrorListeners();
        PARSER.getInterpreter().setPredictionMode(PredictionMode.SLL);
    }

    private static Object lex(String text) {
        LEXER.setInputStream(CharStreams.fromString(text + "\n"));
        Token token;
        int count = 0;
        do {
            token = LEXER.nextToken();
            count++;
        } while (token.getType() != Token.EOF);
        return count;
    }

    private static Object lexAndParse(String text) {
        LEXER.setInputStream(CharStreams.fromString(text + "\n"));
        CommonTokenStream tokens = new CommonTokenStream(LEXER);
        tokens.fill();
        PARSER.setTokenStream(tokens);
        return PARSER.singleStatement();
    }
}
