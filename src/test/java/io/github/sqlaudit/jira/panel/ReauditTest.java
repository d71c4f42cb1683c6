package io.github.sqlaudit.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.atlassian.jira.permission.ProjectPermissions;

import io.github.sqlaudit.jira.JiraTestHost;
import io.github.sqlaudit.jira.TestTargets;
import io.github.sqlaudit.jira.workflow.ValidatorSettings;

/** The re-audit's answers other than a finished audit (that one is in JiraEndToEndTest). */
class ReauditTest {

    @Test
    void anIssueNeverAuditedAnUnknownOneAndOneTheUserCannotSee() throws Exception {
        try (JiraTestHost host = new JiraTestHost("reaudit-answers")) {
            assertThat(host.reaudit().run(JiraTestHost.ISSUE_KEY, host.developer).httpStatus()).isEqualTo(409);
            assertThat(host.reaudit().run("NOPE-1", host.developer).httpStatus()).isEqualTo(404);
            host.deny(ProjectPermissions.BROWSE_PROJECTS);
            Reaudit.Result hidden = host.reaudit().run(JiraTestHost.ISSUE_KEY, host.developer);
            assertThat(hidden.httpStatus()).isEqualTo(404);
            assertThat(hidden.body().get("message").toString()).contains("does not exist or you cannot see it");
        }
    }

    @Test
    void aReauditRepeatsTheLatestAuditsSettings() throws Exception {
        try (JiraTestHost host = new JiraTestHost("reaudit-settings")) {
            host.cmdb(TestTargets.shop(TestTargets.DOWN), TestTargets.secrets());
            host.attach("purge.sql", "DELETE FROM orders;\n".getBytes(StandardCharsets.UTF_8));
            Map<String, String> settings = new LinkedHashMap<>(ValidatorSettings.defaults().toArgs());
            // Not the default (BLOCK): a re-audit with default settings would be refused, the target being down.
            settings.put(ValidatorSettings.ON_UNREACHABLE, "AUDIT_WITHOUT_PLAN");
            try {
                host.validator().validate(host.transientVars(), settings, null);
            } catch (com.opensymphony.workflow.InvalidInputException expected) {
                // the DELETE without WHERE blocks
            }
            Reaudit.Result again = host.reaudit().run(JiraTestHost.ISSUE_KEY, host.developer);
            assertThat(again.httpStatus()).isEqualTo(200);
            assertThat(again.body()).containsEntry("outcome", "done").containsEntry("verdict", "BLOCK");
            assertThat(again.body().get("message").toString()).contains("purge.sql:1  DML-");
            assertThat(host.reports.history(JiraTestHost.ISSUE_ID, 10)).hasSize(2)
                    .first().satisfies(r -> assertThat(r.origin()).isEqualTo("re-audit"));
        }
    }
}
