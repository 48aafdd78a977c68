package vn.langnghe.harvest.connector;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one check of a config field that holds a web address: it must parse as a URI (no spaces,
 * {@code <}, {@code |}, {@code "} ...; the same parser the connectors use to send requests) with an http or
 * https scheme and a host. Config records declare such fields {@link
 * vn.langnghe.harvest.connector.constraints.HttpUrl @HttpUrl}, which asks it, so an address that would
 * fail every run is refused when the admin saves it, with a message that names the field.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /**
     * What is wrong with {@code value} as it follows the field's name on the admin form ("must be an
     * http(s) URL: it is empty"), or null when it is a usable address.
     */
    public static String complaint(String value) {
        String problem = problem(value);
        return problem == null ? null : "must be an http(s) URL: " + problem;
    }

    /** Whether the text is meant as a web address (as opposed to, say, a path on the server). */
    public static boolean looksLikeOne(String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).matches("https?:.*");
    }

    /** Why {@code value} is not a usable http(s) address, or null when it is one. */
    static String problem(String value) {
        if (value == null || value.isBlank()) {
            return "it is empty";
        }
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            return illegal(value.strip(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "\"" + shorten(value) + "\" does not start with http:// or https://";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "\"" + shorten(value) + "\" names no host";
        }
        return null;
    }

    private static String illegal(String value, URISyntaxException e) {
        int at = e.getIndex();
        if (at >= 0 && at < value.length()) {
            int cp = value.codePointAt(at);
            String shown = Character.isWhitespace(cp) || Character.isISOControl(cp)
                    ? String.format("U+%04X", cp) : "\"" + new String(Character.toChars(cp)) + "\"";
            return "character " + shown + " at position " + (at + 1)
                    + " is not allowed in an address (percent-encode it, e.g. a space as %20)";
        }
        return "\"" + shorten(value) + "\" is not a valid address (" + e.getReason() + ")";
    }

    private static String shorten(String value) {
        String v = value.strip();
        return v.length() <= 80 ? v : v.substring(0, 77) + "...";
    }
}
