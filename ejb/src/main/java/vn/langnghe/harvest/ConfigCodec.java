package vn.langnghe.harvest;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a connector's config record into JSON (stored with the source), into form fields (the admin
 * page) and back. Only the component types a form can edit are allowed: String, int, long, boolean
 * and enums. A value missing from the input keeps the connector's default, so a config stored before
 * a new field was added still loads.
 */
public final class ConfigCodec {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();


    public enum Kind { TEXT, INTEGER, BOOLEAN, CHOICE }

    /** One form field: its name (the record component), kind, and the allowed values of a choice. */
    public record Field(String name, Kind kind, List<String> choices) {
    }

    private ConfigCodec() {
    }

    public static List<Field> fields(Class<? extends Record> type) {
        List<Field> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            out.add(new Field(c.getName(), kind(c.getType()), choices(c.getType())));
        }
        return out;
    }

    public static JsonObject toJson(Record config) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (RecordComponent c : config.getClass().getRecordComponents()) {
            Object v = value(config, c);
            if (v == null) {
                continue;
            }
            switch (kind(c.getType())) {
                case INTEGER -> b.add(c.getName(), ((Number) v).longValue());
                case BOOLEAN -> b.add(c.getName(), (Boolean) v);
                case CHOICE -> b.add(c.getName(), ((Enum<?>) v).name());
                case TEXT -> b.add(c.getName(), v.toString());
            }
        }
        return b.build();
    }

    /** The config as text values, for a form. */
    public static Map<String, String> toStrings(Record config) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : config.getClass().getRecordComponents()) {
            Object v = value(config, c);
            out.put(c.getName(), v == null ? "" : v instanceof Enum<?> e ? e.name() : v.toString());
        }
        return out;
    }

    /** Reads JSON; unknown names are refused (a typo must not silently fall back to a default). */
    public static <C extends Record> C fromJson(Class<C> type, JsonObject json, C defaults)
            throws InvalidSourceException {
        Map<String, String> text = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : json.entrySet()) {
            JsonValue v = e.getValue();
            String s;
            if (v instanceof JsonString js) {
                s = js.getString();
            } else if (v instanceof JsonNumber n) {
                s = n.toString();
            } else if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                s = v.toString();
            } else if (v == JsonValue.NULL) {
                continue;
            } else {
                throw new InvalidSourceException("config." + e.getKey() + " must be a text, number or true/false");
            }
            text.put(e.getKey(), s);
        }
        return fromStrings(type, text, defaults);
    }

    public static <C extends Record> C fromStrings(Class<C> type, Map<String, String> values, C defaults)
            throws InvalidSourceException {
        RecordComponent[] comps = type.getRecordComponents();
        List<String> names = Arrays.stream(comps).map(RecordComponent::getName).toList();
        List<String> problems = new ArrayList<>();
        for (String given : values.keySet()) {
            if (!names.contains(given)) {
                problems.add("config has no field \"" + given + "\" (fields: " + String.join(", ", names) + ")");
            }
        }
        Object[] args = new Object[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            String raw = values.get(c.getName());
            if (raw == null) {
                args[i] = defaults == null ? null : value(defaults, c);
                if (args[i] == null && c.getType().isPrimitive()) {
                    args[i] = zero(c.getType());
                }
                continue;
            }
            try {
                args[i] = parse(c.getType(), raw.trim());
            } catch (IllegalArgumentException e) {
                problems.add(c.getName() + ": " + e.getMessage());
                args[i] = c.getType().isPrimitive() ? zero(c.getType()) : null;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        try {
            Constructor<C> ctor = type.getDeclaredConstructor(
                    Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new));
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new InvalidSourceException(String.valueOf(e.getCause().getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private static Object parse(Class<?> t, String raw) {
        if (t == String.class) {
            return raw.isEmpty() ? null : raw;
        }
        if (t == int.class || t == Integer.class) {
            try {
                return Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + raw + "\" is not a whole number");
            }
        }
        if (t == long.class || t == Long.class) {
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + raw + "\" is not a whole number");
            }
        }
        if (t == boolean.class || t == Boolean.class) {
            if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(raw);
            }
            throw new IllegalArgumentException("\"" + raw + "\" is not true or false");
        }
        if (t.isEnum()) {
            for (Object constant : t.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(raw)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("\"" + raw + "\" is not one of " + choices(t));
        }
        throw new IllegalStateException("unsupported config type " + t);
    }

    private static Kind kind(Class<?> t) {
        if (t == String.class) {
            return Kind.TEXT;
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return Kind.INTEGER;
        }
        if (t == boolean.class || t == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (t.isEnum()) {
            return Kind.CHOICE;
        }
        throw new IllegalStateException("config records may hold String, int, long, boolean and enums, not " + t);
    }

    private static List<String> choices(Class<?> t) {
        return t.isEnum() ? Arrays.stream(t.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList() : List.of();
    }

    private static Object zero(Class<?> t) {
        return t == boolean.class ? Boolean.FALSE : t == long.class ? (Object) 0L : (Object) 0;
    }

    private static Object value(Record r, RecordComponent c) {
        try {
            var m = c.getAccessor();
            m.setAccessible(true);
            return m.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }
}
