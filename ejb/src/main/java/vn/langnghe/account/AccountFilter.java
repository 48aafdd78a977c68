package vn.langnghe.account;

import java.util.Set;

/**
 * Which accounts an admin lists, and which page of them: by unit code, role, enabled state and a text
 * found in the username or the display name; sorted by one of {@link #SORTABLE}. Nulls mean "any".
 */
public record AccountFilter(String unit, Role role, Boolean enabled, String text, int page, int size, String sort,
                            boolean descending) {
    public static final int MAX_SIZE = 200;
    public static final Set<String> SORTABLE = Set.of("username", "displayName", "unit", "enabled", "lastLoginAt");

    public AccountFilter {
        if (page < 0) {
            throw AdminRefusal.invalid("page starts at 0 (not " + page + ")");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw AdminRefusal.invalid("size is between 1 and " + MAX_SIZE + " (not " + size + ")");
        }
        if (sort == null || sort.isBlank()) {
            sort = "username";
        }
        if (!SORTABLE.contains(sort)) {
            throw AdminRefusal.invalid("cannot sort by \"" + ScopeCodes.shortened(sort) + "\" (sort by: " + String.join(", ",
                    new java.util.TreeSet<>(SORTABLE)) + ")");
        }
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 100) {
            throw AdminRefusal.invalid("the search text has at most 100 characters");
        }
    }

    public static AccountFilter firstPage(int size) {
        return new AccountFilter(null, null, null, null, 0, size, "username", false);
    }

    /** The JPQL path the sort names (a fixed list: nothing of the request reaches the query text). */
    String sortPath() {
        return switch (sort) {
            case "displayName" -> "a.displayName";
            case "unit" -> "a.unit.code";
            case "enabled" -> "a.enabled";
            case "lastLoginAt" -> "a.lastLoginAt";
            default -> "a.username";
        };
    }

    /** The text as a LIKE pattern, its own wildcards escaped with '!'. */
    String likePattern() {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
