package vn.langnghe.harvest.connector.reddit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.JsonReplies;

/**
 * Reads Reddit's "thing" JSON: a {@code Listing} whose {@code children} are {@code {kind, data}} pairs,
 * posts ({@code t3}) and comments ({@code t1}, with their answers under {@code replies}). Bodies are
 * asked with {@code raw_json=1}, so text arrives unescaped (Markdown, not HTML).
 */
final class RedditListing {
    private static final String SITE = "https://www.reddit.com";

    private RedditListing() {
    }

    /** The {@code data} of a listing, or a {@link BadReplyException} when the reply is not one. */
    static JsonObject data(JsonObject listing, String host) throws BadReplyException {
        JsonObject data = JsonReplies.obj(listing, "data");
        if (!"Listing".equals(JsonReplies.str(listing, "kind")) || data == null) {
            throw new BadReplyException("the reply from " + host + " is not the Listing Reddit documents");
        }
        return data;
    }

    static JsonObject child(JsonValue v, String host) throws BadReplyException {
        if (v.getValueType() != JsonValue.ValueType.OBJECT || JsonReplies.obj(v.asJsonObject(), "data") == null) {
            throw new BadReplyException("an entry of the listing from " + host + " is not a {kind, data} thing");
        }
        return v.asJsonObject();
    }

    static HarvestedItem item(String kind, JsonObject d) throws BadReplyException {
        String name = JsonReplies.str(d, "name");
        long created = JsonReplies.num(d, "created_utc");
        if (name == null || created <= 0) {
            throw new BadReplyException("a Reddit " + (kind == null ? "item" : kind) + " lacks its name or created_utc");
        }
        String permalink = JsonReplies.str(d, "permalink");
        HarvestedItem.Builder b = HarvestedItem.builder(RedditConnector.PLATFORM, name)
                .url(permalink == null ? null : SITE + permalink)
                .author(JsonReplies.str(d, "author"), JsonReplies.str(d, "author_fullname"))
                .createdAt(Instant.ofEpochSecond(created))
                .likes(JsonReplies.num(d, "score"));
        if ("t1".equals(kind)) {
            String thread = JsonReplies.str(d, "link_id");
            String parent = JsonReplies.str(d, "parent_id");
            return b.kind("comment").replyTo(parent != null ? parent : thread, thread)
                    .text(words(JsonReplies.str(d, "body")))
                    .build();
        }
        if (!"t3".equals(kind)) {
            throw new BadReplyException("the listing holds a \"" + kind + "\", not a post or a comment");
        }
        return b.title(JsonReplies.str(d, "title"))
                .text(words(JsonReplies.str(d, "selftext")))
                .comments(JsonReplies.num(d, "num_comments"))
                .shares(JsonReplies.num(d, "num_crossposts"))
                .build();
    }

    /** A deleted or removed item keeps its place in the listing but has nothing left to say. */
    static boolean isRemoved(HarvestedItem item) {
        return "comment".equals(item.kind()) ? item.text() == null : item.text() == null && item.title() == null;
    }

    /**
     * The comments of {@code /comments/{id}.json}: a two-element array, the post's listing then the
     * comments' listing, flattened depth-first so a reply follows what it answers.
     */
    static List<HarvestedItem> commentTree(JsonArray reply, String host) throws BadReplyException {
        if (reply.size() != 2 || reply.get(1).getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadReplyException("the comments reply from " + host + " is not the documented [post, comments] pair");
        }
        List<HarvestedItem> items = new ArrayList<>();
        collect(reply.getJsonObject(1), host, items);
        return items;
    }

    private static void collect(JsonObject listing, String host, List<HarvestedItem> items) throws BadReplyException {
        JsonArray children = JsonReplies.requireArray(data(listing, host), "children", host);
        for (JsonValue v : children) {
            JsonObject child = child(v, host);
            if (!"t1".equals(JsonReplies.str(child, "kind"))) {
                continue;
            }
            JsonObject d = JsonReplies.obj(child, "data");
            HarvestedItem comment = item("t1", d);
            if (!isRemoved(comment)) {
                items.add(comment);
            }
            // "replies" is an empty string when there are none, a Listing otherwise
            JsonObject replies = JsonReplies.obj(d, "replies");
            if (replies != null) {
                collect(replies, host, items);
            }
        }
    }

    private static String words(String text) {
        if (text == null || text.isBlank() || text.equals("[deleted]") || text.equals("[removed]")) {
            return null;
        }
        return text;
    }
}
