package vn.langnghe.harvest.connector.reddit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langnghe.harvest.connector.ClientCredentialsGrant;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.JsonReplies;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.QuotaNote;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * Walks a listing newest-first with {@code after} and ends a walk at the newest item of the previous
 * one. Reddit's own {@code before=<fullname>} is not used for that: once the marked post is deleted or
 * removed, it answers nothing forever. Items are named by their fullnames ({@code t3_…} posts,
 * {@code t1_…} comments), as Reddit's {@code parent_id} and {@code link_id} name them.
 * <p>
 * Cursor parts: {@code seen}/{@code seenAt} (newest item taken and its time), {@code after},
 * {@code top}/{@code topAt} (newest of the current walk), {@code pages}, and while a page's posts have
 * their comments read, {@code post} (its id) and {@code queue} (the posts after it).
 */
final class RedditConnector implements Connector {
    static final String PLATFORM = "reddit";
    /** The most comments Reddit returns for one request on a post. */
    static final int COMMENT_LIMIT = 500;

    private final RedditConfig config;
    private final Credentials credentials;
    private final ClientCredentialsGrant grant;
    private final ConnectorContext context;
    /** The quota warning of the current fetch's replies, if any. */
    private String quota;

    RedditConnector(RedditConfig config, Credentials credentials, ClientCredentialsGrant grant, ConnectorContext context) {
        this.config = config;
        this.credentials = credentials;
        this.grant = grant;
        this.context = context;
    }

    static String subredditName(RedditConfig c) {
        return c.subreddit().trim().replaceFirst("^/?r/", "").replaceAll("/+$", "");
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        Cursor cursor = Cursor.parse(cursorText);
        quota = null;
        Page page = cursor.get("post") != null ? comments(cursor) : listing(cursor);
        return page.withNote(quota);
    }

    /**
     * The last reply's warning when Reddit's window is nearly used up: it sends {@code x-ratelimit-used},
     * {@code -remaining} and {@code -reset} (seconds to the window's end) with every reply.
     */
    private void noteQuota(HttpReply reply) {
        Optional<String> used = reply.header("x-ratelimit-used");
        Optional<String> remaining = reply.header("x-ratelimit-remaining");
        if (used.isEmpty() || remaining.isEmpty()) {
            return;
        }
        try {
            double left = Double.parseDouble(remaining.get().trim());
            Instant reset = reply.header("x-ratelimit-reset")
                    .map(s -> context.clock().instant().plusSeconds((long) Math.ceil(Double.parseDouble(s.trim())))).orElse(null);
            String note = QuotaNote.requestsLeft("Reddit", left, Double.parseDouble(used.get().trim()) + left, reset);
            if (note != null) {
                quota = note;
            }
        } catch (NumberFormatException e) {
            // unreadable headers: no warning rather than a failed page
        }
    }

    private Page listing(Cursor cursor) throws ConnectorException {
        long seenAt = cursor.longPart("seenAt", Long.MIN_VALUE);
        int pages = cursor.intPart("pages", 0) + 1;
        HttpReply reply = send(listingPath(), cursor.get("after"), config.pageSize());
        errors().failOnError(reply);
        JsonObject data = RedditListing.data(JsonReplies.object(reply), reply.uri().getHost());
        JsonArray children = JsonReplies.requireArray(data, "children", reply.uri().getHost());
        context.checkPageSize(children.size());
        String seen = cursor.get("seen");
        String top = cursor.get("top");
        String topAt = cursor.get("topAt");
        List<HarvestedItem> items = new ArrayList<>();
        List<String> withComments = new ArrayList<>();
        boolean reachedSeen = false;
        for (JsonValue v : children) {
            JsonObject child = RedditListing.child(v, reply.uri().getHost());
            if ("t5".equals(JsonReplies.str(child, "kind"))) {
                // Reddit redirects an unknown subreddit to a subreddit search, whose listing is of t5s
                throw new SourceConfigException("Reddit has no subreddit named r/" + subredditName(config));
            }
            JsonObject d = JsonReplies.obj(child, "data");
            HarvestedItem item = RedditListing.item(JsonReplies.str(child, "kind"), d);
            if (seen != null && (item.nativeId().equals(seen) || item.createdAt().getEpochSecond() < seenAt)) {
                reachedSeen = true;
                break;
            }
            if (top == null) {
                top = item.nativeId();
                topAt = Long.toString(item.createdAt().getEpochSecond());
            }
            if (!RedditListing.isRemoved(item)) {
                items.add(item);
            }
            if (config.includeComments() && "t3".equals(JsonReplies.str(child, "kind"))
                    && JsonReplies.num(d, "num_comments") > 0) {
                withComments.add(JsonReplies.str(d, "id"));
            }
        }
        String nextAfter = JsonReplies.str(data, "after");
        boolean goesOn = !reachedSeen && nextAfter != null && !children.isEmpty()
                && !(seen == null && pages >= config.backfillPages());
        Cursor after = goesOn
                ? Cursor.empty().with("seen", seen).with("seenAt", cursor.get("seenAt")).with("after", nextAfter)
                        .with("top", top).with("topAt", topAt).with("pages", Integer.toString(pages))
                : Cursor.empty().with("seen", top != null ? top : seen)
                        .with("seenAt", top != null ? topAt : cursor.get("seenAt"));
        if (!withComments.isEmpty()) {
            return new Page(items, queue(after, withComments).text(), true);
        }
        return goesOn ? new Page(items, after.text(), true) : Page.last(items, after.text());
    }

