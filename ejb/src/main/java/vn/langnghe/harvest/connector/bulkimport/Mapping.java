package vn.langnghe.harvest.connector.bulkimport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which column of the file holds which item field: the admin's {@code id=post_id,text=message,...}. */
final class Mapping {
    static final Set<String> FIELDS = Set.of("id", "text", "created", "title", "author", "authorid", "url", "platform",
            "kind", "parent", "thread", "likes", "shares", "comments", "views");
    static final List<String> REQUIRED = List.of("id", "text", "created");

    private final Map<String, String> columns;

    private Mapping(Map<String, String> columns) {
        this.columns = columns;
    }

    /** Problems with the mapping text, as messages for the admin form; empty when it is usable. */
    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String pair : text == null ? new String[0] : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String field = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
            String column = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (!FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
                problems.add("mapping: unknown field \"" + field + "\" (known: id, text, created, title, author, authorId, "
                        + "url, platform, kind, parent, thread, likes, shares, comments, views)");
            } else if (column.isEmpty()) {
                problems.add("mapping: \"" + field + "\" has no column after '='");
            } else if (seen.put(field.toLowerCase(Locale.ROOT), column) != null) {
                problems.add("mapping: \"" + field + "\" is mapped twice");
            }
        }
        for (String required : REQUIRED) {
            if (!seen.containsKey(required)) {
                problems.add("mapping: \"" + required + "\" must be mapped to a column");
            }
        }
        return problems;
    }

    /** Parses a mapping that {@link #problems} accepted. */
    static Mapping parse(String text) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                columns.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
            }
        }
        return new Mapping(columns);
    }

    /** The column of a field, or null when the field is not mapped. */
    String column(String field) {
        return columns.get(field);
    }

    Collection<String> columns() {
        return columns.values();
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
