package vn.langnghe.search;

import java.time.Instant;
import java.util.List;

/**
 * A post as a reader sees it: for a unit without personal-data clearance the author's name and id, the
 * profile links and the handles in the text are already pseudonyms ({@link PersonalDataMask}). The
 * sentiment's evidence is the words the model read as positive or negative (empty after an analyst's
 * correction).
 */
public record PostView(String id, String platform, String kind, String title, String text, String authorName,
                       String authorId, String url, Instant createdAt, String sentiment, List<String> topics,
                       List<String> regions, Engagement engagement, List<String> sentimentEvidence) {
    public PostView {
        topics = topics == null ? List.of() : List.copyOf(topics);
        regions = regions == null ? List.of() : List.copyOf(regions);
        sentimentEvidence = sentimentEvidence == null ? List.of() : List.copyOf(sentimentEvidence);
    }

    /** What the platform counted when the post was last harvested. */
    public record Engagement(long likes, long shares, long comments, long views) {
        /** Likes, shares and comments: what the engagement order sorts by. */
        public long total() {
            return likes + shares + comments;
        }
    }

    PostView masked(String name, String authorIdPseudonym, String maskedUrl, String maskedTitle, String maskedText) {
        return new PostView(id, platform, kind, maskedTitle, maskedText, name, authorIdPseudonym, maskedUrl, createdAt,
                sentiment, topics, regions, engagement, sentimentEvidence);
    }
}
