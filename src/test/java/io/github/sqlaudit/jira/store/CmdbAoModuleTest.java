package io.github.sqlaudit.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import net.java.ao.atlassian.AtlassianTableNameConverter;

/** The {@code <ao>} module Jira reads: every CMDB entity and upgrade task listed, names within AO's limits. */
class CmdbAoModuleTest {

    @Test
    void theAoModuleListsEveryCmdbEntityAndTheUpgradeTask() {
        Element module = AoTestDatabase.aoModule();

        assertThat(module.getAttribute("key")).isEqualTo("ao");
        assertThat(texts(module, "entity")).containsAll(CmdbEntities.ALL.stream().map(Class::getName).toList());
        assertThat(texts(module, "upgradeTask")).contains(CmdbUpgradeTaskV1.class.getName());
    }

    @Test
    void tableNamesFitThirtyCharactersWithTheNamespacePrefix() {
        String prefix = AoTestDatabase.tablePrefix(AoTestDatabase.aoNamespace());
        AtlassianTableNameConverter converter = new AtlassianTableNameConverter(name -> prefix + name);

        assertThat(prefix).matches("AO_[0-9A-F]{6}_");
        for (var entity : CmdbEntities.ALL) {
            assertThat(converter.getName(entity)).as(entity.getSimpleName()).startsWith(prefix + "CMDB_").hasSizeLessThanOrEqualTo(30);
        }
    }

    @Test
    void stringColumnsAreEitherOrdinaryOrUnlimited() {
        for (var entity : CmdbEntities.ALL) {
            for (java.lang.reflect.Method getter : entity.getDeclaredMethods()) {
                net.java.ao.schema.StringLength length = getter.getAnnotation(net.java.ao.schema.StringLength.class);
                if (length != null) {
                    assertThat(length.value()).as("%s.%s", entity.getSimpleName(), getter.getName())
                            .matches(v -> v == net.java.ao.schema.StringLength.UNLIMITED || v <= net.java.ao.schema.StringLength.MAX_LENGTH);
                }
            }
        }
    }

    @Test
    void theTablePrefixFollowsActiveObjectsRule() {
        // Checked against a digest known independently: MD5("") = d41d8cd98f00b204e9800998ecf8427e.
        assertThat(AoTestDatabase.tablePrefix("")).isEqualTo("AO_F8427E_");
    }

    private static List<String> texts(Element module, String tag) {
        NodeList nodes = module.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
