package io.github.sqlaudit.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The rules page in a real browser: headless Chromium opens the page our servlet renders, with our admin
 * script, from a small server (the JDK's) that also plays the REST API and records every call. A DBA changes
 * a rule's severity with the keyboard and clicks its "enabled" box; the test checks the requests the page sent
 * and what the page then shows.
 */
class AdminRulesPageBrowserTest {

    /** One call the page made to the REST double. */
    record Call(String method, String path, String contentType, String token, String body) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private HeadlessChromium chromium;
    private String pageUrl;
    /** What the REST double answers next: status and body; by default it echoes the rule as stored. */
    private volatile int nextStatus = 200;

    @BeforeEach
    void startServerAndBrowser() throws Exception {
        assertThat(HeadlessChromium.installed())
                .as("Debian's chromium package at " + HeadlessChromium.BINARY + " (.ci/run installs it)").isTrue();
        AdminFixture fixture = new AdminFixture();
        String page = fixture.render(fixture.dba("/rules"));
        byte[] script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("js/admin/admin.js")) {
            script = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jira/plugins/servlet/sqlaudit/admin/rules",
                exchange -> reply(exchange, 200, "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/jira/download/resources/" + AdminPages.PLUGIN_KEY + ":" + AdminPages.WEB_RESOURCE + "/admin.js",
                exchange -> reply(exchange, 200, "application/javascript", script));
        server.createContext("/jira/rest/sqlaudit/1.0/", this::restDouble);
        server.start();
        pageUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/jira/plugins/servlet/sqlaudit/admin/rules";
        chromium = HeadlessChromium.start();
    }

    private void restDouble(HttpExchange exchange) throws IOException {
        String body = HeadlessChromium.utf8(exchange.getRequestBody().readAllBytes());
        String path = exchange.getRequestURI().getRawPath();
        calls.add(new Call(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("X-Atlassian-Token"), body));
        JsonObject answer = new JsonObject();
        answer.addProperty("schemaVersion", 1);
        if (nextStatus == 200) {
            String code = path.substring(path.lastIndexOf('/') + 1);
            JsonObject rules = new JsonObject();
            rules.add(code, JsonParser.parseString(body));
            JsonObject template = new JsonObject();
            template.addProperty("name", "default");
            template.add("rules", rules);
            answer.add("template", template);
        } else {
            answer.addProperty("status", nextStatus);
            answer.addProperty("message", "The request was refused; each error names the field.");
            JsonObject error = new JsonObject();
            error.addProperty("field", "severity");
            error.addProperty("ruleCode", "DML-003");
            error.addProperty("message", "expected INFO, WARN or ERROR");
            com.google.gson.JsonArray errors = new com.google.gson.JsonArray();
            errors.add(error);
            answer.add("errors", errors);
        }
        reply(exchange, nextStatus, "application/json", answer.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @AfterEach
    void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private void openThePage() throws Exception {
        chromium.navigate(pageUrl);
        HeadlessChromium.waitFor("the rules page with its script", () -> {
            try {
                return chromium.evaluate("document.readyState === 'complete' && !!document.querySelector('tr[data-rule=\"DML-003\"]')"
                        + " && Array.from(document.scripts).every(function (s) { return !s.src || s.src.indexOf('admin.js') > 0; })")
                        .getAsBoolean();
            } catch (Exception e) {
                return false;
            }
        });
    }

    private String message() throws Exception {
        return chromium.evaluate("document.getElementById('sqlaudit-admin-messages').innerText").getAsString();
    }

    @Test
    void changingASeverityAndClickingEnabledSendsOneRestCallEachWithTheWholeRuleOverride() throws Exception {
        openThePage();
        assertThat(chromium.evaluate("document.querySelector('tr[data-rule=\"DML-003\"] select[name=severity]').value")
                .getAsString()).isEqualTo("WARN");

        // The DBA focuses DML-003's severity and presses the down arrow: WARN -> ERROR.
        chromium.click("tr[data-rule=\"DML-003\"] code");
        chromium.evaluate("document.querySelector('tr[data-rule=\"DML-003\"] select[name=severity]').focus()");
        chromium.press("ArrowDown", 40);
        HeadlessChromium.waitFor("the severity change to reach the REST API", () -> calls.size() == 1);

        Call severity = calls.get(0);
        assertThat(severity.method()).isEqualTo("PUT");
        assertThat(severity.path()).isEqualTo("/jira/rest/sqlaudit/1.0/templates/default/rules/DML-003");
        assertThat(severity.contentType()).startsWith("application/json");
        assertThat(severity.token()).isEqualTo("no-check");
        assertThat(JsonParser.parseString(severity.body())).isEqualTo(JsonParser.parseString("{\"severity\": \"ERROR\"}"));
        HeadlessChromium.waitFor("the saved message", () -> {
            try {
                return message().contains("Saved: DML-003");
            } catch (Exception e) {
                return false;
            }
        });

        // Then a real click on DML-003's "enabled" box: the call keeps the severity set a moment ago.
        chromium.click("tr[data-rule=\"DML-003\"] input[name=enabled]");
        HeadlessChromium.waitFor("the enabled change to reach the REST API", () -> calls.size() == 2);

        assertThat(calls.get(1).path()).isEqualTo("/jira/rest/sqlaudit/1.0/templates/default/rules/DML-003");
        assertThat(JsonParser.parseString(calls.get(1).body()))
                .isEqualTo(JsonParser.parseString("{\"severity\": \"ERROR\", \"enabled\": false}"));
    }

    @Test
    void creatingATemplatePostsItAndOpensIt() throws Exception {
        openThePage();

        chromium.evaluate("document.querySelector('#sqlaudit-template-new').closest('details').open = true");
        chromium.click("#sqlaudit-template-new-name");
        chromium.evaluate("document.querySelector('#sqlaudit-template-new-name').value = 'staging';"
                + " document.querySelector('#sqlaudit-template-new-description').value = 'Staging databases'");
        chromium.click("#sqlaudit-template-new button[type=submit]");
        HeadlessChromium.waitFor("the new template to reach the REST API", () -> !calls.isEmpty());

        assertThat(calls.get(0).method()).isEqualTo("POST");
        assertThat(calls.get(0).path()).isEqualTo("/jira/rest/sqlaudit/1.0/templates");
        assertThat(JsonParser.parseString(calls.get(0).body()))
                .isEqualTo(JsonParser.parseString("{\"name\": \"staging\", \"description\": \"Staging databases\"}"));
        HeadlessChromium.waitFor("the page of the new template", () -> {
            try {
                return chromium.evaluate("location.search").getAsString().equals("?template=staging");
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void aRefusedChangeShowsTheFieldAndTheRule() throws Exception {
        nextStatus = 400;
        openThePage();

        chromium.evaluate("document.querySelector('tr[data-rule=\"DML-006\"] input[name=value]').focus()");
        chromium.evaluate("(function () { var f = document.querySelector('tr[data-rule=\"DML-006\"] input[name=value]');"
                + " f.value = '250'; f.dispatchEvent(new Event('change', {bubbles: true})); })()");
        HeadlessChromium.waitFor("the value change to reach the REST API", () -> calls.size() == 1);

        assertThat(calls.get(0).path()).endsWith("/templates/default/rules/DML-006");
        assertThat(JsonParser.parseString(calls.get(0).body())).isEqualTo(JsonParser.parseString("{\"value\": 250}"));
        HeadlessChromium.waitFor("the error message", () -> {
            try {
                return message().contains("severity (DML-003): expected INFO, WARN or ERROR");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(chromium.evaluate("document.querySelector('#sqlaudit-admin-messages .aui-message-error') !== null")
                .getAsBoolean()).isTrue();
    }
}
