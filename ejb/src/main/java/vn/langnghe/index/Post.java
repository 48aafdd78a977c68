package vn.langnghe.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One harvested item (post, comment, article or video) with its analysis, as it goes into the index.
 * The id is {@code platform:nativeId}, so indexing the same item again replaces it.
 */
public record Post(
        String id,
        String platform,
        String source,
        String kind,
        String url,
        String parentId,
        String threadId,
        String authorName,
        String authorId,
        String title,
        String text,
        String language,
        Instant createdAt,
        Instant harvestedAt,
        long likes,
        long shares,
        long comments,
        long views,
        String sentiment,
        Double sentimentScore,
        List<String> topics,
        List<String> regionAreas,
        List<String> regionUnits,
        List<String> keywords,
        List<String> hashtags,
        String signature,
        String dupGroup,
        List<String> sentimentEvidence,
        Instant firstIndexedAt,
        List<String> topicSentiments,
        Double sentimentConfidence) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        topics = topics == null ? List.of() : List.copyOf(topics);
        regionAreas = regionAreas == null ? List.of() : List.copyOf(regionAreas);
        regionUnits = regionUnits == null ? List.of() : List.copyOf(regionUnits);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        sentimentEvidence = sentimentEvidence == null ? List.of() : List.copyOf(sentimentEvidence);
        topicSentiments = topicSentiments == null ? List.of() : List.copyOf(topicSentiments);
    }

    /** A post without per-topic sentiment (callers written before it existed). */
    public Post(String id, String platform, String source, String kind, String url, String parentId, String threadId,
            String authorName, String authorId, String title, String text, String language, Instant createdAt,
            Instant harvestedAt, long likes, long shares, long comments, long views, String sentiment,
            Double sentimentScore, List<String> topics, List<String> regionAreas, List<String> regionUnits,
            List<String> keywords, List<String> hashtags, String signature, String dupGroup,
            List<String> sentimentEvidence, Instant firstIndexedAt) {
        this(id, platform, source, kind, url, parentId, threadId, authorName, authorId, title, text, language,
                createdAt, harvestedAt, likes, shares, comments, views, sentiment, sentimentScore, topics, regionAreas,
                regionUnits, keywords, hashtags, signature, dupGroup, sentimentEvidence, firstIndexedAt, List.of(), null);
    }

    public static String id(String platform, String nativeId) {
        return platform + ":" + nativeId;
    }

    /** The same post in another near-duplicate group. */
    public Post withDupGroup(String group) {
        return new Post(id, platform, source, kind, url, parentId, threadId, authorName, authorId, title, text,
                language, createdAt, harvestedAt, likes, shares, comments, views, sentiment, sentimentScore, topics,
                regionAreas, regionUnits, keywords, hashtags, signature, group, sentimentEvidence, firstIndexedAt, topicSentiments,
                sentimentConfidence);
    }

    /**
     * The same post keeping the moment it first arrived in the index (read from its earlier version):
     * a re-index must not make it new again for those who poll for new items. Null: a new post, which
     * Solr stamps when it arrives.
     */
    public Post withFirstIndexedAt(Instant at) {
        return new Post(id, platform, source, kind, url, parentId, threadId, authorName, authorId, title, text,
                language, createdAt, harvestedAt, likes, shares, comments, views, sentiment, sentimentScore, topics,
                regionAreas, regionUnits, keywords, hashtags, signature, dupGroup, sentimentEvidence, at, topicSentiments,
                sentimentConfidence);
    }

    /**
     * The same post with an analyst's sentiment label and score; the model's evidence and confidence go,
     * since they were about the label the analyst replaced.
     */
    public Post withSentiment(String label, Double score) {
        return new Post(id, platform, source, kind, url, parentId, threadId, authorName, authorId, title, text,
                language, createdAt, harvestedAt, likes, shares, comments, views, label, score, topics,
                regionAreas, regionUnits, keywords, hashtags, signature, dupGroup, List.of(), firstIndexedAt,
                TopicSentimentPairs.afterSentimentCorrection(topicSentiments, topics, label), null);
    }

    /** The same post with an analyst's topic codes. */
    public Post withTopics(List<String> codes) {
        return new Post(id, platform, source, kind, url, parentId, threadId, authorName, authorId, title, text,
                language, createdAt, harvestedAt, likes, shares, comments, views, sentiment, sentimentScore, codes,
                regionAreas, regionUnits, keywords, hashtags, signature, dupGroup, sentimentEvidence, firstIndexedAt,
                TopicSentimentPairs.afterTopicCorrection(topicSentiments, codes, sentiment), sentimentConfidence);
    }

    /** The same post with an analyst's places. */
    public Post withRegions(List<String> areas, List<String> units) {
        return new Post(id, platform, source, kind, url, parentId, threadId, authorName, authorId, title, text,
                language, createdAt, harvestedAt, likes, shares, comments, views, sentiment, sentimentScore, topics,
                areas, units, keywords, hashtags, signature, dupGroup, sentimentEvidence, firstIndexedAt, topicSentiments,
                sentimentConfidence);
    }

    public static Builder builder(String platform, String nativeId) {
        return new Builder(platform, nativeId);
    }

    /** Builder, because most items fill only some of the fields. */
    public static final class Builder {
        private final String platform;
        private final String nativeId;
        private String source;
        private String kind = "post";
        private String url;
        private String parentId;
        private String threadId;
        private String authorName;
        private String authorId;
        private String title;
        private String text;
        private String language;
        private Instant createdAt;
        private Instant harvestedAt;
        private long likes;
        private long shares;
        private long comments;
        private long views;
        private String sentiment;
        private Double sentimentScore;
        private List<String> topics = List.of();
        private List<String> regionAreas = List.of();
        private List<String> regionUnits = List.of();
        private List<String> keywords = List.of();
        private List<String> hashtags = List.of();
        private String signature;
        private List<String> sentimentEvidence = List.of();
        private List<String> topicSentiments = List.of();
        private Double sentimentConfidence;

        private Builder(String platform, String nativeId) {
            this.platform = platform;
            this.nativeId = nativeId;
        }

        public Builder source(String v) { source = v; return this; }
        public Builder kind(String v) { kind = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder parentId(String v) { parentId = v; return this; }
        public Builder threadId(String v) { threadId = v; return this; }
        public Builder author(String name, String id) { authorName = name; authorId = id; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder harvestedAt(Instant v) { harvestedAt = v; return this; }
        public Builder engagement(long likes, long shares, long comments, long views) {
            this.likes = likes; this.shares = shares; this.comments = comments; this.views = views; return this;
        }
        public Builder sentiment(String label, Double score) { sentiment = label; sentimentScore = score; return this; }
        /** The words the label rests on (what the page shows as evidence). */
        public Builder sentimentEvidence(List<String> v) { sentimentEvidence = v; return this; }
        /** The calibrated probability that the model's label is right (null: no model's label). */
        public Builder sentimentConfidence(Double v) { sentimentConfidence = v; return this; }
        public Builder topics(List<String> v) { topics = v; return this; }
        /** {@code topic:polarity} pairs, e.g. {@code transport:negative}. */
        public Builder topicSentiments(List<String> v) { topicSentiments = v; return this; }
        public Builder regions(List<String> areas, List<String> units) { regionAreas = areas; regionUnits = units; return this; }
        public Builder keywords(List<String> v) { keywords = v; return this; }
        public Builder hashtags(List<String> v) { hashtags = v; return this; }
        public Builder signature(String v) { signature = v; return this; }
        /** The near-duplicate group (the id of its first post); null: the post is its own group. */

        public Post build() {
            return new Post(id(platform, nativeId), platform, source, kind, url, parentId, threadId, authorName,
                    authorId, title, text, language, createdAt, harvestedAt, likes, shares, comments, views,
                    sentiment, sentimentScore, topics, regionAreas, regionUnits, keywords, hashtags, signature, null,
                    sentimentEvidence, null, topicSentiments, sentimentConfidence);
        }
    }
}
