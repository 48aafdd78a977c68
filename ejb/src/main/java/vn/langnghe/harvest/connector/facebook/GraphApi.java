package vn.langnghe.harvest.connector.facebook;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.JsonReplies;
import vn.langnghe.harvest.connector.QuotaNote;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.RemoteFailureException;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * Requests to Meta's Graph API, shared by the Facebook and Instagram connectors: the access token,
 * cursor paging, and the documented error body
 * ({@code {"error":{"message","type","code","error_subcode","is_transient","fbtrace_id"}}}) read into the
 * connector failure kinds.
 *
 * <p>The token travels in the {@code Authorization: Bearer} header, which the Graph API accepts like the
 * {@code access_token} parameter, so that it never sits in a URL: URLs end up in proxy and server logs,
 * and the {@code paging.next} links the API returns repeat every parameter of the request. For the same
 * reason only the paging parameters are taken from those links, never the links themselves.
 */
public final class GraphApi {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String DEFAULT_BASE_URL = "https://graph.facebook.com/v21.0";
    /**
     * The wait when a throttling error names none: platform and business-use-case limits are counted
     * over a rolling hour, so an hour always frees the quota.
     */
    public static final Duration DEFAULT_THROTTLE_WAIT = Duration.ofHours(1);

    /** A platform's own reading of some errors, tried before the common one; empty to defer to it. */
    @FunctionalInterface
    public interface ErrorRule {
        Optional<ConnectorException> read(GraphError error);
    }

    /**
     * A Graph API error. {@code code} and {@code subcode} are 0 when the body is not a Graph error (a
     * proxy's HTML page); {@code regainAccess} is the wait the usage headers announce, or null.
     */
    public record GraphError(int status, int code, int subcode, String message, boolean transientError,
                             Duration regainAccess) {

        /** Code 100 with subcode 33: the object does not exist (or is no longer visible to this token). */
        public boolean missingObject() {
            return code == 100 && subcode == 33;
        }
    }

    /**
     * One page of a list edge.
     *
     * @param next the paging parameters for the following page ({@code after=...}), null at the end
     */
    public record ListPage(List<JsonObject> data, String next) {
    }

    private final String baseUrl;
    private final String platform;
    private final String token;
    private final String credentialName;
    private final ConnectorContext context;
    private final ErrorRule rule;
    private String quotaNote;

    public GraphApi(String baseUrl, String platform, String token, String credentialName, ConnectorContext context) {
        this(baseUrl, platform, token, credentialName, context, e -> Optional.empty());
    }

