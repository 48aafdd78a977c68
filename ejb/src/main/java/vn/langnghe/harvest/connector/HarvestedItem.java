package vn.langnghe.harvest.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * An item as a connector found it, before analysis. Its id in the index is {@code platform:nativeId},
 * so fetching it again replaces it (and updates the engagement counts).
 *
 * @param platform       the platform name used in ids and the platform facet, e.g. {@code facebook}
 * @param nativeId       the platform's own id
 * @param kind           {@code post}, {@code comment}, {@code article}, {@code video} or {@code page}
 * @param parentNativeId for a comment, the native id of what it answers (post or comment); else null
 * @param threadNativeId the native id of the post that starts the thread; null for a post
 * @param title          plain text unless {@code html} is true
 * @param text           the body; plain text unless {@code html} is true. Plain text is stored as it is,
 *                       so a connector decodes whatever escaping its platform applies (X's {@code &amp;})
 * @param html           whether {@code title} and {@code text} are HTML, which the analysis reads (decoding
 *                       its entities once) and cleans
 */
public record HarvestedItem(
        String platform,
        String nativeId,
        String kind,
        String url,
        String parentNativeId,
        String threadNativeId,
        String authorName,
        String authorId,
        String title,
        String text,
        boolean html,
        Instant createdAt,
        long likes,
        long shares,
        long comments,
        long views) {

    public HarvestedItem {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(nativeId, "nativeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        if (nativeId.isBlank()) {
            throw new IllegalArgumentException("empty native id");
        }
    }

    public String id() {
        return platform + ":" + nativeId;
    }

    public static Builder builder(String platform, String nativeId) {
        return new Builder(platform, nativeId);
    }

    /** Most platforms fill only some fields. */
    public static final class Builder {
        private final String platform;
        private final String nativeId;
        private String kind = "post";
        private String url;
        private String parentNativeId;
        private String threadNativeId;
        private String authorName;
        private String authorId;
        private String title;
        private String text;
        private boolean html;
        private Instant createdAt;
        private long likes;
        private long shares;
        private long comments;
        private long views;

        private Builder(String platform, String nativeId) {
            this.platform = platform;
            this.nativeId = nativeId;
        }

        public Builder kind(String v) { kind = v; return this; }
        public Builder url(String v) { url = v; return this; }
        /** A comment: what it answers and the post that starts its thread. */
        public Builder replyTo(String parent, String thread) { parentNativeId = parent; threadNativeId = thread; return this; }
        public Builder author(String name, String id) { authorName = name; authorId = id; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder text(String v) { text = v; html = false; return this; }
        public Builder html(String v) { text = v; html = true; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder likes(long v) { likes = v; return this; }
        public Builder shares(long v) { shares = v; return this; }
        public Builder comments(long v) { comments = v; return this; }
        public Builder views(long v) { views = v; return this; }

        public HarvestedItem build() {
            return new HarvestedItem(platform, nativeId, kind, url, parentNativeId, threadNativeId, authorName,
                    authorId, title, text, html, createdAt, likes, shares, comments, views);
        }
    }
}
