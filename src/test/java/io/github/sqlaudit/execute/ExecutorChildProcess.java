package io.github.sqlaudit.execute;

import java.sql.Connection;
import java.time.Clock;

/**
 * The executor in a JVM of its own, for {@link KillAndResumeTest} to kill with SIGKILL half-way.
 * Arguments: JDBC URL, number of counter rows.
 */
public final class ExecutorChildProcess {

    private ExecutorChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int rows = Integer.parseInt(args[1]);
        ExecutorFixtures.Script script = KillAndResumeTest.script(rows);
        try (Connection connection = ExecutorFixtures.connect(url)) {
            ExecutionResult result = new ScriptExecutor(new ExecutionLedger(), Clock.systemUTC()).execute(connection,
                    script.approved("long.sql"), script.source(), KillAndResumeTest.OPTIONS,
                    ExecutionListener.NONE, () -> false);
            System.out.println("child finished: " + result.status());
        }
    }
}
