package io.github.sqlaudit.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.github.sqlaudit.jira.execution.ExecuteScriptsFunction;
import io.github.sqlaudit.jira.panel.SqlAuditPanelContextProvider;
import io.github.sqlaudit.jira.rest.ReauditResource;
import io.github.sqlaudit.jira.workflow.SqlAuditValidator;

/**
 * plugin-context.xml autowires by constructor: every constructor parameter of our beans and of the module
 * classes Jira builds (validator, context provider, REST resource) must be supplied by exactly one bean or
 * host-service reference, or the plugin fails to enable inside Jira, where no test here can see it.
 */
class SpringWiringTest {

    record Provider(String id, Class<?> type) {
    }

    @Test
    void everyConstructorParameterHasExactlyOneProvider() throws Exception {
        Document spring;
        try (InputStream in = SpringWiringTest.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            spring = factory.newDocumentBuilder().parse(in);
        }
        List<Provider> providers = new ArrayList<>();
        List<Class<?>> constructed = new ArrayList<>();
        NodeList references = spring.getElementsByTagNameNS("*", "reference");
        for (int i = 0; i < references.getLength(); i++) {
            Element reference = (Element) references.item(i);
            providers.add(new Provider(reference.getAttribute("id"), Class.forName(reference.getAttribute("interface"))));
        }
        NodeList beans = spring.getElementsByTagNameNS("*", "bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            Class<?> type = Class.forName(bean.getAttribute("class"));
            String factoryMethod = bean.getAttribute("factory-method");
            if (factoryMethod.isEmpty()) {
                providers.add(new Provider(bean.getAttribute("id"), type));
                constructed.add(type);
            } else {
                Method method = List.of(type.getMethods()).stream().filter(m -> m.getName().equals(factoryMethod))
                        .findFirst().orElseThrow(() -> new AssertionError(type + " has no " + factoryMethod));
                providers.add(new Provider(bean.getAttribute("id"), method.getReturnType()));
            }
        }
        constructed.addAll(List.of(SqlAuditValidator.class, SqlAuditPanelContextProvider.class, ReauditResource.class,
                ExecuteScriptsFunction.class, io.github.sqlaudit.jira.rest.ExecutionsResource.class,
                io.github.sqlaudit.jira.rest.ReportsResource.class));
        for (Class<?> type : constructed) {
            Constructor<?>[] constructors = type.getConstructors();
            assertThat(constructors).as(type.getName() + " public constructors").hasSize(1);
            for (Class<?> parameter : constructors[0].getParameterTypes()) {
                List<String> candidates = providers.stream().filter(p -> parameter.isAssignableFrom(p.type()))
                        .map(Provider::id).toList();
                assertThat(candidates).as("beans for %s in %s", parameter.getName(), type.getSimpleName()).hasSize(1);
            }
        }
    }
}
