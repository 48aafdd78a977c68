package vn.langnghe.harvest.connector.x;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.harvest.connector.BadReplyException;
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

/**
 * Walks the recent-search results newest-first with {@code next_token}; when a walk ends, the newest
 * id of that walk ({@code meta.newest_id} of its first page) becomes the {@code since_id} of the next.
 * Cursor parts: {@code since} (newest id already taken), {@code next} (the walk's next_token),
 * {@code top} (newest id of the current walk), {@code pages} (pages walked).
 */
final class XConnector implements Connector {
    static final String PLATFORM = "x";
    static final String TWEET_FIELDS = "created_at,public_metrics,conversation_id,in_reply_to_user_id,"
            + "referenced_tweets,lang,author_id,note_tweet";

    private final XConfig config;
    private final Credentials credentials;
    private final ConnectorContext context;
    private final XErrors errors;

    XConnector(XConfig config, Credentials credentials, ConnectorContext context) {
        this.config = config;
        this.credentials = credentials;
        this.context = context;
        this.errors = new XErrors(context.clock());
    }

    static String fullQuery(XConfig c) {
        String q = c.query().trim();
        return c.excludeRetweets() && !q.contains("-is:retweet") ? "(" + q + ") -is:retweet" : q;
    }

    @Override
    public Page fetch(String cursorText) throws ConnectorException {
        Cursor cursor = Cursor.parse(cursorText);
        String since = cursor.get("since");
        String next = cursor.get("next");
        int pagesBefore = cursor.intPart("pages", 0);
        Map<String, String> headers = Map.of("Authorization", "Bearer " + credentials.require(XConnectorFactory.BEARER_TOKEN),
                "Accept", "application/json");
        HttpReply reply = context.http().get(uri(since, next), headers);
        if (since != null && errors.isStaleSinceId(reply)) {
            // recent search reaches back seven days only; what came in between is out of reach anyway,
            // so a fresh walk (capped by backfillPages) replaces the one that was paused too long
            since = null;
            cursor = Cursor.empty();
            pagesBefore = 0;
            reply = context.http().get(uri(null, null), headers);
        }
        errors.failOnError(reply);
        JsonObject body = JsonReplies.object(reply);
        JsonObject meta = JsonReplies.obj(body, "meta");
        if (meta == null) {
            throw new BadReplyException("the reply from " + reply.uri().getHost() + " has no \"meta\" block");
        }
        // partial errors beside the data of a 200 (an author that could not be expanded) do not spoil the page
        List<HarvestedItem> items = items(body, reply.uri().getHost());

        String top = cursor.get("top") != null ? cursor.get("top") : JsonReplies.str(meta, "newest_id");
        int pages = pagesBefore + 1;
        String nextToken = JsonReplies.str(meta, "next_token");
        boolean firstWalk = since == null;
        String quota = QuotaNote.requestsLeft("X", reply.header("x-rate-limit-remaining"),
                reply.header("x-rate-limit-limit"), epochSeconds(reply.header("x-rate-limit-reset").orElse(null)));
        if (nextToken != null && !(firstWalk && pages >= config.backfillPages())) {
            Cursor c = Cursor.empty().with("since", since).with("next", nextToken).with("top", top)
                    .with("pages", Integer.toString(pages));
            return new Page(items, c.text(), true).withNote(quota);
        }
        return Page.last(items, Cursor.empty().with("since", top != null ? top : since).text()).withNote(quota);
    }

    private static java.time.Instant epochSeconds(String value) {
        try {
            return value == null ? null : java.time.Instant.ofEpochSecond(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private URI uri(String sinceId, String nextToken) {
        StringBuilder u = new StringBuilder(config.apiBaseUrl().replaceAll("/+$", ""))
                .append("/2/tweets/search/recent?query=").append(enc(fullQuery(config)))
                .append("&max_results=").append(config.maxResults())
                .append("&tweet.fields=").append(enc(TWEET_FIELDS))
                .append("&expansions=author_id")
                .append("&user.fields=").append(enc("username,name"));
        if (sinceId != null) {
            u.append("&since_id=").append(enc(sinceId));
        }
        if (nextToken != null) {
            u.append("&next_token=").append(enc(nextToken));
        }
        return URI.create(u.toString());
    }

    private List<HarvestedItem> items(JsonObject body, String host) throws BadReplyException {
        JsonValue data = body.get("data");
        if (data == null || data == JsonValue.NULL) {
            return List.of();
        }
        if (data.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new BadReplyException("the \"data\" of the reply from " + host + " is not a list");
        }
        JsonArray posts = data.asJsonArray();
        context.checkPageSize(posts.size());
        Map<String, JsonObject> users = users(body);
        List<HarvestedItem> items = new ArrayList<>(posts.size());
        for (JsonValue v : posts) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadReplyException("a post in the reply from " + host + " is not an object");
            }
            items.add(item(v.asJsonObject(), users));
        }
        return items;
    }

    private static Map<String, JsonObject> users(JsonObject body) {
        Map<String, JsonObject> users = new HashMap<>();
        JsonObject includes = JsonReplies.obj(body, "includes");
        JsonValue list = includes == null ? null : includes.get("users");
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue u : list.asJsonArray()) {
                if (u.getValueType() == JsonValue.ValueType.OBJECT && JsonReplies.str(u.asJsonObject(), "id") != null) {
                    users.put(JsonReplies.str(u.asJsonObject(), "id"), u.asJsonObject());
                }
            }
        }
        return users;
    }

    private static HarvestedItem item(JsonObject post, Map<String, JsonObject> users) throws BadReplyException {
        String id = JsonReplies.str(post, "id");
        Instant created = JsonReplies.instant(post, "created_at");
        if (id == null || created == null) {
            throw new BadReplyException("an X post lacks its id or created_at");
        }
        String authorId = JsonReplies.str(post, "author_id");
        String username = JsonReplies.str(users.get(authorId), "username");
        // a long post ("note") arrives cut at 280 characters in text; the whole of it is in note_tweet
        String text = JsonReplies.str(JsonReplies.obj(post, "note_tweet"), "text");
        if (text == null) {
            text = JsonReplies.str(post, "text");
        }
        JsonObject metrics = JsonReplies.obj(post, "public_metrics");
        HarvestedItem.Builder b = HarvestedItem.builder(PLATFORM, id)
                .url(username != null ? "https://x.com/" + username + "/status/" + id : "https://x.com/i/web/status/" + id)
                .author(username, authorId)
                .text(unescape(text == null ? "" : text))
                .createdAt(created)
                .likes(JsonReplies.num(metrics, "like_count"))
                .shares(JsonReplies.num(metrics, "retweet_count") + JsonReplies.num(metrics, "quote_count"))
                .comments(JsonReplies.num(metrics, "reply_count"))
                .views(JsonReplies.num(metrics, "impression_count"));
        String parent = repliedTo(post);
        if (parent != null) {
            String conversation = JsonReplies.str(post, "conversation_id");
            b.kind("comment").replyTo(parent, conversation != null ? conversation : parent);
        }
        return b.build();
    }

    private static String repliedTo(JsonObject post) {
        JsonValue refs = post.get("referenced_tweets");
        if (refs == null || refs.getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        for (JsonValue r : refs.asJsonArray()) {
            if (r.getValueType() == JsonValue.ValueType.OBJECT
                    && "replied_to".equals(JsonReplies.str(r.asJsonObject(), "type"))) {
                return JsonReplies.str(r.asJsonObject(), "id");
            }
        }
        return null;
    }

    /** X escapes exactly these three characters in post text, as HTML would. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
