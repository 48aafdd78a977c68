package vn.langnghe.harvest.connector;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cursor made of named parts ({@code since=123&max=456}), for platforms whose position is more than
 * one token. Stored as text by the harvester; only the connector that wrote it reads it.
 */
public final class Cursor {
    private final Map<String, String> parts;

    private Cursor(Map<String, String> parts) {
        this.parts = parts;
    }

    public static Cursor parse(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String kv : text.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    parts.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return new Cursor(parts);
    }

    public static Cursor empty() {
        return new Cursor(new LinkedHashMap<>());
    }

    public String get(String name) {
        return parts.get(name);
    }

    /** A copy with {@code name} set (or removed when {@code value} is null). */
    public Cursor with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(parts);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new Cursor(copy);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The text form, or null when empty (null means "from the beginning" to a connector). */
    public String text() {
        if (parts.isEmpty()) {
            return null;
        }
        return parts.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return String.valueOf(text());
    }
}