    public GraphApi(String baseUrl, String platform, String token, String credentialName, ConnectorContext context,
                    ErrorRule rule) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.platform = platform;
        this.token = token;
        this.credentialName = credentialName;
        this.context = context;
        this.rule = rule;
    }

    /** {@code GET {base}{path}?params}: a node or an edge's first page, as the API returned it. */
    public JsonObject get(String path, Map<String, String> params) throws ConnectorException {
        return request(path, params, null, false).orElseThrow();
    }

    /** A page of a list edge after {@code paging} (null: the first page). */
    public ListPage list(String path, Map<String, String> params, String paging) throws ConnectorException {
        return listPage(request(path, params, paging, false).orElseThrow(), path);
    }

    /**
     * Like {@link #list}, but empty when the object the edge hangs from does not exist any more (a post
     * deleted after it was listed): that ends its comments, not the source.
     */
    public Optional<ListPage> listIfExists(String path, Map<String, String> params, String paging)
            throws ConnectorException {
        Optional<JsonObject> reply = request(path, params, paging, true);
        return reply.isEmpty() ? Optional.empty() : Optional.of(listPage(reply.get(), path));
    }

    private Optional<JsonObject> request(String path, Map<String, String> params, String paging, boolean missingIsEmpty)
            throws ConnectorException {
        if (token == null || token.isBlank()) {
            throw new CredentialsRejectedException("the source has no " + credentialName + " set");
        }
        StringJoiner query = new StringJoiner("&");
        params.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        if (paging != null) {
            query.add(paging);
        }
        HttpReply reply = context.http().get(URI.create(baseUrl + path + "?" + query),
                Map.of("Authorization", "Bearer " + token, "Accept", "application/json"));
        noteUsage(reply);
        if (reply.ok()) {
            return Optional.of(JsonReplies.object(reply));
        }
        GraphError error = readError(reply);
        if (missingIsEmpty && error.missingObject()) {
            return Optional.empty();
        }
        throw failure(error, reply);
    }

    private ListPage listPage(JsonObject reply, String path) throws BadReplyException {
        JsonArray data = JsonReplies.requireArray(reply, "data", platform + " " + path);
        context.checkPageSize(data.size());
        List<JsonObject> objects = new ArrayList<>(data.size());
        for (JsonValue v : data) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadReplyException("an entry of the " + platform + " reply for " + path + " is not an object");
            }
            objects.add(v.asJsonObject());
        }
        return new ListPage(objects, nextPaging(JsonReplies.obj(reply, "paging"), path));
    }

    /**
     * The parameters of the next page: {@code after} from the cursors, or, for edges that page by time,
     * {@code until} and {@code __paging_token} taken from the {@code next} link. Absent {@code next} means
     * the end, even when cursors are present.
     */
    private String nextPaging(JsonObject paging, String path) throws BadReplyException {
        String next = JsonReplies.str(paging, "next");
        if (next == null || next.isBlank()) {
            return null;
        }
        String after = JsonReplies.str(JsonReplies.obj(paging, "cursors"), "after");
        if (after != null && !after.isBlank()) {
            return "after=" + URLEncoder.encode(after, StandardCharsets.UTF_8);
        }
        int q = next.indexOf('?');
        Cursor linkParams = Cursor.parse(q < 0 ? null : next.substring(q + 1));
        StringJoiner timePaging = new StringJoiner("&");
        for (String name : List.of("until", "__paging_token")) {
            if (linkParams.get(name) != null) {
                timePaging.add(name + "=" + URLEncoder.encode(linkParams.get(name), StandardCharsets.UTF_8));
            }
        }
        if (timePaging.length() == 0) {
            throw new BadReplyException("the " + platform + " reply for " + path
                    + " has a next page but neither a cursor nor a time to continue from");
        }
        return timePaging.toString();
    }

    // ---- errors ----

    private ConnectorException failure(GraphError e, HttpReply reply) {
        Optional<ConnectorException> own = rule.read(e);
        if (own.isPresent()) {
            return own.get();
        }
        int code = e.code();
        if (code == 190 || code == 102) {
            return new CredentialsRejectedException(platform + " rejected the access token" + why190(e.subcode())
                    + ": " + e.message());
        }
        if (code == 10 || code >= 200 && code <= 299) {
            return new CredentialsRejectedException("the " + platform + " access token lacks a permission this source"
                    + " needs: " + e.message());
        }
        if (throttling(code)) {
            Duration wait = e.regainAccess() != null ? e.regainAccess()
                    : reply.retryAfter(context.clock().instant(), DEFAULT_THROTTLE_WAIT);
            return new RateLimitedException(platform + " throttles this app or account (error " + code + ": "
                    + e.message() + "); retrying in " + wait.toMinutes() + " min", wait);
        }
        if (code == 1 || code == 2 || e.transientError() || e.status() >= 500) {
            return new RemoteFailureException(platform + " failed for now (HTTP " + e.status()
                    + (code != 0 ? ", error " + code : "") + "): " + e.message());
        }
        if (code == 100 || code == 803) {
            return new SourceConfigException(platform + " cannot serve this source (error " + code + "): " + e.message());
        }
        if (e.status() == 401 || e.status() == 403) {
            return new CredentialsRejectedException(platform + " refused the access token (HTTP " + e.status() + "): "
                    + e.message());
        }
        return new BadReplyException(platform + " answered HTTP " + e.status()
                + (code != 0 ? " with error " + code : "") + ": " + e.message());
    }

    /** 4 app, 17 user, 32 Page, 613 custom, 341 app limit; 80000-80014 business-use-case limits. */
    private static boolean throttling(int code) {
        return code == 4 || code == 17 || code == 32 || code == 341 || code == 613 || code >= 80000 && code <= 80014;
    }

    private static String why190(int subcode) {
        return switch (subcode) {
            case 463 -> " (it has expired)";
            case 460 -> " (the password was changed)";
            case 458 -> " (the app was removed)";
            case 459, 464 -> " (the account must log in to Facebook first)";
            case 467 -> " (it is no longer valid)";
            default -> "";
        };
    }

    private GraphError readError(HttpReply reply) {
        JsonObject error = JsonReplies.obj(JsonReplies.objectOrNull(reply), "error");
        String message = JsonReplies.str(error, "message");
        boolean transientError = error != null && error.get("is_transient") == JsonValue.TRUE;
        return new GraphError(reply.status(), (int) JsonReplies.num(error, "code"),
                (int) JsonReplies.num(error, "error_subcode"),
                message == null || message.isBlank() ? "HTTP " + reply.status() : message,
                transientError, regainAccess(reply));
    }

    /** A usage object of a usage header, and the header it came in. */
    private record Usage(String header, JsonObject usage) {
    }

    /**
     * The usage objects of a reply's usage headers: the business-use-case header maps each business id
     * to a list of usages, the app and Page headers hold one usage. Unreadable headers are skipped.
     */
    private static List<Usage> usages(HttpReply reply) {
        List<Usage> out = new ArrayList<>();
        for (String header : List.of("X-Business-Use-Case-Usage", "X-App-Usage", "X-Page-Usage")) {
            Optional<String> value = reply.header(header);
            if (value.isEmpty()) {
                continue;
            }
            JsonObject usage;
            try (JsonReader r = JSON.createReader(new StringReader(value.get()))) {
                usage = r.readObject();
            } catch (JsonException | IllegalStateException e) {
                continue;
            }
            out.add(new Usage(header, usage));
            for (JsonValue v : usage.values()) {
                if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                    for (JsonValue u : v.asJsonArray()) {
                        if (u.getValueType() == JsonValue.ValueType.OBJECT) {
                            out.add(new Usage(header, u.asJsonObject()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The longest {@code estimated_time_to_regain_access} (minutes) in the usage headers; null when none says. */
    static Duration regainAccess(HttpReply reply) {
        long minutes = -1;
        for (Usage u : usages(reply)) {
            minutes = Math.max(minutes, regainMinutes(u.usage()));
        }
        // 0 minutes on a throttling error means "about now": wait one minute rather than hammer the API
        return minutes < 0 ? null : Duration.ofMinutes(Math.max(1, minutes));
    }

    /** The quota warning of the replies since the last call, or null; the warning is then forgotten. */
    public String takeQuotaNote() {
        String n = quotaNote;
        quotaNote = null;
        return n;
    }

    /**
     * Remembers a warning when a usage header says a budget is nearly spent: each usage object holds
     * {@code call_count}, {@code total_cputime} and {@code total_time} as percentages of the app's (or
     * Page's, or business use case's) allowance.
     */
    private void noteUsage(HttpReply reply) {
        for (Usage u : usages(reply)) {
            for (String metric : List.of("call_count", "total_cputime", "total_time")) {
                if (u.usage().containsKey(metric)) {
                    String note = QuotaNote.percentUsed(platform, u.header() + " " + metric, (int) JsonReplies.num(u.usage(), metric));
                    if (note != null) {
                        quotaNote = note;
                        return;
                    }
                }
            }
        }
    }

    private static long regainMinutes(JsonObject usage) {
        return usage.containsKey("estimated_time_to_regain_access")
                ? JsonReplies.num(usage, "estimated_time_to_regain_access") : -1;
    }
}
