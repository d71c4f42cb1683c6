package io.github.sqlaudit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/**
 * What the Oracle provider sends on its review connection, checked on a recording JDBC connection
 * (Mockito), with PLAN_TABLE rows taken from Oracle's documentation. Not a live Oracle server.
 */
class OraclePlanProviderTest {

    Connection connection = mock(Connection.class);
    Statement statement = mock(Statement.class);
    PreparedStatement planQuery = mock(PreparedStatement.class);
    ResultSet planRows = mock(ResultSet.class);
    List<String> executed = new ArrayList<>();

    @BeforeEach
    void recordingConnection() throws SQLException {
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        when(metaData.getDatabaseProductVersion()).thenReturn("Oracle Database 19c Enterprise Edition 19.3.0.0.0");
        when(connection.getMetaData()).thenReturn(metaData);
        when(connection.createStatement()).thenReturn(statement);
        when(statement.execute(anyString())).thenAnswer(call -> executed.add(call.getArgument(0)));
        when(connection.prepareStatement(anyString())).thenReturn(planQuery);
        when(planQuery.executeQuery()).thenReturn(planRows);
        // Two recorded rows: the DELETE of the HR example, a full scan of EMPLOYEES.
        when(planRows.next()).thenReturn(true, true, false);
        when(planRows.getInt(1)).thenReturn(0, 1);
        when(planRows.getString(3)).thenReturn("DELETE STATEMENT", "TABLE ACCESS");
        when(planRows.getString(4)).thenReturn(null, "FULL");
        when(planRows.getString(5)).thenReturn(null, "HR");
        when(planRows.getString(6)).thenReturn(null, "EMPLOYEES");
        when(planRows.getLong(anyInt())).thenReturn(0L, 0L, 3L, 107L, 856L, 1L, 3L, 107L, 856L);
        when(planRows.wasNull()).thenReturn(true, false, false, false, false, false, false, false);
    }

    @Test
    void explainsIntoPlanTableReadsDeletesItsRowsAndRollsBack() throws SQLException {
        OraclePlanProvider provider = new OraclePlanProvider(connection, Duration.ofSeconds(7));
        Explanation explanation = provider.explain("DELETE FROM employees WHERE salary < 1000;");

        assertThat(explanation).isInstanceOf(Explanation.Explained.class);
        assertThat(executed).hasSize(2);
        assertThat(executed.get(0))
                .matches("EXPLAIN PLAN SET STATEMENT_ID = 'SQLAUDIT-[0-9A-F-]+' INTO PLAN_TABLE FOR "
                        + "DELETE FROM employees WHERE salary < 1000");
        String statementId = executed.get(0).replaceAll(".*STATEMENT_ID = '([^']+)'.*", "$1");
        assertThat(executed.get(1)).isEqualTo("DELETE FROM PLAN_TABLE WHERE STATEMENT_ID = '" + statementId + "'");
        verify(planQuery).setString(1, statementId);
        verify(statement, org.mockito.Mockito.atLeastOnce()).setQueryTimeout(7);

        InOrder order = inOrder(connection);
        order.verify(connection).setAutoCommit(false);
        order.verify(connection).rollback();
    }

    @Test
    void aStatementOracleRejectsIsAFindingNotAFailure() throws SQLException {
        when(statement.execute(anyString())).thenThrow(
                new SQLSyntaxErrorException("ORA-00942: table or view does not exist", "42000", 942));
        OraclePlanProvider provider = new OraclePlanProvider(connection, Duration.ofSeconds(7));

        Explanation explanation = provider.explain("UPDATE no_such_table SET x = 1");

        assertThat(explanation).isInstanceOfSatisfying(Explanation.Rejected.class, rejected -> {
            assertThat(rejected.errorCode()).isEqualTo(942);
            assertThat(rejected.message()).contains("ORA-00942");
        });
        verify(connection).rollback();
    }

    @Test
    void catalogQueriesPassTheGuard() throws SQLException {
        OraclePlanProvider provider = new OraclePlanProvider(connection, Duration.ofSeconds(7));
        when(planRows.next()).thenReturn(false);
        assertThat(provider.tableFacts("hr", "employees")).isEmpty();
        ArgumentCaptor<String> sql = ArgumentCaptor.forClass(String.class);
        verify(connection).prepareStatement(sql.capture());
        assertThat(sql.getValue()).contains("FROM ALL_TABLES t").contains("ALL_IND_COLUMNS");
        verify(planQuery).setString(1, "HR");
        verify(planQuery).setString(2, "EMPLOYEES");
    }
}
