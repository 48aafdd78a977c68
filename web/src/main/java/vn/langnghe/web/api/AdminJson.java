package vn.langnghe.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.langnghe.account.AccountView;
import vn.langnghe.account.AdminRefusal;
import vn.langnghe.account.DataScope;
import vn.langnghe.account.Role;
import vn.langnghe.account.ScopeCodes;
import vn.langnghe.account.UnitView;
import vn.langnghe.harvest.InvalidSourceException;

/**
 * The JSON shapes of {@code /api/v1/units} and {@code /api/v1/accounts}, and the reading of their
 * bodies: a body with a field of the wrong type, or one the endpoint does not take, is refused with
 * a message naming it (a typo must not pass as "keep the old value").
 */
final class AdminJson {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int MAX_BODY = 16 * 1024;

    private AdminJson() {
    }

    static JsonObject unit(UnitView u) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("code", u.code())
                .add("name", u.name())
                .add("kind", u.kind().name().toLowerCase(Locale.ROOT));
        if (u.parent() == null) {
            b.addNull("parent");
        } else {
            b.add("parent", u.parent());
        }
        return b.add("scope", scope(u.scope())).add("personalDataClearance", u.personalDataClearance()).build();
    }

    static JsonObject scope(DataScope s) {
        return JSON.createObjectBuilder()
                .add("areas", strings(s.areas()))
                .add("wards", strings(s.wards()))
                .add("topics", strings(s.topics())).build();
    }

    static JsonObject account(AccountView a) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("username", a.username());
        if (a.displayName() == null) {
            b.addNull("displayName");
        } else {
            b.add("displayName", a.displayName());
        }
        b.add("unit", a.unit())
                .add("roles", strings(a.roles().stream().map(Role::group).sorted().toList()))
                .add("enabled", a.enabled())
                .add("locked", a.locked())
                .add("mustChangePassword", a.mustChangePassword());
        if (a.lastLoginAt() == null) {
            b.addNull("lastLoginAt");
        } else {
            b.add("lastLoginAt", a.lastLoginAt().toString());
        }
        return b.build();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    /** The body as one JSON object with only the given fields. */
    static JsonObject body(byte[] raw, Set<String> fields) {
        JsonObject o;
        try {
            o = SourceJson.object(RequestBody.utf8(raw, MAX_BODY));
        } catch (InvalidSourceException e) {
            // its own problem type: a client branches on "the body is not JSON" apart from "a value is wrong"
            throw new ApiProblem(ProblemType.INVALID_JSON, String.join("; ", e.problems()));
        }
        for (String key : o.keySet()) {
            if (!fields.contains(key)) {
                throw new ApiProblem(ProblemType.INVALID_JSON, "unknown field \"" + ScopeCodes.shortened(key)
                        + "\" (this request takes: " + String.join(", ", fields.stream().sorted().toList()) + ")");
            }
        }
        return o;
    }

    /** A text field; null when absent or null. */
    static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw AdminRefusal.invalid(key + " must be a text");
    }

    /** A list of texts; null when absent or null. */
    static List<String> texts(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray a)) {
            throw AdminRefusal.invalid(key + " must be a list of texts");
        }
        List<String> out = new ArrayList<>(a.size());
        for (JsonValue x : a) {
            if (!(x instanceof JsonString s)) {
                throw AdminRefusal.invalid(key + " must be a list of texts");
            }
            out.add(s.getString());
        }
        return out;
    }

    /** A required true or false. */
    static boolean flag(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw AdminRefusal.invalid(key + " is required: true or false");
    }
}
