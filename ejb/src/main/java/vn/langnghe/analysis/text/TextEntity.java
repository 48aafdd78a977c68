package vn.langnghe.analysis.text;

/**
 * A URL, @mention or #hashtag found in the cleaned text; {@code start}/{@code end} are char offsets
 * into {@link CleanedText#text()} (end exclusive), {@code text} is exactly that slice.
 */
public record TextEntity(Type type, String text, int start, int end) {
    public enum Type { URL, MENTION, HASHTAG }

    /** The hashtag or mention without its leading '#'/'@', lower-cased; the URL as is. */
    public String value() {
        return type == Type.URL ? text : text.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
