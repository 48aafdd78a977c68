package vn.langnghe.harvest.connector;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cursor made of named parts ({@code since=123&max=456}), for platforms whose position is more than
 * one token. Stored as text by the harvester; only the connector that wrote it reads it.
 *
 * <p>A part that holds a number or a time is read with a typed getter ({@link #intPart}, {@link
 * #instantPart}...). A saved cursor can be damaged (edited by hand in the database, or written by a
 * connector with a bug): such a part is then a {@link SourceConfigException} that names it, quotes it and
 * tells the admin to reset the cursor, not a {@code NumberFormatException} that fails every run as an
 * internal error. Connectors read their typed parts before they send a request, so a damaged cursor
 * spends no quota.</p>
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
                    parts.put(decode(kv.substring(0, eq)), decode(kv.substring(eq + 1)));
                }
            }
        }
        return new Cursor(parts);
    }

    public static Cursor empty() {
        return new Cursor(new LinkedHashMap<>());
    }

    /** The part as written, or null when the cursor has none. */
    public String get(String name) {
        return parts.get(name);
    }

    /** The part as an {@code int}, or {@code whenAbsent} when the cursor has none. */
    public int intPart(String name, int whenAbsent) throws SourceConfigException {
        Integer value = part(name, "a number", Integer::valueOf);
        return value == null ? whenAbsent : value;
    }

    /** The part as a {@code long}, or {@code whenAbsent} when the cursor has none. */
    public long longPart(String name, long whenAbsent) throws SourceConfigException {
        Long value = longPart(name);
        return value == null ? whenAbsent : value;
    }

    /** The part as a {@code long}, or null when the cursor has none. */
    public Long longPart(String name) throws SourceConfigException {
        return part(name, "a number", Long::valueOf);
    }

    /** The part as an ISO-8601 instant ({@link Instant#toString()}), or null when the cursor has none. */
    public Instant instantPart(String name) throws SourceConfigException {
        return part(name, "a date and time", Instant::parse);
    }

    /** The part as milliseconds since 1970 ({@link Instant#toEpochMilli()}), or null when the cursor has none. */
    public Instant epochMilliPart(String name) throws SourceConfigException {
        Long millis = longPart(name);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /**
     * The part read by {@code parse} (which throws an {@link IllegalArgumentException} or a {@link
     * DateTimeException} when it cannot), or null when the cursor has none.
     *
     * @param what what the part should be, for the message: "a number", "a date"
     */
    public <T> T part(String name, String what, Function<String, T> parse) throws SourceConfigException {
        String text = parts.get(name);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new SourceConfigException("the saved cursor's part \"" + name + "\" is \"" + shorten(text) + "\", not "
                    + what + "; reset the cursor to start over", e);
        }
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

    /** A part whose %-escapes are broken is kept as written: a typed getter then names it. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    @Override
    public String toString() {
        return String.valueOf(text());
    }
}
