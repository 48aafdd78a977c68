package vn.langnghe.web.api;

import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A read endpoint's query string, decoded strictly: percent-escapes that are not UTF-8 or not escapes at
 * all, a query string longer than {@value #MAX_LENGTH} characters and parameters the endpoint does not take
 * are refused in plain words (JAX-RS's own decoding would turn bad bytes into U+FFFD and let a misspelt
 * parameter pass unnoticed, so a consuming system would get results for a question it did not ask).
 */
final class QueryParameters {
    /**
     * The raw query string at most: well above the longest search (500 characters of words, 20 filters), and
     * below the server's 8 KB request head, beyond which the container refuses with a bare 400 before any
     * application code runs.
     */
    static final int MAX_LENGTH = 6_000;

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's parameters; each name must be one of {@code allowed}. */
    static QueryParameters of(UriInfo uri, Set<String> allowed) {
        String raw = uri.getRequestUri().getRawQuery();
        if (raw != null && raw.length() > MAX_LENGTH) {
            throw new ApiProblem(ProblemType.URI_TOO_LONG, "the query string is longer than " + MAX_LENGTH + " characters");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name;
                String value;
                try {
                    name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                } catch (IllegalArgumentException e) {
                    throw new ApiProblem(ProblemType.BAD_REQUEST, e.getMessage());
                }
                if (!allowed.contains(name)) {
                    throw new ApiProblem(ProblemType.BAD_REQUEST, "unknown parameter \"" + shortened(name)
                            + "\": this endpoint takes " + String.join(", ", new TreeSet<>(allowed)));
                }
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParameters(out);
    }

    /** The parameter's one value, null when absent; given twice is refused (which one would count?). */
    String one(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v.size() > 1) {
            throw new ApiProblem(ProblemType.BAD_REQUEST, "\"" + name + "\" is given " + v.size() + " times: give it once");
        }
        return v.get(0);
    }

    /** Every value of a repeatable parameter, in order; empty when absent. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * {@code application/x-www-form-urlencoded}: {@code +} is a space, {@code %XX} bytes must make UTF-8;
     * anything else throws {@link IllegalArgumentException} saying what.
     */
    static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("the query string has a broken percent-escape");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the query string is not valid UTF-8 once percent-decoded");
        }
    }

    private static String shortened(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
