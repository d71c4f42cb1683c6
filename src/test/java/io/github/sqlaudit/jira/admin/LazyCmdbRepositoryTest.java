package io.github.sqlaudit.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.config.util.JiraHome;

import io.github.sqlaudit.cmdb.CmdbKeys;

/** The CMDB store opens on first use, so a missing key is an error on the CMDB page, not a plugin that will not start. */
class LazyCmdbRepositoryTest {

    @Test
    void nothingIsReadWhenTheRepositoryIsMade() {
        JiraHome home = mock(JiraHome.class);
        ActiveObjects ao = mock(ActiveObjects.class);

        new LazyCmdbRepository(ao, home);

        verifyNoInteractions(home, ao);
    }

    @Test
    void withoutAKeyTheFirstUseSaysWhereTheKeyBelongs(@TempDir Path sharedHome) {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(CmdbKeys.ENVIRONMENT_VARIABLE) == null,
                "the key comes from the environment here");
        JiraHome home = mock(JiraHome.class);
        when(home.getHome()).thenReturn(sharedHome.toFile());

        assertThatThrownBy(() -> new LazyCmdbRepository(mock(ActiveObjects.class), home).host("db1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(CmdbKeys.ENVIRONMENT_VARIABLE)
                .hasMessageContaining(sharedHome.resolve(CmdbKeys.KEY_FILE).toString());
    }

    @Test
    void theCmdbPageShowsAnUnavailableStoreInsteadOfFailing() throws Exception {
        AdminFixture fixture = new AdminFixture();
        JiraHome home = mock(JiraHome.class);
        when(home.getHome()).thenReturn(Path.of("/nonexistent-shared-home").toFile());
        AdminPages pages = new AdminPages(fixture.messages, fixture.rules,
                new io.github.sqlaudit.config.CmdbAdministration(new LazyCmdbRepository(mock(ActiveObjects.class), home),
                        fixture.store, fixture.clock), fixture.store, fixture.settings);

        java.util.Map<String, Object> context = pages.cmdb("/jira");

        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(CmdbKeys.ENVIRONMENT_VARIABLE) == null);
        assertThat((String) context.get("unavailable")).startsWith("The CMDB cannot be opened: No CMDB encryption key");
        java.io.StringWriter html = new java.io.StringWriter();
        new VelocityTemplateRenderer().render("templates/admin/cmdb.vm", context, html);
        assertThat(org.jsoup.Jsoup.parse(html.toString()).select("#sqlaudit-cmdb-unavailable").text())
                .contains("No CMDB encryption key");
    }
}
