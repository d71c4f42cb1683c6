package io.github.sqlaudit.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;
import org.junit.jupiter.api.Test;

/** How parsed statements are run: their transaction behaviour and the catalog check of their DDL. */
class ExecutableStatementsTest {

    static ExecutableStatement one(String sql) {
        List<Statement> statements = SqlParser.forDialect(Dialect.MARIADB).parseAll(sql);
        return ExecutableStatements.of(statements.get(statements.size() - 1), "t.sql");
    }

    @Test
    void rowChangesAreDataAndRunInBatches() {
        assertThat(one("UPDATE orders SET status = 'x' WHERE id = 1;").effect()).isEqualTo(Effect.DATA);
        assertThat(one("INSERT INTO t (a) VALUES (1);").effect()).isEqualTo(Effect.DATA);
        assertThat(one("DELETE FROM t WHERE a = 1;").effect()).isEqualTo(Effect.DATA);
    }

    @Test
    void sessionClientAndTransactionStatementsAreToldApart() {
        assertThat(one("SET @x = 1;").effect()).isEqualTo(Effect.SESSION);
        assertThat(one("USE shop;").effect()).isEqualTo(Effect.SESSION);
        assertThat(one("SELECT 1;").effect()).isEqualTo(Effect.SESSION);
        assertThat(one("COMMIT;").effect()).isEqualTo(Effect.TRANSACTION_CONTROL);
        assertThat(one("START TRANSACTION;").effect()).isEqualTo(Effect.TRANSACTION_CONTROL);
        assertThat(one("DELIMITER $$\n").effect()).isEqualTo(Effect.CLIENT);
        assertThat(one("GRANT SELECT ON shop.* TO 'app'@'%';").effect()).as("commits implicitly").isEqualTo(Effect.SCHEMA);
    }

    @Test
    void ddlCarriesWhatToLookForAfterACrash() {
        assertThat(one("CREATE TABLE promo (id INT PRIMARY KEY);").ddlEffect())
                .contains(new DdlEffect.TableExists(null, "promo"));
        assertThat(one("DROP TABLE shop.promo;").ddlEffect()).contains(new DdlEffect.TableAbsent("shop", "promo"));
        assertThat(one("ALTER TABLE orders ADD COLUMN note TEXT, ALGORITHM=INPLACE;").ddlEffect())
                .contains(new DdlEffect.ColumnExists(null, "orders", "note"));
        assertThat(one("ALTER TABLE orders DROP COLUMN note;").ddlEffect())
                .contains(new DdlEffect.ColumnAbsent(null, "orders", "note"));
        assertThat(one("CREATE INDEX idx_status ON orders (status);").ddlEffect())
                .contains(new DdlEffect.IndexExists(null, "orders", "idx_status"));
        assertThat(one("ALTER TABLE orders ADD INDEX idx_total (total);").ddlEffect())
                .contains(new DdlEffect.IndexExists(null, "orders", "idx_total"));
        assertThat(one("ALTER TABLE orders ENGINE = InnoDB;").ddlEffect()).as("nothing to look for").isEmpty();
        assertThat(one("CREATE TABLE promo (id INT PRIMARY KEY);").effect()).isEqualTo(Effect.SCHEMA);
    }

    @Test
    void aStatementThatDoesNotParseCannotRun() {
        assertThatThrownBy(() -> one("UPDATE orders SET WHERE id = 1;"))
                .isInstanceOf(ExecutionRefusedException.class)
                .hasMessageContaining("t.sql: line 1 does not parse");
    }
}