    /**
     * A post's comment tree, flattened. The "load more comments" stubs ({@code kind: more}) are left
     * out: fetching them through {@code /api/morechildren} costs a request per hundred comments, and
     * the COMMENTS mode takes every new comment of the subreddit anyway.
     */
    private Page comments(Cursor cursor) throws ConnectorException {
        String postId = cursor.get("post");
        HttpReply reply = send("/r/" + subredditName(config) + "/comments/" + enc(postId) + ".json", null, COMMENT_LIMIT);
        List<HarvestedItem> items = List.of();
        // a post deleted since it was listed is passed over, not taken for a missing subreddit
        if (reply.status() != 404) {
            errors().failOnError(reply);
            items = RedditListing.commentTree(JsonReplies.array(reply), reply.uri().getHost());
            context.checkPageSize(items.size());
        }
        String queue = cursor.get("queue");
        Cursor rest = cursor.with("post", null).with("queue", null);
        if (queue != null) {
            return new Page(items, queue(rest, List.of(queue.split(","))).text(), true);
        }
        return rest.get("after") != null ? new Page(items, rest.text(), true) : Page.last(items, rest.text());
    }

    private static Cursor queue(Cursor base, List<String> postIds) {
        String rest = postIds.size() > 1 ? String.join(",", postIds.subList(1, postIds.size())) : null;
        return base.with("post", postIds.get(0)).with("queue", rest);
    }

    private String listingPath() {
        String sub = "/r/" + subredditName(config);
        return switch (config.mode()) {
            case SUBREDDIT -> sub + "/new.json";
            case COMMENTS -> sub + "/comments.json";
            case SEARCH -> sub + "/search.json";
        };
    }

    private RedditErrors errors() {
        return new RedditErrors(context.clock(), hasApp() || credentials.has(RedditConnectorFactory.ACCESS_TOKEN),
                subredditName(config));
    }

    /** With an application-only token when the app is set (renewed as needed), else the pasted token, else none. */
    private HttpReply send(String path, String after, int limit) throws ConnectorException {
        if (hasApp()) {
            String basic = credentials.require(RedditConnectorFactory.CLIENT_ID) + ":"
                    + credentials.require(RedditConnectorFactory.CLIENT_SECRET);
            return grant.call(context, URI.create(config.publicBaseUrl().replaceAll("/+$", "") + "/api/v1/access_token"),
                    Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8))),
                    "grant_type=client_credentials", "Reddit", token -> send(path, after, limit, token));
        }
        return send(path, after, limit, credentials.has(RedditConnectorFactory.ACCESS_TOKEN)
                ? credentials.get(RedditConnectorFactory.ACCESS_TOKEN) : null);
    }

    private boolean hasApp() {
        return credentials.has(RedditConnectorFactory.CLIENT_ID) || credentials.has(RedditConnectorFactory.CLIENT_SECRET);
    }

    private HttpReply send(String path, String after, int limit, String token) throws ConnectorException {
        String base = token != null ? config.oauthBaseUrl() : config.publicBaseUrl();
        // raw_json=1: bodies as written, without the HTML escaping Reddit otherwise applies for old clients
        StringBuilder u = new StringBuilder(base.replaceAll("/+$", "")).append(path)
                .append("?limit=").append(limit).append("&raw_json=1");
        if (config.mode() == RedditConfig.Mode.SEARCH && path.endsWith("/search.json")) {
            u.append("&q=").append(enc(config.query().trim())).append("&restrict_sr=1&sort=new&type=link");
        }
        if (path.contains("/comments/")) {
            u.append("&sort=new");
        }
        if (after != null) {
            u.append("&after=").append(enc(after));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        HttpReply reply = context.http().get(URI.create(u.toString()), headers);
        noteQuota(reply);
        return reply;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
