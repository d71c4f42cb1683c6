package io.github.sqlaudit.cmdb;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The CMDB as a JSON document for bulk onboarding and backup ({@code docs/cmdb.md} describes it). Reading
 * checks each record on its own, then the references between them, and reports every refused record with
 * its line. Writing never includes a password: credentials are exported with their user name only.
 */
public final class CmdbJson {

    public static final String FORMAT = "sqlaudit-cmdb/1";

    private static final Pattern LINE = Pattern.compile("at line (\\d+)");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private CmdbJson() {
    }

    // ---------------------------------------------------------------- reading

    /** Reads a CMDB document; {@code source} (a file name) starts every error message. */
    public static CmdbImport read(Reader in, String source) {
        Reading reading = new Reading(source);
        try {
            JsonReader json = new JsonReader(in);
            reading.document(json);
        } catch (JsonParseException | IOException | IllegalStateException e) {
            // Gson's messages carry "at line N column M path ..."; keep its line for ours.
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            Matcher line = LINE.matcher(message);
            reading.errors.add(new RecordError(source, line.find() ? Integer.parseInt(line.group(1)) : 0, "",
                    "not a valid JSON document: " + message.replaceAll("\\s*See https://\\S+", "")));
            return new CmdbImport(Cmdb.empty(), Map.of(), reading.errors);
        }
        Cmdb cmdb = reading.cmdb();
        for (CmdbIntegrity.Problem problem : CmdbIntegrity.check(cmdb)) {
            // A reference to a record refused above is not "missing": say so, to point at the real error.
            String message = problem.missing().filter(reading.refused::contains)
                    .map(missing -> "refers to " + missing + ", which was refused (see its error)")
                    .orElse(problem.message());
            reading.errors.add(new RecordError(source, reading.lines.getOrDefault(problem.record(), 0),
                    problem.subject(), message));
        }
        reading.errors.sort(java.util.Comparator.comparingInt(RecordError::line));
        return new CmdbImport(cmdb, reading.secrets, reading.errors);
    }

    public static CmdbImport read(String json, String source) {
        return read(new StringReader(json), source);
    }

    private static final class Reading {
        final String source;
        final List<RecordError> errors = new ArrayList<>();
        final Map<Object, Integer> lines = new IdentityHashMap<>();
        final Map<String, Secret> secrets = new HashMap<>();
        /** Records refused, as references name them: {@code data service 'orders'}. */
        final Set<String> refused = new java.util.HashSet<>();
        final List<StorageService> storage = new ArrayList<>();
        final List<HostService> hosts = new ArrayList<>();
        final List<NetworkService> networks = new ArrayList<>();
        final List<DnsRecord> dns = new ArrayList<>();
        final List<DataService> dataServices = new ArrayList<>();
        final List<ClusterService> clusters = new ArrayList<>();
        final List<ConnectionService> connections = new ArrayList<>();
        final List<Credential> credentials = new ArrayList<>();

        Reading(String source) {
            this.source = source;
        }

