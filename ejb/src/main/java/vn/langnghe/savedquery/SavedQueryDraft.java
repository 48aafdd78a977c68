package vn.langnghe.savedquery;

/**
 * What a person types to save or edit a query: a name (1–120 characters), an optional description
 * (at most 1,000), the visibility and the search page's query string. Checked by
 * {@link SavedQueries} before anything is stored.
 */
public record SavedQueryDraft(String name, String description, Visibility visibility, String urlState) {
    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 1000;

    /** The draft with its name and description trimmed, or a refusal naming the problem. */
    SavedQueryDraft checked() {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new SavedQueryException(SavedQueryException.Problem.NAME_MISSING, "give the saved query a name");
        }
        if (n.length() > MAX_NAME) {
            throw new SavedQueryException(SavedQueryException.Problem.NAME_TOO_LONG,
                    "the name is " + n.length() + " characters long; at most " + MAX_NAME + " are allowed");
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw new SavedQueryException(SavedQueryException.Problem.NAME_MISSING,
                    "the name contains control characters (line breaks, tabs)");
        }
        String d = description == null || description.isBlank() ? null : description.strip();
        if (d != null && d.length() > MAX_DESCRIPTION) {
            throw new SavedQueryException(SavedQueryException.Problem.DESCRIPTION_TOO_LONG,
                    "the description is " + d.length() + " characters long; at most " + MAX_DESCRIPTION + " are allowed");
        }
        if (visibility == null) {
            throw new SavedQueryException(SavedQueryException.Problem.BAD_VISIBILITY,
                    "say whether the query is private or shared with your unit");
        }
        return new SavedQueryDraft(n, d, visibility, urlState);
    }
}
