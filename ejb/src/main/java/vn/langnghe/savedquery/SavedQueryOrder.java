package vn.langnghe.savedquery;

import java.util.Locale;

/** The orders of the saved-query list; nothing else reaches the SQL. Each ends in the id, so pages are stable. */
public enum SavedQueryOrder {
    NAME("LOWER(name) ASC, id ASC"),
    NEWEST("updated_at DESC, id DESC"),
    OLDEST("created_at ASC, id ASC"),
    // the columns of the saved-queries page, each way
    NAME_DESC("LOWER(name) DESC, id DESC"),
    OWNER("owner ASC, LOWER(name) ASC, id ASC"),
    OWNER_DESC("owner DESC, LOWER(name) ASC, id ASC"),
    VISIBILITY("visibility ASC, LOWER(name) ASC, id ASC"),
    VISIBILITY_DESC("visibility DESC, LOWER(name) ASC, id ASC"),
    /** Least recently changed first. */
    UPDATED("updated_at ASC, id ASC");

    final String sql;

    SavedQueryOrder(String sql) {
        this.sql = sql;
    }

    /** {@code name}, {@code newest} (last changed first, the default), {@code oldest}, or one of the columns' orders ({@code owner_desc}...). */
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
                "saved queries can be sorted by name, newest, oldest, owner, visibility or updated (each with _desc for the other way) only");
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
