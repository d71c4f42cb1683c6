package io.github.sqlaudit.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import net.java.ao.atlassian.AtlassianTableNameConverter;

/** The single {@code <ao>} module lists the configuration entities too, with table names within AO's limits. */
class ConfigAoModuleTest {

    @Test
    void theAoModuleListsEveryConfigurationEntity() {
        Element module = AoTestDatabase.aoModule();
        NodeList entities = module.getElementsByTagName("entity");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < entities.getLength(); i++) {
            listed.add(entities.item(i).getTextContent().strip());
        }

        assertThat(listed).containsAll(ConfigEntities.ALL.stream().map(Class::getName).toList());
        assertThat(listed).doesNotHaveDuplicates();
    }

    @Test
    void tableNamesFitThirtyCharactersWithTheNamespacePrefix() {
        String prefix = AoTestDatabase.tablePrefix(AoTestDatabase.aoNamespace());
        AtlassianTableNameConverter converter = new AtlassianTableNameConverter(name -> prefix + name);

        for (var entity : ConfigEntities.ALL) {
            assertThat(converter.getName(entity)).as(entity.getSimpleName()).hasSizeLessThanOrEqualTo(30);
        }
    }
}