        void document(JsonReader json) throws IOException {
            json.beginObject();
            while (json.hasNext()) {
                String member = json.nextName();
                switch (member) {
                    case "format" -> format(json);
                    case "storage" -> records(json, member, Layer.STORAGE.label(), o -> storage.add(track(storage(o))));
                    case "hosts" -> records(json, member, Layer.HOST.label(), o -> hosts.add(track(host(o))));
                    case "networks" -> records(json, member, Layer.NETWORK.label(), o -> networks.add(track(network(o))));
                    case "dnsRecords" -> records(json, member, Layer.DNS.label(), o -> dns.add(track(dns(o))));
                    case "dataServices" -> records(json, member, Layer.DATA.label(), o -> dataServices.add(track(dataService(o))));
                    case "clusters" -> records(json, member, Layer.CLUSTER.label(), o -> clusters.add(track(cluster(o))));
                    case "connections" -> records(json, member, Layer.CONNECTION.label(), o -> connections.add(track(connection(o))));
                    case "credentials" -> records(json, member, "credential", o -> credentials.add(track(credential(o))));
                    default -> {
                        errors.add(new RecordError(source, line(json), "", "unknown member '" + member
                                + "'; a CMDB document has format, " + Arrays.stream(Layer.values()).map(Layer::jsonName)
                                .collect(Collectors.joining(", ")) + ", credentials"));
                        json.skipValue();
                    }
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalStateException("more content after the document at line " + line(json));
            }
        }

        private int currentLine;

        private <T> T track(T record) {
            lines.put(record, currentLine);
            return record;
        }

        private void format(JsonReader json) throws IOException {
            int line = line(json);
            JsonElement value = JsonParser.parseReader(json);
            if (!(value.isJsonPrimitive() && value.getAsString().equals(FORMAT))) {
                errors.add(new RecordError(source, line, "", "format " + value + " is not \"" + FORMAT + "\""));
            }
        }

        private void records(JsonReader json, String member, String label, java.util.function.Consumer<Fields> reader)
                throws IOException {
            if (json.peek() != JsonToken.BEGIN_ARRAY) {
                errors.add(new RecordError(source, line(json), member, "must be an array of records"));
                json.skipValue();
                return;
            }
            json.beginArray();
            int index = 0;
            while (json.hasNext()) {
                int line = line(json);
                JsonElement element = JsonParser.parseReader(json);
                String position = member + "[" + index++ + "]";
                if (!element.isJsonObject()) {
                    errors.add(new RecordError(source, line, position, "must be an object"));
                    continue;
                }
                JsonObject object = element.getAsJsonObject();
                JsonElement name = object.get("name");
                String recordName = name != null && name.isJsonPrimitive() ? name.getAsString() : null;
                if (recordName != null) {
                    position += " '" + recordName + "'";
                }
                try {
                    currentLine = line;
                    reader.accept(new Fields(object));
                } catch (IllegalArgumentException e) {
                    errors.add(new RecordError(source, line, position, e.getMessage()));
                    if (recordName != null) {
                        refused.add(label + " '" + recordName + "'");
                    }
                }
            }
            json.endArray();
        }

        /** The line of the next token (peeking skips the white space before it). */
        private static int line(JsonReader json) throws IOException {
            json.peek();
            Matcher matcher = LINE.matcher(json.toString());
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        }

        Cmdb cmdb() {
            return new Cmdb(storage, hosts, networks, dns, dataServices, clusters, connections, credentials);
        }

        private static StorageService storage(Fields f) {
            f.only("name", "host", "array", "volume", "mountPath", "capacityBytes", "freeBytes", "attributes");
            return new StorageService(f.text("name"), f.text("host"), f.optional("array").orElse(""),
                    f.optional("volume").orElse(""), f.text("mountPath"), f.number("capacityBytes", 0),
                    f.number("freeBytes", 0), f.attributes());
        }

        private static HostService host(Fields f) {
            f.only("name", "operatingSystem", "cpuCores", "memoryBytes", "sshPort", "sshHostKeyFingerprint", "localPaths", "attributes");
            return new HostService(f.text("name"), f.optional("operatingSystem").orElse(""), (int) f.number("cpuCores", 0),
                    f.number("memoryBytes", 0), (int) f.number("sshPort", HostService.DEFAULT_SSH_PORT),
                    f.optional("sshHostKeyFingerprint"), f.texts("localPaths"), f.attributes());
        }

        private static NetworkService network(Fields f) {
            f.only("name", "host", "ipAddresses", "subnet", "dataCentre", "rack", "attributes");
            return new NetworkService(f.text("name"), f.text("host"), f.texts("ipAddresses"), f.optional("subnet").orElse(""),
                    f.optional("dataCentre").orElse(""), f.optional("rack").orElse(""), f.attributes());
        }

        private static DnsRecord dns(Fields f) {
            f.only("name", "target", "ttlSeconds", "attributes");
            return new DnsRecord(f.text("name"), f.text("target"), (int) f.number("ttlSeconds", 300), f.attributes());
        }

        private static DataService dataService(Fields f) {
            f.only("name", "engine", "version", "database", "environment", "owningTeam", "projectKeys", "components",
                    "cluster", "attributes");
            return new DataService(f.text("name"), f.choice("engine", Engine.class), f.optional("version").orElse(""),
                    f.optional("database").orElse(""), f.optional("environment"), f.optional("owningTeam").orElse(""),
                    new LinkedHashSet<>(f.texts("projectKeys")), new LinkedHashSet<>(f.texts("components")),
                    f.optional("cluster"), f.attributes());
        }

        private static ClusterService cluster(Fields f) {
            f.only("name", "topology", "members", "vip", "attributes");
            List<ClusterMember> members = new ArrayList<>();
            for (Fields member : f.objects("members")) {
                member.only("host", "role");
                members.add(new ClusterMember(member.text("host"), member.choice("role", MemberRole.class)));
            }
            return new ClusterService(f.text("name"), f.choice("topology", Topology.class), members, f.optional("vip"), f.attributes());
        }

        private static ConnectionService connection(Fields f) {
            f.only("name", "dataService", "host", "port", "serviceName", "sid", "protocol", "listener", "purpose",
                    "credential", "attributes");
            return new ConnectionService(f.text("name"), f.text("dataService"), f.text("host"), (int) f.number("port", -1),
                    f.optional("serviceName"), f.optional("sid"),
                    f.has("protocol") ? f.choice("protocol", Protocol.class) : Protocol.TCP,
                    f.optional("listener"), f.choice("purpose", Purpose.class), f.optional("credential"), f.attributes());
        }

        private Credential credential(Fields f) {
            f.only("name", "username", "password");
            Credential credential = new Credential(f.text("name"), f.text("username"));
            f.optional("password").ifPresent(p -> secrets.put(credential.name(), Secret.of(p)));
            return credential;
        }
    }

