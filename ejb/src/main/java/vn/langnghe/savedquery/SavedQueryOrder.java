package vn.langnghe.savedquery;

import java.util.Locale;

/** The orders of the saved-query list; nothing else reaches the SQL. Each ends in the id, so pages are stable. */
public enum SavedQueryOrder {
    NAME("LOWER(name) ASC, id ASC"),
    NEWEST("updated_at DESC, id DESC"),
    OLDEST("created_at ASC, id ASC");

    final String sql;

    SavedQueryOrder(String sql) {
        this.sql = sql;
    }

    /** {@code name}, {@code newest} (last changed first, the default) or {@code oldest}. */
    public static SavedQueryOrder parse(String s) {
        if (s == null || s.isBlank()) {
            return NEWEST;
        }
        for (SavedQueryOrder o : values()) {
            if (o.name().equalsIgnoreCase(s.strip())) {
                return o;
            }
        }
        throw new SavedQueryException(SavedQueryException.Problem.BAD_PAGE,
                "saved queries can be sorted by name, newest or oldest only");
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
