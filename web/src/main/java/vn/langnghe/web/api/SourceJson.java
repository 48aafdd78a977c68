package vn.langnghe.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langnghe.harvest.CheckResult;
import vn.langnghe.harvest.ConfigCodec;
import vn.langnghe.harvest.ConnectorType;
import vn.langnghe.harvest.InvalidSourceException;
import vn.langnghe.harvest.SourceForm;
import vn.langnghe.harvest.SourceView;

/**
 * The JSON shapes of {@code /api/v1/sources}: a source as it is shown (never a secret, only the names
 * of the credentials that are set), a connector type, a check result, and the body of a create or an
 * edit read into a {@link SourceForm} with every problem named.
 */
final class SourceJson {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** What a client may send. */
    static final Set<String> WRITABLE = Set.of("name", "type", "config", "credentials", "intervalSeconds", "paused");
    /**
     * What a source's JSON holds besides: ignored on input, so that a script can GET a source, change a
     * field and PUT it back.
     */
    static final Set<String> READ_ONLY = Set.of("id", "typeName", "credentialsSet", "runState", "runStartedAt",
            "runFinishedAt", "runPages", "runItems", "runNotes", "lastErrorKind", "lastError", "lastErrorAt",
            "consecutiveFailures", "nextRunAt", "totalItems");
    static final int MAX_BODY = 64 * 1024;

    private SourceJson() {
    }

    /** A create or edit request: the form, and the wanted paused state when the body names one. */
    record Request(SourceForm form, Boolean paused) {
    }

    static JsonObject source(SourceView v, ConnectorType type) {
        JsonObjectBuilder config = JSON.createObjectBuilder();
        for (Map.Entry<String, String> e : v.config().entrySet()) {
            config.add(e.getKey(), configValue(type, e.getKey(), e.getValue()));
        }
        JsonArrayBuilder creds = JSON.createArrayBuilder();
        v.credentialsSet().forEach(creds::add);
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", v.id())
                .add("name", v.name())
                .add("type", v.type())
                .add("typeName", v.typeName())
                .add("config", config)
                .add("credentialsSet", creds)
                .add("intervalSeconds", v.intervalSeconds())
                .add("paused", v.paused())
                .add("runState", v.runState());
        instant(b, "runStartedAt", v.runStartedAt());
        instant(b, "runFinishedAt", v.runFinishedAt());
        b.add("runPages", v.runPages()).add("runItems", v.runItems());
        JsonArrayBuilder notes = JSON.createArrayBuilder();
        v.runNotes().forEach(notes::add);
        b.add("runNotes", notes);
        text(b, "lastErrorKind", v.lastErrorKind());
        text(b, "lastError", v.lastError());
        instant(b, "lastErrorAt", v.lastErrorAt());
        b.add("consecutiveFailures", v.consecutiveFailures());
        instant(b, "nextRunAt", v.nextRunAt());
        b.add("totalItems", v.totalItems());
        return b.build();
    }

    /** Config values in their own JSON type (the view holds them as text). */
    private static JsonValue configValue(ConnectorType type, String name, String value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        ConfigCodec.Kind kind = type == null ? ConfigCodec.Kind.TEXT : type.fields().stream()
                .filter(f -> f.name().equals(name)).map(ConfigCodec.Field::kind).findFirst().orElse(ConfigCodec.Kind.TEXT);
        try {
            return switch (kind) {
                case INTEGER -> JSON.createValue(Long.parseLong(value));
                case BOOLEAN -> Boolean.parseBoolean(value) ? JsonValue.TRUE : JsonValue.FALSE;
                default -> JSON.createValue(value);
            };
        } catch (NumberFormatException e) {
            return JSON.createValue(value);
        }
    }

    static JsonObject type(ConnectorType t) {
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        for (ConfigCodec.Field f : t.fields()) {
            JsonObjectBuilder fb = JSON.createObjectBuilder().add("name", f.name()).add("kind", f.kind().name());
            if (!f.choices().isEmpty()) {
                JsonArrayBuilder choices = JSON.createArrayBuilder();
                f.choices().forEach(choices::add);
                fb.add("choices", choices);
            }
            fields.add(fb);
        }
        JsonObjectBuilder defaults = JSON.createObjectBuilder();
        t.defaults().forEach((k, v) -> defaults.add(k, configValue(t, k, v)));
        JsonArrayBuilder creds = JSON.createArrayBuilder();
        t.credentialNames().forEach(creds::add);
        return JSON.createObjectBuilder()
                .add("type", t.type())
                .add("displayName", t.displayName())
                .add("fields", fields)
                .add("defaults", defaults)
                .add("credentialNames", creds)
                .build();
    }

