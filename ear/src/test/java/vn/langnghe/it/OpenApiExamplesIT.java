package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server publishes at {@code /openapi}, checked and run: it parses, names the
 * security schemes and the problem schema, has every operation of the source file, and every operation's
 * {@code x-example-request} is sent (with a client token registered for the permissions it lists, or the
 * admin's Basic credentials) and must answer the documented status with a body valid by the served
 * document's schema. Payara serves the document without the operations' {@code x-} extensions, so the
 * example requests are read from the file itself (the web module's {@code META-INF/openapi.yaml}).
 * Every example runs: an operation whose endpoint the server does not have (asked with OPTIONS), or whose
 * setup gives nothing to use, fails the test instead of being skipped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiExamplesIT {
    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch");
    private static JsonObject doc;
    /** The source file, with the x- extensions Payara leaves out. */
    private static JsonObject file;
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final Map<String, String> tokens = new HashMap<>();
    private int sequence;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
        HttpResponse<String> rsp = AdminApi.send(AdminApi.get("openapi?format=JSON"), null, null);
        assertEquals(200, rsp.statusCode(), rsp.body());
        doc = AdminApi.object(rsp.body());
        Path source = Path.of(System.getProperty("it.openapi", "../web/src/main/resources/META-INF/openapi.yaml"));
        Map<String, Object> yaml = new org.yaml.snakeyaml.Yaml().load(Files.readString(source));
        file = Json.createObjectBuilder(yaml).build();
    }

    @Test
    void theDocumentIsOpenApiWithTheSchemesAndTheProblemSchema() throws Exception {
        assertTrue(doc.getString("openapi").startsWith("3."), doc.getString("openapi"));
        JsonObject components = doc.getJsonObject("components");
        assertEquals(Set.of("clientToken", "jwt", "basic"), components.getJsonObject("securitySchemes").keySet());
        assertEquals(Set.of("type", "title", "status", "detail", "problems", "retryAfter", "incident"),
                components.getJsonObject("schemas").getJsonObject("Problem").getJsonObject("properties").keySet());
        JsonObject paths = doc.getJsonObject("paths");
        for (String p : List.of("/api/v1/status", "/api/v1/analyze", "/api/v1/clients/{id}/rotate", "/api/v1/sources/{id}",
                "/api/v1/units/{code}/scope", "/api/v1/accounts/{username}/enabled", "/api/v1/posts", "/api/v1/stats/timeline")) {
            assertTrue(paths.containsKey(p), p + " is not documented");
        }
        // the static file is the whole document: nothing came from scanning the annotations, nothing is lost
        JsonObject filePaths = file.getJsonObject("paths");
        assertEquals(filePaths.keySet(), paths.keySet());
        for (String p : paths.keySet()) {
            assertEquals(filePaths.getJsonObject(p).keySet(), paths.getJsonObject(p).keySet(), p);
            for (String verb : paths.getJsonObject(p).keySet()) {
                JsonObject op = paths.getJsonObject(p).getJsonObject(verb);
                assertEquals(filePaths.getJsonObject(p).getJsonObject(verb).containsKey("security"), op.containsKey("security"), verb + " " + p);
                assertTrue(op.getJsonObject("responses").toString().contains("\"example") || op.getJsonObject("responses").containsKey("204"), verb + " " + p + " has no example answer");
            }
        }
        assertTrue(!doc.containsKey("security"), "no global security: public operations have none");
        // YAML too (the default)
        HttpResponse<String> yaml = AdminApi.send(AdminApi.get("openapi"), null, null);
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body().startsWith("openapi: 3."), yaml.body().substring(0, 40));
    }

    @Test
    void everyExampleRequestAnswersAsDocumented() throws Exception {
        JsonObject paths = file.getJsonObject("paths");
        List<String> ran = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> e : paths.getJsonObject(path).entrySet()) {
                if (!VERBS.contains(e.getKey())) {
                    continue;
                }
                String verb = e.getKey().toUpperCase(java.util.Locale.ROOT);
                JsonObject op = e.getValue().asJsonObject();
                JsonObject ex = op.getJsonObject("x-example-request");
                String name = verb + " " + path;
                if (!exists(verb, path)) {
                    failures.add(name + ": no such endpoint on the server (OPTIONS does not allow " + verb + ")");
                    continue;
                }
                try {
                    String saved = null;
                    if (ex.containsKey("setup")) {
                        JsonObject setup = ex.getJsonObject("setup");
                        HttpResponse<String> s = send(setup.getString("method"), fresh(setup.getString("path")),
                                setup.containsKey("body") ? fresh(setup.get("body").toString()) : null, ex);
                        if (s.statusCode() / 100 != 2) {
                            failures.add(name + ": its setup " + setup.getString("method") + " " + setup.getString("path") + " answered "
                                    + s.statusCode() + ": " + s.body());
                            continue;
                        }
                        JsonValue v = find(AdminApi.json(s.body()), setup.getString("save"));
                        if (v == null) {
                            failures.add(name + ": its setup " + setup.getString("method") + " " + setup.getString("path") + " gave no "
                                    + setup.getString("save") + ": " + s.statusCode() + " " + s.body());
                            continue;
                        }
                        saved = v instanceof JsonString str ? str.getString() : v.toString();
                    }
                    String target = fresh(ex.getString("path")).replace("{saved}", saved == null ? "" : saved)
                            + (ex.containsKey("query") ? "?" + ex.getString("query") : "");
                    HttpResponse<String> rsp = send(verb, target, ex.containsKey("body")
                            ? fresh(ex.get("body").toString()) : null, ex);
                    int expected = ex.getInt("status");
                    if (rsp.statusCode() != expected) {
                        failures.add(name + ": " + rsp.statusCode() + " instead of " + expected + ": " + rsp.body());
                        continue;
                    }
                    List<String> problems = new ArrayList<>();
                    checkBody(doc.getJsonObject("paths").getJsonObject(path).getJsonObject(e.getKey()).getJsonObject("responses").getJsonObject(Integer.toString(expected)), rsp, problems);
                    if (!problems.isEmpty()) {
                        failures.add(name + ": " + problems);
                    }
                    ran.add(name);
                } catch (RuntimeException ex2) {
                    failures.add(name + ": " + ex2);
                }
            }
        }
        System.out.println("OpenAPI examples run (" + ran.size() + "): " + ran);
        assertEquals(List.of(), failures);
        long operations = paths.values().stream().mapToLong(p -> p.asJsonObject().keySet().stream().filter(VERBS::contains).count()).sum();
        assertEquals(operations, ran.size(), "every operation's example ran: " + ran);
    }

    /** {@code {unique}} replaced by a suffix no other request of the run has (names and codes must be new). */
    private String fresh(String s) {
        String out = s;
        while (out.contains("{unique}")) {
            out = out.replaceFirst("\\{unique}", RUN + (++sequence));
        }
        return out;
    }

    /** Whether this build has the endpoint: JAX-RS answers OPTIONS for a resource with the methods it takes. */
    private static boolean exists(String verb, String template) throws Exception {
        String path = template.replaceAll("\\{[^}]+}", "1").substring(1);
        HttpResponse<String> rsp = ItEnvironment.client().send(HttpRequest.newBuilder(AdminApi.uri(path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        return rsp.statusCode() == 200 && rsp.headers().allValues("Allow").stream()
                .anyMatch(a -> List.of(a.split(",\\s*")).contains(verb));
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String body, JsonObject ex) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(AdminApi.uri(pathAndQuery.substring(1)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        switch (ex.getString("auth")) {
            case "none" -> {
                return AdminApi.send(b, null, null);
            }
            case "admin" -> {
                return AdminApi.send(b, "admin", ItEnvironment.get("it.admin.password"));
            }
            default -> {
                b.header("Authorization", "Bearer " + token(ex.getJsonArray("permissions")));
                return AdminApi.send(b, null, null);
            }
        }
    }

    /** A client of the demo ward with exactly these permissions, registered once per run. */
    private String token(JsonArray permissions) throws Exception {
        String key = permissions.toString();
        String t = tokens.get(key);
        if (t == null) {
            JsonObject body = Json.createObjectBuilder().add("name", "openapi-it-" + System.nanoTime()).add("unit", "ward-26740")
                    .add("permissions", permissions).add("rateLimitPerMinute", 6000).build();
            t = AdminApi.object(AdminApi.admin(AdminApi.post("api/v1/clients", body.toString()), 201).body()).getString("token");
            tokens.put(key, t);
        }
        return t;
    }

    private static JsonValue find(JsonStructure json, String pointer) {
        JsonPointer p = Json.createPointer(pointer);
        return p.containsValue(json) ? p.getValue(json) : null;
    }

    private static void checkBody(JsonObject response, HttpResponse<String> rsp, List<String> problems) {
        if (response == null || !response.containsKey("content")) {
            return;
        }
        JsonObject content = response.getJsonObject("content");
        String type = rsp.headers().firstValue("Content-Type").orElse("");
        String declared = content.keySet().stream().filter(type::startsWith).findFirst().orElse(null);
        if (declared == null) {
            problems.add("content type " + type + " is not one of " + content.keySet());
            return;
        }
        if (!declared.endsWith("json")) {
            if (rsp.body().isBlank()) {
                problems.add("empty " + declared + " body");
            }
            return;
        }
        validate(AdminApi.json(rsp.body()), content.getJsonObject(declared).getJsonObject("schema"), "$", problems);
    }

    /** The subset of JSON Schema the document uses: $ref, type, nullable, required, properties, additionalProperties, items, enum, oneOf, allOf. */
    static void validate(JsonValue v, JsonObject schema, String at, List<String> problems) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            validate(v, doc.getJsonObject("components").getJsonObject("schemas").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)),
                    at, problems);
            return;
        }
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (!schema.getBoolean("nullable", false) && (schema.containsKey("type") || schema.containsKey("properties"))) {
                problems.add(at + " is null");
            }
            return;
        }
        if (schema.containsKey("allOf")) {
            schema.getJsonArray("allOf").forEach(s -> validate(v, s.asJsonObject(), at, problems));
        }
        if (schema.containsKey("oneOf")) {
            boolean any = false;
            for (JsonValue s : schema.getJsonArray("oneOf")) {
                List<String> p = new ArrayList<>();
                validate(v, s.asJsonObject(), at, p);
                any |= p.isEmpty();
            }
            if (!any) {
                problems.add(at + " matches none of oneOf");
            }
        }
        String type = schema.getString("type", null);
        if (type != null && !isType(v, type)) {
            problems.add(at + " is not " + type + ": " + v);
            return;
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(v)) {
            problems.add(at + " = " + v + " is not one of " + schema.getJsonArray("enum"));
        }
        if (v instanceof JsonObject o) {
            JsonObject props = schema.getJsonObject("properties");
            if (schema.containsKey("required")) {
                for (JsonValue r : schema.getJsonArray("required")) {
                    if (!o.containsKey(((JsonString) r).getString())) {
                        problems.add(at + " lacks " + r);
                    }
                }
            }
            for (Map.Entry<String, JsonValue> f : o.entrySet()) {
                if (props != null && props.containsKey(f.getKey())) {
                    validate(f.getValue(), props.getJsonObject(f.getKey()), at + "." + f.getKey(), problems);
                } else if (schema.get("additionalProperties") instanceof JsonObject extra) {
                    validate(f.getValue(), extra, at + "." + f.getKey(), problems);
                } else if (schema.get("additionalProperties") == JsonValue.FALSE) {
                    problems.add(at + " has the undocumented field " + f.getKey());
                }
            }
        }
        if (v instanceof JsonArray a && schema.containsKey("items")) {
            for (int i = 0; i < a.size(); i++) {
                validate(a.get(i), schema.getJsonObject("items"), at + "[" + i + "]", problems);
            }
        }
    }

    private static boolean isType(JsonValue v, String type) {
        return switch (type) {
            case "object" -> v instanceof JsonObject;
            case "array" -> v instanceof JsonArray;
            case "string" -> v instanceof JsonString;
            case "integer" -> v instanceof JsonNumber n && n.isIntegral();
            case "number" -> v instanceof JsonNumber;
            case "boolean" -> v == JsonValue.TRUE || v == JsonValue.FALSE;
            default -> true;
        };
    }
}
