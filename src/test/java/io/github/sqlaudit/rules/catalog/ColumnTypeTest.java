package io.github.sqlaudit.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class ColumnTypeTest {

    @Test
    void readsCatalogTypeText() {
        ColumnType actual = ColumnType.parse("decimal(10,2) unsigned zerofill");

        assertThat(actual.base()).isEqualTo("DECIMAL");
        assertThat(actual.length()).isEqualTo(OptionalInt.of(10));
        assertThat(actual.scale()).isEqualTo(OptionalInt.of(2));
        assertThat(actual.unsigned()).isTrue();
        assertThat(ColumnType.parse("VARCHAR(255)").display()).isEqualTo("VARCHAR(255)");
        assertThat(ColumnType.parse("double precision").base()).isEqualTo("DOUBLE PRECISION");
    }

    @Test
    void narrowingChanges() {
        assertThat(ColumnType.parse("VARCHAR(255)").narrowingTo(ColumnType.parse("VARCHAR(50)")))
                .hasValueSatisfying(why -> assertThat(why).contains("shortens"));
        assertThat(ColumnType.parse("BIGINT").narrowingTo(ColumnType.parse("INT"))).isPresent();
        assertThat(ColumnType.parse("INT UNSIGNED").narrowingTo(ColumnType.parse("INT"))).isPresent();
        assertThat(ColumnType.parse("DECIMAL(12,4)").narrowingTo(ColumnType.parse("DECIMAL(12,2)"))).isPresent();
        assertThat(ColumnType.parse("MEDIUMTEXT").narrowingTo(ColumnType.parse("TEXT"))).isPresent();
        assertThat(ColumnType.parse("VARCHAR(20)").narrowingTo(ColumnType.parse("INT")))
                .hasValueSatisfying(why -> assertThat(why).contains("type family"));
    }

    @Test
    void wideningChangesAreFine() {
        assertThat(ColumnType.parse("VARCHAR(50)").narrowingTo(ColumnType.parse("VARCHAR(255)"))).isEmpty();
        assertThat(ColumnType.parse("INT").narrowingTo(ColumnType.parse("BIGINT"))).isEmpty();
        assertThat(ColumnType.parse("TEXT").narrowingTo(ColumnType.parse("LONGTEXT"))).isEmpty();
        assertThat(ColumnType.parse("VARCHAR(100)").narrowingTo(ColumnType.parse("TEXT"))).isEmpty();
        assertThat(ColumnType.parse("DECIMAL(10,2)").narrowingTo(ColumnType.parse("DECIMAL(12,2)"))).isEmpty();
    }
}
