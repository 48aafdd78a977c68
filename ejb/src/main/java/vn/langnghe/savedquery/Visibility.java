package vn.langnghe.savedquery;

import java.util.Locale;

/** Who may open a saved query besides its owner. */
public enum Visibility {
    /** The owner only. */
    PRIVATE,
    /** Every account of the owner's unit (each in its own scope). */
    UNIT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility parse(String s) {
        if (s != null) {
            for (Visibility v : values()) {
                if (v.code().equalsIgnoreCase(s.strip())) {
                    return v;
                }
            }
        }
        throw new SavedQueryException(SavedQueryException.Problem.BAD_VISIBILITY,
                "a saved query is either private or shared with your unit");
    }
}
