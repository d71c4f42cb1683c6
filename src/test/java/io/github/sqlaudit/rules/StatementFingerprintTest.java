package io.github.sqlaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.sql.Dialect;

class StatementFingerprintTest {

    private static String fingerprint(String text) {
        return StatementFingerprint.of(text, Dialect.MYSQL);
    }

    @Test
    void layoutCaseAndCommentsDoNotChangeTheFingerprint() {
        String expected = fingerprint("DELETE FROM orders WHERE status = 'Old'");

        assertThat(fingerprint("delete   from orders\n  where status = 'Old';")).isEqualTo(expected);
        assertThat(fingerprint("-- purge\nDELETE /* yearly */ FROM orders # note\nWHERE status = 'Old'"))
                .isEqualTo(expected);
    }

    @Test
    void literalsNamesAndHintsDoChangeIt() {
        String base = fingerprint("DELETE FROM orders WHERE status = 'Old'");

        assertThat(fingerprint("DELETE FROM orders WHERE status = 'old'")).isNotEqualTo(base);
        assertThat(fingerprint("DELETE FROM orders WHERE status = 'Old  '")).isNotEqualTo(base);
        assertThat(fingerprint("DELETE FROM orders2 WHERE status = 'Old'")).isNotEqualTo(base);
        assertThat(fingerprint("DELETE /*+ NO_INDEX(orders) */ FROM orders WHERE status = 'Old'")).isNotEqualTo(base);
        assertThat(base).matches("[0-9a-f]{64}");
    }

    @Test
    void hashInOracleIsNotAComment() {
        assertThat(StatementFingerprint.of("SELECT a#b FROM t", Dialect.ORACLE))
                .isNotEqualTo(StatementFingerprint.of("SELECT a FROM t", Dialect.ORACLE));
    }
}
