package vn.langnghe.harvest.connector.facebook;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.JsonReplies;

/** Turns Page posts and comments into harvested items. */
final class FacebookItems {
    static final String PLATFORM = "facebook";

    private FacebookItems() {
    }

    static Instant created(JsonObject o) throws BadReplyException {
        Instant created = JsonReplies.instant(o, "created_time");
        if (JsonReplies.str(o, "id") == null || created == null) {
            throw new BadReplyException("a Facebook post or comment lacks its id or created_time");
        }
        return created;
    }

    /** A Page post ({@code {page-id}_{post-id}}); empty when it has no message (a photo alone). */
    static Optional<HarvestedItem> post(JsonObject p) throws BadReplyException {
        Instant created = created(p);
        String id = JsonReplies.str(p, "id");
        String message = JsonReplies.str(p, "message");
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        int underscore = id.indexOf('_');
        return Optional.of(HarvestedItem.builder(PLATFORM, id)
                .url(JsonReplies.str(p, "permalink_url"))
                .author(null, underscore > 0 ? id.substring(0, underscore) : null)
                .text(message)
                .createdAt(created)
                .likes(JsonReplies.num(JsonReplies.obj(JsonReplies.obj(p, "reactions"), "summary"), "total_count"))
                .shares(JsonReplies.num(JsonReplies.obj(p, "shares"), "count"))
                .comments(JsonReplies.num(JsonReplies.obj(JsonReplies.obj(p, "comments"), "summary"), "total_count"))
                .build());
    }

    /**
     * A comment of {@code postId}: a reply names the comment it answers in {@code parent}, a top-level
     * comment answers the post. Empty when it has no text (a sticker or a photo alone).
     */
    static Optional<HarvestedItem> comment(JsonObject c, String postId) throws BadReplyException {
        Instant created = created(c);
        String message = JsonReplies.str(c, "message");
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        String parent = JsonReplies.str(JsonReplies.obj(c, "parent"), "id");
        JsonObject from = JsonReplies.obj(c, "from");
        return Optional.of(HarvestedItem.builder(PLATFORM, JsonReplies.str(c, "id"))
                .kind("comment")
                .url(JsonReplies.str(c, "permalink_url"))
                .replyTo(parent != null ? parent : postId, postId)
                .author(JsonReplies.str(from, "name"), JsonReplies.str(from, "id"))
                .text(message)
                .createdAt(created)
                .likes(JsonReplies.num(c, "like_count"))
                .comments(JsonReplies.num(c, "comment_count"))
                .build());
    }
}
