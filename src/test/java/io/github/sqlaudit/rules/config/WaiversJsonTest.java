package io.github.sqlaudit.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.rules.StatementFingerprint;
import io.github.sqlaudit.rules.Waiver;
import io.github.sqlaudit.rules.Waivers;
import io.github.sqlaudit.sql.Dialect;

class WaiversJsonTest {

    private static final String FINGERPRINT = StatementFingerprint.of("DELETE FROM orders", Dialect.MYSQL);

    @Test
    void roundTrip() {
        Waivers expected = Waivers.of(List.of(new Waiver("DML-001", FINGERPRINT, "yearly purge", "jdoe",
                Instant.parse("2026-12-31T00:00:00Z"))));

        Waivers actual = WaiversJson.read(WaiversJson.write(expected));

        assertThat(actual.all()).isEqualTo(expected.all());
    }

    @Test
    void errorsNameTheWaiverFieldAndRule() {
        String good = "{\"ruleCode\": \"DML-001\", \"fingerprint\": \"" + FINGERPRINT + "\", \"reason\": \"r\", "
                + "\"author\": \"a\", \"expiresAt\": \"2026-12-31T00:00:00Z\"}";

        assertThatThrownBy(() -> WaiversJson.read("{\"schemaVersion\": 1, \"waivers\": [" + good + ", "
                + good.replace("\"2026-12-31T00:00:00Z\"", "\"next year\"") + "]}"))
                .hasMessage("waivers[1].expiresAt (rule DML-001): expected an ISO-8601 instant such as "
                        + "2026-12-31T00:00:00Z, got 'next year'");
        assertThatThrownBy(() -> WaiversJson.read("{\"schemaVersion\": 1, \"waivers\": ["
                + good.replace("\"reason\": \"r\"", "\"reason\": \" \"") + "]}"))
                .hasMessage("waivers[0].reason (rule DML-001): a waiver needs a reason");
        assertThatThrownBy(() -> WaiversJson.read("{\"schemaVersion\": 1, \"waivers\": ["
                + good.replace(FINGERPRINT, "abc") + "]}"))
                .hasMessageStartingWith("waivers[0].fingerprint (rule DML-001): expected the statement's SHA-256");
        assertThatThrownBy(() -> WaiversJson.read("{\"schemaVersion\": 1, \"waivers\": ["
                + good.replace("\"author\": \"a\", ", "") + "]}"))
                .hasMessage("waivers[0].author (rule DML-001): required field is missing");
    }
}
