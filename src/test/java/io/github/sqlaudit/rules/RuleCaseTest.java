package io.github.sqlaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule-case file format itself: a broken file must fail loudly, never lose cases. */
class RuleCaseTest {

    @TempDir
    Path dir;

    @Test
    void readsHeadersDirectivesAndMultiLineSql() throws IOException {
        Path file = Files.writeString(dir.resolve("X.cases"), """
                # comment
                === DML-006 fires 2: two statements
                @value 3
                @dialect mariadb
                INSERT INTO t (a)
                VALUES (1), (2), (3), (4);
                === DML-006 passes: one
                INSERT INTO t (a) VALUES (1);
                """);

        List<RuleCase> actual = RuleCase.read(file);

        assertThat(actual).hasSize(2);
        assertThat(actual.get(0).code()).isEqualTo("DML-006");
        assertThat(actual.get(0).fires()).isTrue();
        assertThat(actual.get(0).count()).contains(2);
        assertThat(actual.get(0).directive("value")).contains("3");
        assertThat(actual.get(0).directive("dialect")).contains("mariadb");
        assertThat(actual.get(0).sql()).isEqualTo("INSERT INTO t (a)\nVALUES (1), (2), (3), (4);\n");
        assertThat(actual.get(0).line()).isEqualTo(2);
        assertThat(actual.get(1).fires()).isFalse();
        assertThat(actual.get(1).count()).isEqualTo(Optional.empty());
    }

    @Test
    void malformedHeaderAndStrayTextNameFileAndLine() throws IOException {
        Path badHeader = Files.writeString(dir.resolve("A.cases"), "=== DML-006 fires: ok\nSELECT 1;\n=== DML-6 fires: x\n");
        Path stray = Files.writeString(dir.resolve("B.cases"), "SELECT 1;\n=== DML-006 fires: ok\nSELECT 1;\n");

        assertThatThrownBy(() -> RuleCase.read(badHeader)).hasMessageContaining("A.cases:3");
        assertThatThrownBy(() -> RuleCase.read(stray)).hasMessageContaining("B.cases:1");
    }
}
