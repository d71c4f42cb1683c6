package io.github.sqlaudit.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionFactsTest {

    private final SqlParser mysql = SqlParser.forDialect(Dialect.MYSQL);

    private SessionFacts facts(String sql) {
        Statement statement = mysql.parseStatement(sql);
        assertThat(statement.error()).as(sql).isEmpty();
        return statement.session().orElseThrow();
    }

    @Test
    void callNamesItsRoutine() {
        assertThat(facts("CALL shop.refresh_totals(1, @x)").calledRoutine()).contains(TableRef.of("shop", "refresh_totals"));
        assertThat(facts("CALL `p`").calledRoutine()).contains(TableRef.of("p"));
    }

    @Test
    void useNamesTheSchema() {
        assertThat(facts("USE `shop-db`").usedSchema()).contains("shop-db");
    }

    @Test
    void setAssignmentsWithTheirScopes() {
        SessionFacts facts = facts("SET GLOBAL max_connections = 200, SESSION sql_mode = 'STRICT_ALL_TABLES', "
                + "@@session.SQL_LOG_BIN = 0, @@GLOBAL.time_zone = '+00:00', foreign_key_checks = OFF, @a := 1, "
                + "PERSIST innodb_buffer_pool_size = 1024");
        assertThat(facts.assignments()).extracting(VariableAssignment::name, VariableAssignment::scope, VariableAssignment::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("max_connections", VariableScope.GLOBAL, "200"),
                        org.assertj.core.groups.Tuple.tuple("sql_mode", VariableScope.SESSION, "'STRICT_ALL_TABLES'"),
                        org.assertj.core.groups.Tuple.tuple("sql_log_bin", VariableScope.SESSION, "0"),
                        org.assertj.core.groups.Tuple.tuple("time_zone", VariableScope.GLOBAL, "'+00:00'"),
                        org.assertj.core.groups.Tuple.tuple("foreign_key_checks", VariableScope.SESSION, "OFF"),
                        org.assertj.core.groups.Tuple.tuple("a", VariableScope.USER, "1"),
                        org.assertj.core.groups.Tuple.tuple("innodb_buffer_pool_size", VariableScope.PERSIST, "1024"));
    }

    @Test
    void setNamesCharsetAndTransaction() {
        assertThat(facts("SET NAMES utf8mb4 COLLATE utf8mb4_bin").assignments())
                .containsExactly(new VariableAssignment("names", VariableScope.SESSION, "utf8mb4 COLLATE utf8mb4_bin"));
        assertThat(facts("SET GLOBAL TRANSACTION ISOLATION LEVEL READ COMMITTED").assignments())
                .containsExactly(new VariableAssignment("transaction", VariableScope.GLOBAL, "ISOLATION LEVEL READ COMMITTED"));
    }

    @Test
    void versionedCommentSetIsStillASet() {
        assertThat(facts("/*!40014 SET FOREIGN_KEY_CHECKS=0 */").assignments())
                .containsExactly(new VariableAssignment("foreign_key_checks", VariableScope.SESSION, "0"));
    }

    @Test
    void otherStatementsHaveNoSessionFacts() {
        assertThat(mysql.parseStatement("SELECT 1").session()).isEmpty();
    }
}
