package vn.langnghe.search;

import java.time.Instant;
import java.util.List;

/**
 * A post as a reader sees it: for a unit without personal-data clearance the author's name and id, the
 * profile links and the handles in the text are already pseudonyms ({@link PersonalDataMask}). The
 * sentiment's evidence is the words the model read as positive or negative, its confidence the calibrated
 * probability that the model's label is right (both empty after an analyst's correction; no confidence
 * either in posts indexed before it was kept).
 */
public record PostView(String id, String platform, String kind, String title, String text, String authorName,
                       String authorId, String url, Instant createdAt, String sentiment, List<String> topics,
                       List<String> regions, Engagement engagement, List<String> sentimentEvidence,
                       Double sentimentConfidence) {
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
                sentiment, topics, regions, engagement, sentimentEvidence, sentimentConfidence);
    }

    /**
     * The analysis's threshold of an uncertain label ({@code Analysis.UNCERTAIN_BELOW}; the search package
     * does not depend on the analysis, and PostViewTest keeps the two equal).
     */
    public static final double UNCERTAIN_BELOW = 0.6;

    /** The model's label is a weak guess; an analyst's label never is. */
    public boolean sentimentUncertain() {
        return sentiment != null && sentimentConfidence != null && sentimentConfidence < UNCERTAIN_BELOW;
    }
}
