package vn.langnghe.harvest.connector.instagram;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.JsonReplies;

/** Turns IG Media and IG Comments into harvested items. */
final class InstagramItems {
    static final String PLATFORM = "instagram";

    private InstagramItems() {
    }

    static Instant timestamp(JsonObject o) throws BadReplyException {
        Instant at = JsonReplies.instant(o, "timestamp");
        if (JsonReplies.str(o, "id") == null || at == null) {
            throw new BadReplyException("an Instagram media or comment lacks its id or timestamp");
        }
        return at;
    }

    /**
     * A photo, video or album; empty when it has no caption. Hashtag media carry no username (the API
     * does not say who posted them).
     */
    static Optional<HarvestedItem> media(JsonObject m) throws BadReplyException {
        Instant at = timestamp(m);
        String caption = JsonReplies.str(m, "caption");
        if (caption == null || caption.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(HarvestedItem.builder(PLATFORM, JsonReplies.str(m, "id"))
                .url(JsonReplies.str(m, "permalink"))
                .author(JsonReplies.str(m, "username"), null)
                .text(caption)
                .createdAt(at)
                .likes(JsonReplies.num(m, "like_count"))
                .comments(JsonReplies.num(m, "comments_count"))
                .build());
    }

    /** A comment on {@code mediaId} or a reply to the comment {@code parentId}; empty without text. */
    static Optional<HarvestedItem> comment(JsonObject c, String parentId, String mediaId) throws BadReplyException {
        Instant at = timestamp(c);
        String text = JsonReplies.str(c, "text");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(HarvestedItem.builder(PLATFORM, JsonReplies.str(c, "id"))
                .kind("comment")
                .replyTo(parentId, mediaId)
                .author(JsonReplies.str(c, "username"), JsonReplies.str(JsonReplies.obj(c, "from"), "id"))
                .text(text)
                .createdAt(at)
                .likes(JsonReplies.num(c, "like_count"))
                .build());
    }
}
