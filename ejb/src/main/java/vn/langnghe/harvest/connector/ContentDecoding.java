package vn.langnghe.harvest.connector;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Undoes a {@code Content-Encoding} that a server applied although it was not asked to: the fetcher
 * sends no {@code Accept-Encoding}, and Java's client expands nothing by itself, so without this a
 * compressed body would reach the connectors as bytes that are "not valid UTF-8". gzip and deflate are
 * expanded within the body limit (a bomb is refused); any other coding cannot be read and says so.
 */
final class ContentDecoding {

    private ContentDecoding() {
    }

    /** The reply with its body expanded, and the headers that described the compressed body dropped. */
    static HttpReply decoded(HttpReply reply, long maxBodyBytes) throws BadReplyException {
        String header = reply.header("Content-Encoding").orElse("");
        List<String> codings = codings(header);
        if (codings.isEmpty()) {
            return reply;
        }
        byte[] body = reply.body();
        try {
            // codings are listed in the order they were applied
            for (int i = codings.size() - 1; i >= 0; i--) {
                body = expand(codings.get(i), header, body, maxBodyBytes, reply);
            }
        } catch (BadReplyException e) {
            if (reply.ok()) {
                throw e;
            }
            // an error reply is judged by its status; a body we cannot read adds nothing to it
            body = new byte[0];
        }
        HttpHeaders headers = HttpHeaders.of(reply.headers().map(),
                (name, value) -> !name.equalsIgnoreCase("Content-Encoding") && !name.equalsIgnoreCase("Content-Length"));
        return new HttpReply(reply.uri(), reply.status(), headers, body);
    }

    private static List<String> codings(String header) {
        List<String> codings = new ArrayList<>();
        for (String part : header.split(",")) {
            String c = part.strip().toLowerCase(Locale.ROOT);
            if (!c.isEmpty() && !c.equals("identity")) {
                codings.add(c);
            }
        }
        return codings;
    }

    private static byte[] expand(String coding, String header, byte[] body, long max, HttpReply reply)
            throws BadReplyException {
        String host = reply.uri().getHost();
        try {
            return switch (coding) {
                case "gzip", "x-gzip" -> CappedInflater.gunzip(body, max);
                case "deflate" -> CappedInflater.inflate(body, max);
                default -> throw new BadReplyException(host + " sent a " + coding + "-compressed body that was not "
                        + "asked for (Content-Encoding: " + header + ") and that cannot be read; nothing was kept");
            };
        } catch (CappedInflater.TooLarge e) {
            throw new BadReplyException(host + " sent a " + coding + "-compressed body that was not asked for "
                    + "(Content-Encoding: " + header + "); it expands to more than " + max / (1024 * 1024)
                    + " MB, the body limit, and was refused as a possible zip bomb; nothing was kept", e);
        } catch (IOException e) {
            throw new BadReplyException(host + " sent a body labelled Content-Encoding: " + header + " that is not "
                    + "valid " + coding + " data (" + e.getMessage() + "); nothing was kept", e);
        }
    }
}
