package vn.langnghe.harvest.connector.tiktok;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.JsonReplies;

/** Videos and comments as items. Times are Unix seconds; ids are 64-bit numbers, kept as text. */
final class TikTokItems {
    private TikTokItems() {
    }

    /** Empty when the video has no words at all (no description, no hashtag): nothing to analyse. */
    static Optional<HarvestedItem> video(JsonObject v) throws BadReplyException {
        String id = JsonReplies.str(v, "id");
        Instant created = epoch(v, "create_time");
        if (id == null || created == null) {
            throw new BadReplyException("a TikTok video lacks its id or create_time");
        }
        String text = JsonReplies.str(v, "video_description");
        if (text == null || text.isBlank()) {
            text = String.join(" ", hashtags(v));
        }
        if (text.isBlank()) {
            return Optional.empty();
        }
        String username = JsonReplies.str(v, "username");
        return Optional.of(HarvestedItem.builder(TikTokConnector.PLATFORM, id)
                .kind("video")
                .url(username != null ? "https://www.tiktok.com/@" + username + "/video/" + id : null)
                // the Research API names a video's author by username only
                .author(username, username)
                .text(text)
                .createdAt(created)
                .likes(JsonReplies.num(v, "like_count"))
                .shares(JsonReplies.num(v, "share_count"))
                .comments(JsonReplies.num(v, "comment_count"))
                .views(JsonReplies.num(v, "view_count"))
                .build());
    }

    /**
     * A comment answers the comment named by {@code parent_comment_id}; a top-level comment names the
     * video itself there. The Research API gives no commenter name.
     */
    static Optional<HarvestedItem> comment(JsonObject c, String videoId) throws BadReplyException {
        String id = JsonReplies.str(c, "id");
        Instant created = epoch(c, "create_time");
        if (id == null || created == null) {
            throw new BadReplyException("a TikTok comment lacks its id or create_time");
        }
        String text = JsonReplies.str(c, "text");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String video = JsonReplies.str(c, "video_id") != null ? JsonReplies.str(c, "video_id") : videoId;
        String parent = JsonReplies.str(c, "parent_comment_id");
        return Optional.of(HarvestedItem.builder(TikTokConnector.PLATFORM, id)
                .kind("comment")
                .replyTo(parent == null || parent.equals("0") ? video : parent, video)
                .text(text)
                .createdAt(created)
                .likes(JsonReplies.num(c, "like_count"))
                .comments(JsonReplies.num(c, "reply_count"))
                .build());
    }

    private static List<String> hashtags(JsonObject v) {
        List<String> tags = new ArrayList<>();
        JsonValue list = v.get("hashtag_names");
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue t : list.asJsonArray()) {
                if (t instanceof JsonString s && !s.getString().isBlank()) {
                    tags.add("#" + s.getString());
                }
            }
        }
        return tags;
    }

    private static Instant epoch(JsonObject o, String name) {
        long s = JsonReplies.num(o, name);
        return s > 0 ? Instant.ofEpochSecond(s) : null;
    }
}
