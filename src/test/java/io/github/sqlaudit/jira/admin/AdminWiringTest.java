package io.github.sqlaudit.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.github.sqlaudit.jira.rest.AssignmentsResource;
import io.github.sqlaudit.jira.rest.AuditLogResource;
import io.github.sqlaudit.jira.rest.CmdbResource;
import io.github.sqlaudit.jira.rest.RulesResource;
import io.github.sqlaudit.jira.rest.SettingsResource;
import io.github.sqlaudit.jira.rest.TemplatesResource;

/**
 * What Jira's Spring context will do with plugin-context.xml (autowiring by constructor): every parameter of
 * every bean, of the admin servlet and of every REST resource is matched by exactly one bean or host service.
 * And every label the admin menu names exists in the message bundle.
 */
class AdminWiringTest {

    private static Document xml(String resource) throws Exception {
        try (InputStream in = AdminWiringTest.class.getClassLoader().getResourceAsStream(resource)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The type each bean and service provides. */
    private static List<Class<?>> provided() throws Exception {
        Document spring = xml("META-INF/spring/plugin-context.xml");
        List<Class<?>> types = new ArrayList<>();
        for (Element bean : elements(spring, "bean")) {
            if (!"beans".equals(((Element) bean.getParentNode()).getLocalName())) {
                continue; // an inner bean (a constructor argument) provides nothing to autowiring
            }
            Class<?> type = Class.forName(bean.getAttribute("class"));
            if (bean.hasAttribute("factory-method")) {
                Method factory = factoryMethod(type, bean.getAttribute("factory-method"), directArguments(bean));
                assertThat(Modifier.isStatic(factory.getModifiers())).isTrue();
                type = factory.getReturnType();
            }
            types.add(type);
        }
        for (Element reference : elements(spring, "reference")) {
            types.add(Class.forName(reference.getAttribute("interface")));
        }
        return types;
    }

    /** The static factory method of that name taking as many arguments as the bean gives it. */
    private static Method factoryMethod(Class<?> type, String name, int arguments) throws NoSuchMethodException {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments) {
                return method;
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + " with " + arguments + " arguments");
    }

    private static int directArguments(Element bean) {
        int count = 0;
        for (org.w3c.dom.Node child = bean.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "constructor-arg".equals(element.getLocalName())) {
                count++;
            }
        }
        return count;
    }

    private static List<Class<?>> constructed() throws Exception {
        Document spring = xml("META-INF/spring/plugin-context.xml");
        List<Class<?>> classes = new ArrayList<>();
        for (Element bean : elements(spring, "bean")) {
            if (!bean.hasAttribute("factory-method")) {
                classes.add(Class.forName(bean.getAttribute("class")));
            }
        }
        classes.add(AdminServlet.class);
        classes.addAll(List.of(RulesResource.class, TemplatesResource.class, AssignmentsResource.class,
                CmdbResource.class, AuditLogResource.class, SettingsResource.class));
        return classes;
    }

    @Test
    void everyConstructorParameterIsProvidedByExactlyOneBeanOrService() throws Exception {
        List<Class<?>> provided = provided();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : constructed()) {
            Constructor<?>[] constructors = type.getConstructors();
            if (constructors.length != 1) {
                problems.add(type.getSimpleName() + " has " + constructors.length + " public constructors");
                continue;
            }
            for (Class<?> parameter : constructors[0].getParameterTypes()) {
                long candidates = provided.stream().filter(parameter::isAssignableFrom).count();
                if (candidates != 1) {
                    problems.add(type.getSimpleName() + "(" + parameter.getSimpleName() + "): " + candidates + " candidates");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyLabelOfTheAdminMenuIsInTheMessageBundle() throws Exception {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/sqlaudit.properties")) {
            bundle.load(in);
        }
        Document descriptor = xml("atlassian-plugin.xml");
        List<Element> labels = elements(descriptor, "label");

        assertThat(labels).isNotEmpty();
        for (Element label : labels) {
            if (label.hasAttribute("key")) {
                assertThat(bundle).as("label " + label.getAttribute("key")).containsKey(label.getAttribute("key"));
            }
        }
    }

    @Test
    void theAdminLinksLeadToTheServletPages() throws Exception {
        Document descriptor = xml("atlassian-plugin.xml");
        List<String> links = elements(descriptor, "link").stream().map(e -> e.getTextContent().trim()).toList();

        for (AdminPages.Page page : AdminPages.Page.values()) {
            assertThat(links).contains(AdminPages.SERVLET_PATH + "/" + page.path);
        }
        assertThat(elements(descriptor, "web-resource").stream().map(e -> e.getAttribute("key")))
                .contains(AdminPages.WEB_RESOURCE);
        assertThat(descriptor.getDocumentElement().getAttribute("key")).isEqualTo(AdminPages.PLUGIN_KEY);
    }
}
