package vn.langnghe.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/analyze}, read and checked: {@code {"text": "...", "title": "...",
 * "html": false}} for one text, or {@code {"items": [{"id": "t1", "title": "...", "text": "..."}, ...]}} for a
 * batch. Every problem of the body is named at once ({@code problems}), a field the endpoint does not take
 * is refused (a typo such as {@code "txt"} must not pass as an empty text), and so are texts longer than
 * the limit and batches larger than the limit.
 */
record AnalyzeRequest(boolean batch, List<Item> items) {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final Set<String> ONE_FIELDS = Set.of("id", "title", "text", "html");
    static final Set<String> BATCH_FIELDS = Set.of("items");
    static final int MAX_ID = 200;

    /** One text to analyse; {@code id} is the caller's, given back with the answer (may be null). */
    record Item(String id, String title, String text, boolean html) {
    }

    /** The limits, from configuration ({@link AnalyzeResource}). */
    record Limits(int maxItems, int maxTextChars) {
    }

    static AnalyzeRequest parse(String body, Limits limits) {
        JsonObject o = object(body);
        List<String> problems = new ArrayList<>();
        if (o.containsKey("items")) {
            unknown(o, BATCH_FIELDS, "", problems);
            JsonValue v = o.get("items");
            if (!(v instanceof JsonArray a)) {
                throw invalid(List.of("items must be a list of objects"));
            }
            if (a.isEmpty()) {
                throw invalid(List.of("items is empty: give at least one text"));
            }
            if (a.size() > limits.maxItems()) {
                throw new ApiProblem(ProblemType.BAD_REQUEST, "a batch takes at most " + limits.maxItems()
                        + " texts (this one has " + a.size() + "): split it");
            }
            List<Item> items = new ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) {
                String at = "items[" + i + "].";
                if (a.get(i) instanceof JsonObject item) {
                    unknown(item, ONE_FIELDS, at, problems);
                    items.add(item(item, at, limits, problems));
                } else {
                    problems.add("items[" + i + "] must be an object with a text");
                }
            }
            if (!problems.isEmpty()) {
                throw invalid(problems);
            }
            return new AnalyzeRequest(true, items);
        }
        unknown(o, ONE_FIELDS, "", problems);
        Item one = item(o, "", limits, problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new AnalyzeRequest(false, List.of(one));
    }

    private static Item item(JsonObject o, String at, Limits limits, List<String> problems) {
        String id = text(o, "id", at, problems);
        if (id != null && (id.isBlank() || id.length() > MAX_ID)) {
            problems.add(at + "id must be 1 to " + MAX_ID + " characters");
        }
        String title = text(o, "title", at, problems);
        String text = text(o, "text", at, problems);
        if (text == null && !o.containsKey("text")) {
            problems.add(at + "text is required" + (at.isEmpty() ? " (or items, for a batch)" : ""));
        }
        int length = (text == null ? 0 : text.length()) + (title == null ? 0 : title.length());
        if (length > limits.maxTextChars()) {
            problems.add(at + "text and title are longer than " + limits.maxTextChars() + " characters (" + length + ")");
        }
        JsonValue html = o.get("html");
        if (html != null && html != JsonValue.TRUE && html != JsonValue.FALSE && html != JsonValue.NULL) {
            problems.add(at + "html must be true or false");
        }
        return new Item(id, title, text == null ? "" : text, html == JsonValue.TRUE);
    }

    private static String text(JsonObject o, String key, String at, List<String> problems) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        problems.add(at + key + " must be a text");
        return null;
    }

    private static void unknown(JsonObject o, Set<String> fields, String at, List<String> problems) {
        for (String key : o.keySet()) {
            if (!fields.contains(key)) {
                problems.add(at + "unknown field \"" + key + "\" (takes: " + String.join(", ", fields.stream().sorted().toList())
                        + (at.isEmpty() && fields == ONE_FIELDS ? "; or items, for a batch" : "") + ")");
            }
        }
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new ApiProblem(ProblemType.INVALID_JSON, "the body must be a JSON object: {\"text\": \"...\"} or {\"items\": [...]}");
        }
        try (JsonReader r = JSON.createReader(new StringReader(body))) {
            JsonValue v = r.readValue();
            if (v instanceof JsonObject o) {
                return o;
            }
        } catch (JsonParsingException e) {
            throw new ApiProblem(ProblemType.INVALID_JSON, "the body is not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // JsonException, trailing input, and Parsson's bare RuntimeException for nesting deeper than 1,000 levels
            throw new ApiProblem(ProblemType.INVALID_JSON, "the body is not valid JSON");
        }
        throw new ApiProblem(ProblemType.INVALID_JSON, "the body must be a JSON object: {\"text\": \"...\"} or {\"items\": [...]}");
    }

    private static ApiProblem invalid(List<String> problems) {
        return new ApiProblem(ProblemType.BAD_REQUEST, problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the body", problems.size() > 100 ? problems.subList(0, 100) : problems);
    }
}
