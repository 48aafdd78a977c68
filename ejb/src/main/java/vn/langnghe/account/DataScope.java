package vn.langnghe.account;

import java.util.List;

/**
 * What part of the index a unit may see: the whole city, or the posts about some areas. Every query
 * path takes one, so that a ward's analyst never sees another ward's data by accident.
 */
public record DataScope(List<String> areas) {
    public static final DataScope WHOLE_CITY = new DataScope(List.of());

    public DataScope {
        areas = List.copyOf(areas);
        for (String a : areas) {
            if (!a.matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("not an area code: " + a);
            }
        }
    }

    /** Parses the comma-separated area list stored on a unit; blank means the whole city. */
    public static DataScope parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return WHOLE_CITY;
        }
        return new DataScope(List.of(stored.trim().split("\\s*,\\s*")));
    }

    public boolean wholeCity() {
        return areas.isEmpty();
    }
}