    static JsonObject check(CheckResult r) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("ok", r.ok()).add("kind", r.kind());
        text(b, "message", r.message());
        return b.build();
    }

    /**
     * Reads a create or edit body. Every problem is collected (not only the first), so a script learns
     * all that is wrong at once. What the body leaves out is left to {@code SourceService}: required on
     * create (name, type), kept on edit.
     */
    static Request request(byte[] body) throws InvalidSourceException {
        return request(RequestBody.utf8(body, MAX_BODY));
    }

    static Request request(String body) throws InvalidSourceException {
        JsonObject o = object(body);
        List<String> problems = new ArrayList<>();
        for (String key : o.keySet()) {
            if (!WRITABLE.contains(key) && !READ_ONLY.contains(key)) {
                problems.add("unknown field \"" + key + "\" (a source takes: name, type, config, credentials, "
                        + "intervalSeconds, paused)");
            }
        }
        String name = string(o, "name", problems);
        String type = string(o, "type", problems);
        Map<String, String> config = config(o, problems);
        Map<String, String> credentials = credentials(o, problems);
        Integer interval = null;
        JsonValue iv = o.get("intervalSeconds");
        if (iv != null && iv != JsonValue.NULL) {
            if (iv instanceof JsonNumber n && n.isIntegral()) {
                try {
                    interval = n.intValueExact();
                } catch (ArithmeticException e) {
                    problems.add("intervalSeconds is out of range");
                }
            } else {
                problems.add("intervalSeconds must be a whole number of seconds");
            }
        }
        Boolean paused = null;
        JsonValue pv = o.get("paused");
        if (pv == JsonValue.TRUE || pv == JsonValue.FALSE) {
            paused = pv == JsonValue.TRUE;
        } else if (pv != null && pv != JsonValue.NULL) {
            problems.add("paused must be true or false");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        return new Request(new SourceForm(name, type, config, credentials, interval), paused);
    }

    /** A body that must be one JSON object. */
    static JsonObject object(String body) throws InvalidSourceException {
        if (body == null || body.isBlank()) {
            throw new InvalidSourceException("the body must be a JSON object");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidSourceException("the body is larger than " + MAX_BODY / 1024 + " KB");
        }
        try (JsonReader r = JSON.createReader(new StringReader(body))) {
            JsonValue v = r.readValue();
            if (!(v instanceof JsonObject o)) {
                throw new InvalidSourceException("the body must be a JSON object");
            }
            return o;
        } catch (JsonParsingException e) {
            throw new InvalidSourceException("the body is not valid JSON: " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidSourceException("the body is not valid JSON");
        } catch (RuntimeException e) {
            // Parsson refuses input nested more than 1,000 levels deep with a bare RuntimeException
            throw new InvalidSourceException("the body is not valid JSON: " + e.getMessage());
        }
    }

    private static String string(JsonObject o, String key, List<String> problems) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        problems.add(key + " must be a text");
        return null;
    }

    private static Map<String, String> config(JsonObject o, List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonValue v = o.get("config");
        if (v == null || v == JsonValue.NULL) {
            return out;
        }
        if (!(v instanceof JsonObject c)) {
            problems.add("config must be an object of field names and values");
            return out;
        }
        for (Map.Entry<String, JsonValue> e : c.entrySet()) {
            JsonValue x = e.getValue();
            if (x instanceof JsonString s) {
                out.put(e.getKey(), s.getString());
            } else if (x instanceof JsonNumber n) {
                out.put(e.getKey(), n.toString());
            } else if (x == JsonValue.TRUE || x == JsonValue.FALSE) {
                out.put(e.getKey(), x.toString());
            } else if (x != JsonValue.NULL) {
                problems.add("config." + e.getKey() + " must be a text, number or true/false");
            }
        }
        return out;
    }

    private static Map<String, String> credentials(JsonObject o, List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonValue v = o.get("credentials");
        if (v == null || v == JsonValue.NULL) {
            return out;
        }
        if (!(v instanceof JsonObject c)) {
            problems.add("credentials must be an object of credential names and secret values");
            return out;
        }
        for (Map.Entry<String, JsonValue> e : c.entrySet()) {
            if (e.getValue() instanceof JsonString s) {
                out.put(e.getKey(), s.getString());
            } else if (e.getValue() != JsonValue.NULL) {
                // the value is not echoed: it may be a secret typed in the wrong place
                problems.add("credentials." + e.getKey() + " must be a text");
            }
        }
        return out;
    }

    private static void instant(JsonObjectBuilder b, String key, Instant at) {
        if (at == null) {
            b.addNull(key);
        } else {
            b.add(key, at.toString());
        }
    }

    private static void text(JsonObjectBuilder b, String key, String s) {
        if (s == null) {
            b.addNull(key);
        } else {
            b.add(key, s);
        }
    }
}
