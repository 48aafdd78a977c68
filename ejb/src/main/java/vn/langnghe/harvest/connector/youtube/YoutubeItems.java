package vn.langnghe.harvest.connector.youtube;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.JsonReplies;

/** Turns video and comment resources into harvested items. */
final class YoutubeItems {
    static final String PLATFORM = "youtube";
    private static final String WATCH = "https://www.youtube.com/watch?v=";

    private YoutubeItems() {
    }

    /** A {@code youtube#video} resource read with {@code part=snippet,statistics}. */
    static HarvestedItem video(JsonObject v) throws BadReplyException {
        String id = JsonReplies.str(v, "id");
        JsonObject snippet = JsonReplies.obj(v, "snippet");
        Instant published = JsonReplies.instant(snippet, "publishedAt");
        if (id == null || id.isBlank() || published == null) {
            throw new BadReplyException("a YouTube video lacks its id or snippet.publishedAt");
        }
        JsonObject stats = JsonReplies.obj(v, "statistics");
        return HarvestedItem.builder(PLATFORM, id)
                .kind("video")
                .url(WATCH + id)
                .author(JsonReplies.str(snippet, "channelTitle"), JsonReplies.str(snippet, "channelId"))
                .title(JsonReplies.str(snippet, "title"))
                .text(nonNull(JsonReplies.str(snippet, "description")))
                .createdAt(published)
                .views(JsonReplies.num(stats, "viewCount"))
                .likes(JsonReplies.num(stats, "likeCount"))
                .comments(JsonReplies.num(stats, "commentCount"))
                .build();
    }

    /**
     * A {@code youtube#comment} resource: a thread's top-level comment (its parent is the video) or a
     * reply (its parent is the top-level comment). Empty when it has no text to read.
     */
    static Optional<HarvestedItem> comment(JsonObject c, String parentId, String videoId, long replies)
            throws BadReplyException {
        String id = JsonReplies.str(c, "id");
        JsonObject snippet = JsonReplies.obj(c, "snippet");
        Instant published = JsonReplies.instant(snippet, "publishedAt");
        if (id == null || id.isBlank() || published == null) {
            throw new BadReplyException("a YouTube comment lacks its id or snippet.publishedAt");
        }
        String text = JsonReplies.str(snippet, "textDisplay");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(HarvestedItem.builder(PLATFORM, id)
                .kind("comment")
                .url(WATCH + videoId + "&lc=" + id)
                .replyTo(parentId, videoId)
                .author(JsonReplies.str(snippet, "authorDisplayName"),
                        JsonReplies.str(JsonReplies.obj(snippet, "authorChannelId"), "value"))
                .text(text)
                .createdAt(published)
                .likes(JsonReplies.num(snippet, "likeCount"))
                .comments(replies)
                .build());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