    /** Typed access to one record's members; every problem is an {@link IllegalArgumentException} naming the member. */
    private static final class Fields {
        private final JsonObject object;

        Fields(JsonObject object) {
            this.object = object;
        }

        void only(String... allowed) {
            Set<String> known = Set.of(allowed);
            for (String member : object.keySet()) {
                if (!known.contains(member)) {
                    throw new IllegalArgumentException("unknown member '" + member + "' (known: " + String.join(", ", allowed) + ")");
                }
            }
        }

        boolean has(String member) {
            return object.has(member) && !object.get(member).isJsonNull();
        }

        String text(String member) {
            return optional(member).orElseThrow(() -> new IllegalArgumentException(member + " is missing"));
        }

        Optional<String> optional(String member) {
            if (!has(member)) {
                return Optional.empty();
            }
            JsonElement value = object.get(member);
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw new IllegalArgumentException(member + " must be a string, not " + value);
            }
            return Optional.of(value.getAsString());
        }

        long number(String member, long fallback) {
            if (!has(member)) {
                if (fallback < 0) {
                    throw new IllegalArgumentException(member + " is missing");
                }
                return fallback;
            }
            JsonElement value = object.get(member);
            try {
                if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
                    return value.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
                }
            } catch (ArithmeticException e) {
                // fall through to the message below
            }
            throw new IllegalArgumentException(member + " must be a whole number, not " + value);
        }

        <E extends Enum<E>> E choice(String member, Class<E> type) {
            String value = text(member);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(member + " '" + value + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }

        List<String> texts(String member) {
            if (!has(member)) {
                return List.of();
            }
            JsonElement value = object.get(member);
            if (!value.isJsonArray()) {
                throw new IllegalArgumentException(member + " must be an array of strings");
            }
            List<String> texts = new ArrayList<>();
            for (JsonElement item : value.getAsJsonArray()) {
                if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                    throw new IllegalArgumentException(member + " must hold only strings, not " + item);
                }
                texts.add(item.getAsString());
            }
            return texts;
        }

        List<Fields> objects(String member) {
            if (!has(member)) {
                return List.of();
            }
            JsonElement value = object.get(member);
            if (!value.isJsonArray()) {
                throw new IllegalArgumentException(member + " must be an array of objects");
            }
            List<Fields> objects = new ArrayList<>();
            for (JsonElement item : value.getAsJsonArray()) {
                if (!item.isJsonObject()) {
                    throw new IllegalArgumentException(member + " must hold only objects, not " + item);
                }
                objects.add(new Fields(item.getAsJsonObject()));
            }
            return objects;
        }

