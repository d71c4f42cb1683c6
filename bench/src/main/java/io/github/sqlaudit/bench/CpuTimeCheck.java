package io.github.sqlaudit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Function;

/**
 * A cross-check of {@link ParserBenchmark} that holds up better on a shared machine: the thread's CPU time (not wall
 * time) to parse the workload, best of many rounds after a warm-up of as many rounds. Other processes steal wall
 * time, much less CPU time.
 *
 * <pre>java -cp benchmarks.jar io.github.sqlaudit.bench.CpuTimeCheck sqlaudit|shardingsphere|druid [rounds]</pre>
 */
public final class CpuTimeCheck {

    public static void main(String[] args) {
        String parser = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<String> statements = Workload.statements(ParserBenchmark.STATEMENTS, 42);
        Function<String, Object> parse = Parsers.create(parser);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 2 * rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String statement : statements) {
                parse.apply(statement);
            }
            long used = threads.getCurrentThreadCpuTime() - start;
            if (round >= rounds) {
                best = Math.min(best, used);
            }
        }
        double perStatement = best / (double) statements.size();
        System.out.printf("%s: best %.2f µs CPU per statement = %.0f statements per CPU-second%n",
                parser, perStatement / 1000, 1e9 / perStatement);
    }
}
