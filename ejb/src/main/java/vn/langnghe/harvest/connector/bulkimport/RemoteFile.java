package vn.langnghe.harvest.connector.bulkimport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.RateLimitedException;

/**
 * The import file at a URL. It is downloaded whole, or, to resume a file at a saved byte offset, only
 * its first bytes (the CSV header) and the rest from the offset: {@code Range} requests made with
 * {@code If-Range}, so that a file changed since it was read comes back whole instead of sliced at an
 * offset that now falls in the middle of a row. A piece is used only when its {@code Content-Range}
 * and validator show the same file; anything else (a server that ignores Range, a 416, another
 * length) falls back to the whole file, whose digest then tells whether it changed.
 *
 * <p>What a resume needs is kept in the cursor beside the position: {@code size}, {@code tag} (the
 * file's strong ETag or Last-Modified) and {@code head} (bytes needed from the top).
 */
final class RemoteFile {
    private static final String ACCEPT = "text/csv, application/x-ndjson, "
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*;q=0.5";
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

    /** The file as downloaded, and what the server said about it. */
    record Download(ImportFile file, String contentType, String validator) {

        /** The cursor with what a later run needs to ask for only the rest; unchanged when it cannot. */
        Cursor resumable(Cursor c, long headBytes) {
            if (validator == null || headBytes < 0) {
                return c;
            }
            return c.with("size", Long.toString(file.size())).with("tag", validator).with("head", Long.toString(headBytes));
        }
    }

    private final URI uri;
    private final String username;
    private final String password;
    private final ConnectorContext context;

    RemoteFile(URI uri, String username, String password, ConnectorContext context) {
        this.uri = uri;
        this.username = username;
        this.password = password;
        this.context = context;
    }

    Download whole() throws ConnectorException {
        return whole(get(Map.of()));
    }

    /**
     * The file from {@code offset} on (with its first {@code head} bytes), as described by a cursor that
     * {@link Download#resumable} wrote; the whole file when a piece cannot be trusted.
     */
    Download from(Cursor c, long offset) throws ConnectorException {
        String tag = c.get("tag");
        long size = c.longPart("size", -1);
        long head = c.longPart("head", -1);
        if (tag == null || size < 0 || head < 0 || offset <= head || offset >= size) {
            return whole();
        }
        byte[] first = new byte[0];
        if (head > 0) {
            HttpReply top = get(range(0, head - 1, tag));
            if (!isPiece(top, 0, head - 1, size, tag)) {
                return insteadOf(top);
            }
            first = top.body();
        }
        HttpReply rest = get(range(offset, size - 1, tag));
        if (!isPiece(rest, offset, size - 1, size, tag)) {
            return insteadOf(rest);
        }
        ImportFile file = ImportFile.resumed(nameIn(rest.uri()), c.get("v"), first, rest.body(), offset, size);
        return new Download(file, rest.header("Content-Type").orElse(null), tag);
    }

    /**
     * The whole file in place of a piece: the one the server sent (it ignores Range, or If-Range found
     * the file changed), else asked for again.
     */
    private Download insteadOf(HttpReply notAPiece) throws ConnectorException {
        return notAPiece.status() == 200 ? whole(notAPiece) : whole();
    }

    private Download whole(HttpReply reply) {
        return new Download(ImportFile.downloaded(nameIn(reply.uri()), reply.body()),
                reply.header("Content-Type").orElse(null), validator(reply));
    }

    private static Map<String, String> range(long first, long last, String tag) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Range", "bytes=" + first + "-" + last);
        h.put("If-Range", tag);
        // a piece of a compressed body cannot be expanded on its own
        h.put("Accept-Encoding", "identity");
        return h;
    }

    /** A 206 holding exactly the bytes asked for, of a file of the same length and validator. */
    private static boolean isPiece(HttpReply reply, long first, long last, long size, String tag) {
        if (reply.status() != 206) {
            return false;
        }
        Matcher m = CONTENT_RANGE.matcher(reply.header("Content-Range").orElse("").strip());
        String now = validator(reply);
        return m.matches() && Long.parseLong(m.group(1)) == first && Long.parseLong(m.group(2)) == last
                && Long.parseLong(m.group(3)) == size && reply.body().length == last - first + 1
                && (now == null || now.equals(tag));
    }

    /** What If-Range may name: a strong ETag, else Last-Modified (a weak ETag is not allowed there). */
    private static String validator(HttpReply reply) {
        String etag = reply.header("ETag").map(String::strip).orElse("");
        if (etag.startsWith("\"")) {
            return etag;
        }
        return reply.header("Last-Modified").map(String::strip).orElse(null);
    }

    /** The name the file goes by: the last part of its path, else the host. */
    private static String nameIn(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? uri.getHost() : last;
    }

    private HttpReply get(Map<String, String> extra) throws ConnectorException {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Accept", ACCEPT);
        if (username != null && !username.isBlank()) {
            String pair = username + ":" + (password == null ? "" : password);
            h.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        h.putAll(extra);
        HttpReply reply = context.http().get(uri, h);
        if (reply.ok() || reply.status() == 416 && extra.containsKey("Range")) {
            return reply; // 416: the file is shorter than the offset now, so it changed
        }
        if (reply.status() == 401 || reply.status() == 403) {
            boolean have = username != null && !username.isBlank();
            throw new CredentialsRejectedException(uri.getHost() + (have
                    ? " refused the user name and password (HTTP " + reply.status() + ")"
                    : " asks for a user name and password (HTTP " + reply.status() + "); add them to the source"));
        }
        if (reply.status() == 429 || reply.status() == 503 && reply.header("Retry-After").isPresent()) {
            Duration wait = reply.retryAfter(context.clock().instant(), HttpReply.DEFAULT_RETRY_AFTER);
            throw new RateLimitedException(uri.getHost() + " asks us to wait (HTTP " + reply.status() + "); retrying in "
                    + wait.toSeconds() + " s", wait);
        }
        reply.requireSuccess(context.clock().instant());
        return reply;
    }
}
