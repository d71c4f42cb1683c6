package io.github.sqlaudit.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ScriptEncodingTest {

    static String read(byte[] bytes) throws IOException {
        return new String(ScriptEncoding.checked(new ByteArrayInputStream(bytes)).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void utf8PassesUnchangedAndTheByteOrderMarkIsSkipped() throws IOException {
        assertThat(read("SELECT 'é';".getBytes(StandardCharsets.UTF_8))).isEqualTo("SELECT 'é';");
        assertThat(read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'S', 'E', 'L'})).isEqualTo("SEL");
    }

    @Test
    void utf16AndUtf32AreRefusedByName() {
        assertThatThrownBy(() -> read("SELECT 1;".getBytes(StandardCharsets.UTF_16))).hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'S', 0, 0, 0})).hasMessageContaining("UTF-32");
    }

    @Test
    void binaryAndEmptyFilesAreRefused() {
        assertThatThrownBy(() -> read(new byte[] {'P', 'K', 3, 4, 0, 0})).hasMessageContaining("NUL byte at offset 4");
        assertThatThrownBy(() -> read(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).hasMessageContaining("empty");
    }

    @Test
    void aNulByteBeyondTheFirstEightKilobytesIsLeftToTheReader() throws IOException {
        byte[] bytes = new byte[9000];
        java.util.Arrays.fill(bytes, (byte) ' ');
        bytes[8999] = 0;
        assertThat(read(bytes)).hasSize(9000);
    }
}
