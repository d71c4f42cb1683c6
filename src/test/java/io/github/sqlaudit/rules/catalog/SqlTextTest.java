package io.github.sqlaudit.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SqlTextTest {

    private static final Pattern NOLOGGING = Pattern.compile("(?i)\\bNOLOGGING\\b");

    @Test
    void keywordsInStringsAndCommentsDoNotCount() {
        assertThat(SqlText.has("CREATE TABLE t NOLOGGING AS SELECT 1 FROM dual", NOLOGGING)).isTrue();
        assertThat(SqlText.has("SELECT 'nologging' FROM dual", NOLOGGING)).isFalse();
        assertThat(SqlText.has("SELECT 1 FROM dual -- nologging", NOLOGGING)).isFalse();
        assertThat(SqlText.has("SELECT /* nologging */ 1 FROM dual", NOLOGGING)).isFalse();
        assertThat(SqlText.has("SELECT 'it''s nologging' FROM dual", NOLOGGING)).isFalse();
    }

    @Test
    void hintsAreCodeAndLayoutIsKept() {
        assertThat(SqlText.has("INSERT /*+ PARALLEL(4) */ INTO t SELECT 1 FROM dual", Pattern.compile("PARALLEL")))
                .isTrue();
        String text = "SELECT 'a'\n-- x\nFROM t";
        assertThat(SqlText.code(text)).hasSameSizeAs(text).contains("\nFROM t");
    }
}
