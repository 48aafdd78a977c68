package vn.langnghe.harvest.connector;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers ({@code <url>; rel="next", <url>; rel="prev"}). */
public final class LinkHeader {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";]+)\"?");

    private LinkHeader() {
    }

    /** The URL with the given relation, if the header has one. */
    public static Optional<String> find(String header, String rel) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            Matcher r = REL.matcher(m.group(2));
            if (r.find()) {
                for (String name : r.group(1).trim().split("\\s+")) {
                    if (name.equalsIgnoreCase(rel)) {
                        return Optional.of(m.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
