package io.github.sqlaudit.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.Utf8ScriptReader;

/**
 * Streams a generated script of the given size (default 1 GiB) from disk through our splitter and parser and
 * samples the heap as it goes. Run it with -Xmx256m: it passes when it finishes, and it prints the largest heap
 * used after a collection, so "flat" can be read off the samples.
 *
 * <pre>java -Xmx256m -cp benchmarks.jar io.github.sqlaudit.bench.StreamingHeapCheck [bytes] [file]</pre>
 */
public final class StreamingHeapCheck {

    public static void main(String[] args) throws IOException {
        long size = args.length > 0 ? Long.parseLong(args[0]) : 1L << 30;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("sqlaudit-heap-check", ".sql");
        try {
            long bytes = generate(file, size);
            run(file, bytes);
        } finally {
            if (args.length < 2) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static long generate(Path file, long size) throws IOException {
        List<String> statements = Workload.statements(10_000, 1);
        byte[] block = Workload.script(statements).getBytes(StandardCharsets.UTF_8);
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            while (written < size) {
                out.write(block);
                written += block.length;
            }
        }
        return written;
    }

    private static void run(Path file, long bytes) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        SqlParser parser = SqlParser.forDialect(Dialect.MYSQL);
        long statements = 0;
        long failed = 0;
        long maxUsedAfterGc = 0;
        long start = System.nanoTime();
        System.out.printf("streaming %,d bytes with max heap %,d MB%n", bytes, Runtime.getRuntime().maxMemory() >> 20);
        try (InputStream in = Files.newInputStream(file)) {
            Iterator<Statement> parsed = parser.statements(new Utf8ScriptReader(in));
            while (parsed.hasNext()) {
                if (!parsed.next().ok()) {
                    failed++;
                }
                if (++statements % 2_000_000 == 0) {
                    System.gc();
                    long used = memory.getHeapMemoryUsage().getUsed();
                    maxUsedAfterGc = Math.max(maxUsedAfterGc, used);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("%,d statements, %.0f s, heap used after GC %,d MB%n", statements, seconds, used >> 20);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("done: %,d statements (%d failed) in %.1f s = %.0f statements/s, %.1f MB/s; "
                        + "max heap used after GC %,d MB; sum of heap pool peaks %,d MB; -Xmx %,d MB%n",
                statements, failed, seconds, statements / seconds, bytes / seconds / 1e6, maxUsedAfterGc >> 20,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
