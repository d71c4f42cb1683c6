package io.github.sqlaudit.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.sqlaudit.sql.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the executor makes of Oracle (SQL*Plus) scripts, through our Oracle parser: the text sent, how each
 * statement is run and recorded, and the scripts refused before anything runs. No database involved.
 */
class OracleExecutableStatementsTest {

    @TempDir
    Path dir;

    List<ExecutableStatement> read(String script) throws IOException {
        Path file = dir.resolve("change.sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        List<ExecutableStatement> statements = new ArrayList<>();
        Iterator<ExecutableStatement> it = ExecutableStatements.of(file, Dialect.ORACLE).get();
        it.forEachRemaining(statements::add);
        return statements;
    }

    void assertRefused(String script, String... messageParts) {
        assertThatThrownBy(() -> read(script)).isInstanceOf(ExecutionRefusedException.class)
                .hasMessageContaining("change.sql: line ")
                .hasMessageContainingAll(messageParts);
    }

    @Test
    void sqlGoesWithoutItsTerminatorAndPlsqlKeepsItsEndButNotTheSlash() throws IOException {
        List<ExecutableStatement> statements = read("""
                UPDATE accounts SET balance = 0 WHERE id = 1;
                DELETE FROM accounts WHERE id = 2
                /
                CREATE OR REPLACE PROCEDURE touch(p_id NUMBER) AS
                BEGIN
                  UPDATE accounts SET touched = SYSDATE WHERE id = p_id;
                END;
                /
                """);
        assertThat(statements).extracting(ExecutableStatement::text).containsExactly(
                "UPDATE accounts SET balance = 0 WHERE id = 1",
                "DELETE FROM accounts WHERE id = 2",
                "CREATE OR REPLACE PROCEDURE touch(p_id NUMBER) AS\nBEGIN\n"
                        + "  UPDATE accounts SET touched = SYSDATE WHERE id = p_id;\nEND;");
        assertThat(statements).extracting(ExecutableStatement::effect)
                .containsExactly(Effect.DATA, Effect.DATA, Effect.SCHEMA);
        assertThat(statements).extracting(ExecutableStatement::startLine).containsExactly(1, 2, 4);
    }

    @Test
    void kindsOfStatementRunAsTheirTransactionsRequire() throws IOException {
        List<ExecutableStatement> statements = read("""
                ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD';
                MERGE INTO accounts a USING (SELECT 1 id FROM dual) s ON (a.id = s.id)
                  WHEN MATCHED THEN UPDATE SET a.balance = 0;
                CREATE TABLE audit_trail (id NUMBER PRIMARY KEY, note VARCHAR2(50));
                SET ROLE app_writer;
                COMMIT;
                """);
        assertThat(statements).extracting(ExecutableStatement::effect).containsExactly(Effect.SESSION, Effect.DATA,
                Effect.SCHEMA, Effect.SESSION, Effect.TRANSACTION_CONTROL);
        assertThat(statements.get(2).ddlEffect()).contains(new DdlEffect.TableExists(null, "audit_trail"));
    }

    @Test
    void anAnonymousBlockThatDoesNotCommitIsATransactionOfItsOwnAndOneThatMayCommitRunsLikeDdl() throws IOException {
        List<ExecutableStatement> statements = read("""
                BEGIN
                  UPDATE accounts SET note = 'COMMIT later' WHERE id = 1; -- COMMIT in a comment
                  SAVEPOINT s; ROLLBACK TO s;
                END;
                /
                BEGIN
                  UPDATE accounts SET balance = 0;
                  COMMIT;
                END;
                /
                BEGIN
                  EXECUTE IMMEDIATE 'DROP TABLE tmp_accounts';
                EXCEPTION WHEN OTHERS THEN NULL;
                END;
                /
                DECLARE
                  PRAGMA AUTONOMOUS_TRANSACTION;
                BEGIN
                  INSERT INTO log_table VALUES (1);
                END;
                /
                """);
        assertThat(statements).extracting(ExecutableStatement::effect)
                .containsExactly(Effect.BLOCK, Effect.SCHEMA, Effect.SCHEMA, Effect.SCHEMA);
        assertThat(statements.get(0).text()).startsWith("BEGIN").endsWith("END;");
        assertThat(statements.get(1).ddlEffect()).isEmpty(); // after a crash, a human checks it
    }

    @Test
    void sqlPlusExecuteRunsAsTheBlockSqlPlusMakesOfIt() throws IOException {
        List<ExecutableStatement> statements = read("""
                EXEC dbms_stats.gather_table_stats(ownname => USER, -
                  tabname => 'ACCOUNTS');
                execute refresh_totals
                """);
        assertThat(statements).extracting(ExecutableStatement::text).containsExactly(
                "BEGIN dbms_stats.gather_table_stats(ownname => USER,    tabname => 'ACCOUNTS'); END;",
                "BEGIN refresh_totals; END;");
        // DBMS_STATS' gather procedures commit: that block runs like DDL; the other is a transaction of its own.
        assertThat(statements).extracting(ExecutableStatement::effect).containsExactly(Effect.SCHEMA, Effect.BLOCK);
    }

    @Test
    void displayCommandsAreClientCommandsNeverSent() throws IOException {
        List<ExecutableStatement> statements = read("""
                SET ECHO ON
                SET SERVEROUTPUT ON SIZE UNLIMITED
                PROMPT Updating balances
                REM a remark
                SPOOL change.log
                COLUMN note FORMAT A20
                DEFINE unused = 1
                UPDATE accounts SET balance = 0;
                SPOOL OFF
                EXIT
                """);
        assertThat(statements).extracting(ExecutableStatement::effect).containsExactly(Effect.CLIENT, Effect.CLIENT,
                Effect.CLIENT, Effect.CLIENT, Effect.CLIENT, Effect.CLIENT, Effect.CLIENT, Effect.DATA, Effect.CLIENT,
                Effect.CLIENT);
    }

    @Test
    void commandsThatWouldRunOtherFilesOrReachOutsideAreRefusedWithTheirLine() {
        assertRefused("UPDATE a SET b = 1;\n@other.sql\n", "line 2", "running another file (@other.sql)",
                "only the reviewed bytes");
        assertRefused("@@sibling.sql\n", "line 1", "@@sibling.sql");
        assertRefused("PROMPT x\nSTART other.sql\n", "line 2", "START is not allowed");
        assertRefused("CONNECT scott/tiger@prod\n", "CONNECT is not allowed");
        assertRefused("HOST rm -rf /tmp/x\n", "HOST is not allowed");
        assertRefused("ACCEPT amount PROMPT 'Amount? '\n", "never prompts");
        assertRefused("VARIABLE n NUMBER\n", "bind variable");
        assertRefused("SET AUTOCOMMIT ON\n", "SET AUTOCOMMIT ON is not allowed");
    }

    @Test
    void aSubstitutionVariableRefusesTheScriptUnlessDefineIsOff() throws IOException {
        assertRefused("UPDATE accounts SET owner = 'R&D' WHERE id = &account_id;\n", "line 1",
                "substitution variable &D, &account_id", "never prompts", "SET DEFINE OFF");
        List<ExecutableStatement> statements = read("""
                SET DEFINE OFF
                UPDATE accounts SET owner = 'R&D' WHERE id = 1;
                """);
        assertThat(statements.get(1).text()).contains("'R&D'");
        assertRefused("SET DEFINE OFF\nUPDATE a SET b = 'R&D';\nSET DEFINE ON\nUPDATE a SET b = 'R&D';\n",
                "line 4", "&D");
        // SET DEFINE c moves the prefix: SQL*Plus substitutes ^c, even inside quotes, and leaves & alone.
        assertRefused("SET DEFINE ^\nUPDATE a SET b = 'R&D', c = 'x^code';\n", "line 2", "^code");
    }

    @Test
    void aSlashLineThatWouldRunAStatementASecondTimeIsRefusedWithBothLines() throws IOException {
        assertRefused("INSERT INTO audit_log (id) VALUES (1);\n/\n", "line 2", "runs the statement of line 1 a second"
                + " time", "remove the line");
        assertRefused("BEGIN\n  refresh_totals;\nEND;\n/\n/\n", "line 5", "statement of line 1 a second time");
        // A "/" before any statement has nothing to run (SQL*Plus says so and goes on): not refused, never sent.
        assertThat(read("/\nUPDATE a SET b = 1;\n")).extracting(ExecutableStatement::effect)
                .containsExactly(Effect.CLIENT, Effect.DATA);
    }

    @Test
    void aStatementSqlPlusWouldNotRunIsRefused() {
        assertRefused("UPDATE accounts SET balance = 0\n\nUPDATE accounts SET balance = 1;\n", "line 1",
                "ends without ';' or a '/' line", "SQL*Plus keeps such a statement in its buffer");
        assertRefused("BEGIN\n  NULL;\nEND;\n", "line 1", "at a blank line or the end of the script");
        assertRefused("UPDATE a SET b = 1;\nEXIT\nUPDATE a SET b = 2;\n", "line 3", "after EXIT/QUIT at line 2");
        assertRefused("UPDATE a SET b = 1;\nexit;\nUPDATE a SET b = 2;\n", "line 3", "after EXIT/QUIT at line 2");
    }

    @Test
    void wheneverSqlerrorSetsTheErrorHandlingOfTheStatementsAfterIt() throws IOException {
        List<ExecutableStatement> statements = read("""
                UPDATE a SET b = 1;
                WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
                UPDATE a SET b = 2;
                WHENEVER SQLERROR CONTINUE
                UPDATE a SET b = 3;
                WHENEVER OSERROR EXIT
                WHENEVER SQLERROR EXIT;
                """);
        assertThat(statements).extracting(ExecutableStatement::onError).containsExactly(
                ExecutableStatement.OnError.AS_CONFIGURED, ExecutableStatement.OnError.STOP,
                ExecutableStatement.OnError.STOP, ExecutableStatement.OnError.CONTINUE,
                ExecutableStatement.OnError.CONTINUE, ExecutableStatement.OnError.CONTINUE,
                ExecutableStatement.OnError.STOP);
    }

    @Test
    void ddlCarriesWhatToCheckInTheDictionaryAndUnitsWhatToCheckForCompilationErrors() throws IOException {
        List<ExecutableStatement> statements = read("""
                CREATE SEQUENCE hr.order_seq START WITH 1;
                DROP INDEX ix_accounts_owner;
                ALTER TABLE accounts ADD (note VARCHAR2(50));
                CREATE PROCEDURE reset_balance AS
                BEGIN
                  UPDATE accounts SET balance = 0;
                END;
                /
                CREATE OR REPLACE PACKAGE BODY billing AS
                  PROCEDURE run IS BEGIN NULL; END;
                END billing;
                /
                """);
        assertThat(statements.get(0).ddlEffect())
                .contains(new DdlEffect.ObjectExists("hr", "order_seq", "SEQUENCE"));
        assertThat(statements.get(1).ddlEffect())
                .contains(new DdlEffect.IndexAbsent(null, null, "ix_accounts_owner"));
        assertThat(statements.get(2).ddlEffect())
                .contains(new DdlEffect.ColumnExists(null, "accounts", "note"));
        assertThat(statements.get(3).ddlEffect())
                .contains(new DdlEffect.ObjectExists(null, "reset_balance", "PROCEDURE"));
        assertThat(statements.get(3).compiledUnit())
                .contains(new CompiledUnit(null, "reset_balance", "PROCEDURE"));
        assertThat(statements.get(4).ddlEffect()).containsInstanceOf(DdlEffect.RunsAgainSafely.class);
        assertThat(statements.get(4).compiledUnit()).contains(new CompiledUnit(null, "billing", "PACKAGE BODY"));
    }
}
