package io.github.sqlaudit.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttachmentPatternTest {

    @Test
    void matchesFileNamesWithoutCase() {
        AttachmentPattern pattern = new AttachmentPattern("*.sql");
        assertThat(pattern.matches("fix.sql")).isTrue();
        assertThat(pattern.matches("FIX.SQL")).isTrue();
        assertThat(pattern.matches("fix.sql.txt")).isFalse();
        assertThat(pattern.matches("notes.txt")).isFalse();
    }

    @Test
    void severalPatternsAndTheQuestionMark() {
        AttachmentPattern pattern = new AttachmentPattern("V?__*.sql, *.ddl");
        assertThat(pattern.matches("V1__init.sql")).isTrue();
        assertThat(pattern.matches("V10__init.sql")).isFalse();
        assertThat(pattern.matches("schema.DDL")).isTrue();
    }

    @Test
    void regexCharactersInPatternsAreLiteral() {
        assertThat(new AttachmentPattern("fix(1).sql").matches("fix(1).sql")).isTrue();
        assertThat(new AttachmentPattern("fix(1).sql").matches("fix1.sql")).isFalse();
    }

    @Test
    void anEmptyPatternIsRefused() {
        assertThatThrownBy(() -> new AttachmentPattern(" , ")).hasMessageContaining("names no file pattern");
    }
}
