package vn.langnghe.harvest.connector;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reading JSON replies safely: a malformed or truncated body becomes a {@link BadReplyException},
 * and the small getters treat a missing or wrongly typed field as absent instead of throwing.
 */
public final class JsonReplies {
    /** Looked up once: {@code Json.create...} asks the service loader (OSGi in Payara) on every call. */
    static final JsonProvider JSON = JsonProvider.provider();
    private JsonReplies() {
    }

    public static JsonObject object(HttpReply reply) throws BadReplyException {
        String text = reply.text();
        try (JsonReader r = JSON.createReader(new StringReader(text))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadReplyException("the reply from " + reply.uri().getHost() + " is not the JSON object "
                    + "the API documents (" + firstLine(e.getMessage()) + "); nothing was kept", e);
        }
    }

    /** The reply as a JSON object, or null when it is not one (an error page from a proxy, say). */
    public static JsonObject objectOrNull(HttpReply reply) {
        try {
            return object(reply);
        } catch (BadReplyException e) {
            return null;
        }
    }

    public static JsonArray array(HttpReply reply) throws BadReplyException {
        String text = reply.text();
        try (JsonReader r = JSON.createReader(new StringReader(text))) {
            return r.readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new BadReplyException("the reply from " + reply.uri().getHost() + " is not the JSON array "
                    + "the API documents (" + firstLine(e.getMessage()) + "); nothing was kept", e);
        }
    }

    /** The named array, or a {@link BadReplyException} when the reply has none. */
    public static JsonArray requireArray(JsonObject o, String name, String where) throws BadReplyException {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new BadReplyException("the reply from " + where + " has no \"" + name + "\" list");
        }
        return v.asJsonArray();
    }

    public static String str(JsonObject o, String name) {
        if (o == null) {
            return null;
        }
        JsonValue v = o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }

    public static long num(JsonObject o, String name) {
        if (o == null) {
            return 0;
        }
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n) {
            return n.longValue();
        }
        if (v instanceof JsonString s) {
            try {
                return Long.parseLong(s.getString().trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    public static JsonObject obj(JsonObject o, String name) {
        if (o == null) {
            return null;
        }
        JsonValue v = o.get(name);
        return v != null && v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : null;
    }

    /**
     * An ISO-8601 timestamp as platforms write them: {@code 2025-07-01T08:30:00Z},
     * {@code 2025-07-01T08:30:00+0000} (Facebook) or with an offset; null when absent or unreadable.
     */
    public static Instant instant(JsonObject o, String name) {
        String s = str(o, name);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")).toInstant();
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
