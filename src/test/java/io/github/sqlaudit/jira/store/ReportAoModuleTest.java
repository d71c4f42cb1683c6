package io.github.sqlaudit.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import net.java.ao.atlassian.AtlassianTableNameConverter;

/** The report tables in the one {@code <ao>} module, with names Active Objects accepts on every database. */
class ReportAoModuleTest {

    static final List<Class<?>> ENTITIES = List.of(ReportHeader.class, ReportStatement.class);

    @Test
    void theAoModuleListsTheReportEntities() {
        Element module = AoTestDatabase.aoModule();
        NodeList entities = module.getElementsByTagName("entity");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entities.getLength(); i++) {
            names.add(entities.item(i).getTextContent().strip());
        }
        assertThat(names).contains(ReportHeader.class.getName(), ReportStatement.class.getName());
    }

    @Test
    @SuppressWarnings("unchecked")
    void tableNamesFitThirtyCharacters() {
        String prefix = AoTestDatabase.tablePrefix(AoTestDatabase.aoNamespace());
        AtlassianTableNameConverter converter = new AtlassianTableNameConverter(name -> prefix + name);
        for (Class<?> entity : ENTITIES) {
            assertThat(converter.getName((Class<? extends net.java.ao.RawEntity<?>>) entity))
                    .startsWith(prefix + "REPORT_").hasSizeLessThanOrEqualTo(30);
        }
    }

    @Test
    void theTablesAndColumnsAreCreatedOnTheRealOrm() throws Exception {
        try (AoTestDatabase database = AoTestDatabase.h2("report-module")) {
            database.activeObjects.migrate(ReportHeader.class, ReportStatement.class);
            String prefix = database.tablePrefix;
            assertThat(database.tables()).containsKeys(prefix + "REPORT_HEADER", prefix + "REPORT_STATEMENT");
            assertThat(database.tables().get(prefix + "REPORT_STATEMENT"))
                    .contains("REPORT_ID", "ATTACHMENT_ID", "SHA256", "AUTHOR_KEY", "ESTIMATED_ROWS", "VIOLATION_CODES");
            assertThat(database.tables().get(prefix + "REPORT_HEADER"))
                    .contains("ISSUE_ID", "STATUS", "VERDICT", "REPORT_JSON", "PROGRESS_BYTES");
        }
    }
}