        /** Extension attributes as a JSON object; the JSON type gives the attribute type. */
        List<Attribute> attributes() {
            if (!has("attributes")) {
                return List.of();
            }
            JsonElement value = object.get("attributes");
            if (!value.isJsonObject()) {
                throw new IllegalArgumentException("attributes must be an object of name: value");
            }
            List<Attribute> attributes = new ArrayList<>();
            for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
                attributes.add(attribute(entry.getKey(), entry.getValue()));
            }
            return attributes;
        }

        private static Attribute attribute(String key, JsonElement value) {
            if (value.isJsonPrimitive()) {
                JsonPrimitive primitive = value.getAsJsonPrimitive();
                if (primitive.isBoolean()) {
                    return Attribute.bool(key, primitive.getAsBoolean());
                }
                if (primitive.isString()) {
                    return Attribute.string(key, primitive.getAsString());
                }
                String number = primitive.getAsString();
                return number.matches("-?\\d+")
                        ? new Attribute(key, AttributeType.INTEGER, number)
                        : Attribute.decimal(key, primitive.getAsBigDecimal());
            }
            throw new IllegalArgumentException("attribute '" + key + "' must be a string, number or boolean, not " + value);
        }
    }

    // ---------------------------------------------------------------- writing

    /** The whole CMDB as a document {@link #read} accepts; credentials without passwords. */
    public static String write(Cmdb cmdb) {
        JsonObject document = new JsonObject();
        document.addProperty("format", FORMAT);
        document.add("storage", array(cmdb.storage(), s -> {
            JsonObject o = named(s);
            o.addProperty("host", s.hostName());
            text(o, "array", s.array());
            text(o, "volume", s.volume());
            o.addProperty("mountPath", s.mountPath());
            o.addProperty("capacityBytes", s.capacityBytes());
            o.addProperty("freeBytes", s.freeBytes());
            return attributes(o, s);
        }));
        document.add("hosts", array(cmdb.hosts(), h -> {
            JsonObject o = named(h);
            text(o, "operatingSystem", h.operatingSystem());
            o.addProperty("cpuCores", h.cpuCores());
            o.addProperty("memoryBytes", h.memoryBytes());
            o.addProperty("sshPort", h.sshPort());
            h.sshHostKeyFingerprint().ifPresent(f -> o.addProperty("sshHostKeyFingerprint", f));
            o.add("localPaths", strings(h.localPaths()));
            return attributes(o, h);
        }));
        document.add("networks", array(cmdb.networks(), n -> {
            JsonObject o = named(n);
            o.addProperty("host", n.hostName());
            o.add("ipAddresses", strings(n.ipAddresses()));
            text(o, "subnet", n.subnet());
            text(o, "dataCentre", n.dataCentre());
            text(o, "rack", n.rack());
            return attributes(o, n);
        }));
        document.add("dnsRecords", array(cmdb.dnsRecords(), d -> {
            JsonObject o = named(d);
            o.addProperty("target", d.target());
            o.addProperty("ttlSeconds", d.ttlSeconds());
            return attributes(o, d);
        }));
        document.add("clusters", array(cmdb.clusters(), c -> {
            JsonObject o = named(c);
            o.addProperty("topology", c.topology().name());
            JsonArray members = new JsonArray();
            for (ClusterMember member : c.members()) {
                JsonObject m = new JsonObject();
                m.addProperty("host", member.hostName());
                m.addProperty("role", member.role().name());
                members.add(m);
            }
            o.add("members", members);
            c.vip().ifPresent(v -> o.addProperty("vip", v));
            return attributes(o, c);
        }));
        document.add("dataServices", array(cmdb.dataServices(), d -> {
            JsonObject o = named(d);
            o.addProperty("engine", d.engine().name());
            text(o, "version", d.version());
            text(o, "database", d.database());
            d.environment().ifPresent(e -> o.addProperty("environment", e));
            text(o, "owningTeam", d.owningTeam());
            o.add("projectKeys", strings(List.copyOf(d.projectKeys())));
            o.add("components", strings(List.copyOf(d.components())));
            d.clusterName().ifPresent(c -> o.addProperty("cluster", c));
            return attributes(o, d);
        }));
        document.add("connections", array(cmdb.connections(), c -> {
            JsonObject o = named(c);
            o.addProperty("dataService", c.dataServiceName());
            o.addProperty("host", c.host());
            o.addProperty("port", c.port());
            c.serviceName().ifPresent(s -> o.addProperty("serviceName", s));
            c.sid().ifPresent(s -> o.addProperty("sid", s));
            o.addProperty("protocol", c.protocol().name());
            c.listener().ifPresent(l -> o.addProperty("listener", l));
            o.addProperty("purpose", c.purpose().name());
            c.credentialName().ifPresent(n -> o.addProperty("credential", n));
            return attributes(o, c);
        }));
        document.add("credentials", array(cmdb.credentials(), c -> {
            JsonObject o = new JsonObject();
            o.addProperty("name", c.name());
            o.addProperty("username", c.username());
            return o;
        }));
        return GSON.toJson(document) + "\n";
    }

    private static <T> JsonArray array(List<T> records, java.util.function.Function<T, JsonObject> toJson) {
        JsonArray array = new JsonArray();
        records.forEach(r -> array.add(toJson.apply(r)));
        return array;
    }

    private static JsonObject named(Layered record) {
        JsonObject o = new JsonObject();
        o.addProperty("name", record.name());
        return o;
    }

    private static void text(JsonObject o, String member, String value) {
        if (!value.isEmpty()) {
            o.addProperty(member, value);
        }
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static JsonObject attributes(JsonObject o, Layered record) {
        if (record.attributes().isEmpty()) {
            return o;
        }
        JsonObject attributes = new JsonObject();
        for (Attribute attribute : record.attributes()) {
            switch (attribute.type()) {
                case STRING -> attributes.addProperty(attribute.key(), attribute.value());
                case INTEGER -> attributes.addProperty(attribute.key(), new java.math.BigInteger(attribute.value()));
                case DECIMAL -> attributes.addProperty(attribute.key(), attribute.asDecimal());
                case BOOLEAN -> attributes.addProperty(attribute.key(), attribute.asBoolean());
            }
        }
        o.add("attributes", attributes);
        return o;
    }
}
