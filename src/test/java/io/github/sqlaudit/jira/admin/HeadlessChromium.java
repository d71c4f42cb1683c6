package io.github.sqlaudit.jira.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Debian's {@code chromium}, headless, driven over the Chrome DevTools Protocol with the JDK's own HTTP client
 * and WebSocket: open a page, evaluate JavaScript, send real mouse clicks and key presses. Just what the admin
 * page's browser test needs, no WebDriver.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String BINARY = "/usr/bin/chromium";

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of(BINARY));
    }

    static HeadlessChromium start() throws Exception {
        Path profile = Files.createTempDirectory("sqlaudit-chromium");
        Process process = new ProcessBuilder(BINARY, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("chromium did not open its DevTools port: "
                        + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
        HttpClient http = HttpClient.newHttpClient();
        String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String pageSocket = null;
        for (JsonElement target : JsonParser.parseString(targets).getAsJsonArray()) {
            if (target.getAsJsonObject().get("type").getAsString().equals("page")) {
                pageSocket = target.getAsJsonObject().get("webSocketDebuggerUrl").getAsString();
                break;
            }
        }
        if (pageSocket == null) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium opened no page: " + targets);
        }
        HeadlessChromium[] holder = new HeadlessChromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    JsonObject json = JsonParser.parseString(message.toString()).getAsJsonObject();
                    message.setLength(0);
                    if (json.has("id") && holder[0] != null) {
                        CompletableFuture<JsonObject> reply = holder[0].pending.remove(json.get("id").getAsInt());
                        if (reply != null) {
                            reply.complete(json);
                        }
                    }
                }
                webSocket.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        holder[0] = new HeadlessChromium(process, profile, socket);
        return holder[0];
    }

    /** Sends one DevTools command and waits for its result. */
    JsonObject send(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject command = new JsonObject();
        command.addProperty("id", id);
        command.addProperty("method", method);
        command.add("params", params == null ? new JsonObject() : params);
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(command.toString(), true).get(10, TimeUnit.SECONDS);
        JsonObject answer = reply.get(30, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.getAsJsonObject("result");
    }

    void navigate(String url) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("url", url);
        send("Page.navigate", params);
    }

    /** Evaluates an expression in the page and returns its value (a string, number or boolean). */
    JsonElement evaluate(String expression) throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("expression", expression);
        params.addProperty("returnByValue", true);
        JsonObject result = send("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("in the page: " + result.get("exceptionDetails"));
        }
        JsonElement value = result.getAsJsonObject("result").get("value");
        return value == null ? com.google.gson.JsonNull.INSTANCE : value;
    }

    /** A real left click (press and release) in the middle of the element the selector finds. */
    void click(String selector) throws Exception {
        JsonObject box = evaluate("(function () { var e = document.querySelector(" + quote(selector) + ");"
                + " e.scrollIntoView({block: 'center'}); var r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()").getAsJsonObject();
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            JsonObject params = new JsonObject();
            params.addProperty("type", type);
            params.addProperty("x", box.get("x").getAsDouble());
            params.addProperty("y", box.get("y").getAsDouble());
            params.addProperty("button", "left");
            params.addProperty("clickCount", 1);
            send("Input.dispatchMouseEvent", params);
        }
    }

    /** A real key press (down and up) on the focused element, e.g. {@code ArrowDown} (key code 40). */
    void press(String key, int keyCode) throws Exception {
        for (String type : new String[] {"rawKeyDown", "keyUp"}) {
            JsonObject params = new JsonObject();
            params.addProperty("type", type);
            params.addProperty("key", key);
            params.addProperty("code", key);
            params.addProperty("windowsVirtualKeyCode", keyCode);
            params.addProperty("nativeVirtualKeyCode", keyCode);
            send("Input.dispatchKeyEvent", params);
        }
    }

    static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    static String quote(String text) {
        return new com.google.gson.JsonPrimitive(text).toString();
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        deleteProfile();
    }

    /**
     * Chromium's helper processes may still be removing their own temporary files from the profile when the
     * browser has exited: a file vanishing under the walk is no failure, so try a few times and then leave
     * the (harmless) temporary folder.
     */
    private void deleteProfile() {
        for (int attempt = 0; attempt < 5 && Files.exists(profile); attempt++) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
