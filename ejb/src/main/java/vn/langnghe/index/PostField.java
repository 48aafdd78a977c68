package vn.langnghe.index;

/**
 * The fields of the Solr {@code posts} collection, declared once. The schema in
 * {@code solr-config/src/main/resources/configsets/posts/conf/managed-schema.xml} is the other half of
 * this contract: a name changed here must change there.
 */
public final class PostField {
    public static final String ID = "id";
    public static final String PLATFORM = "platform";
    public static final String SOURCE = "source";
    public static final String KIND = "kind";
    public static final String URL = "url";
    public static final String PARENT_ID = "parent_id";
    public static final String THREAD_ID = "thread_id";
    public static final String AUTHOR_NAME = "author_name";
    public static final String AUTHOR_ID = "author_id";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    /** Copy of title/text analysed without diacritic folding, for exact matches. */
    public static final String TITLE_EXACT = "title_exact";
    public static final String TEXT_EXACT = "text_exact";
    public static final String LANGUAGE = "language";
    public static final String CREATED_AT = "created_at";
    public static final String HARVESTED_AT = "harvested_at";
    public static final String LIKES = "likes";
    public static final String SHARES = "shares";
    public static final String COMMENTS = "comments";
    public static final String VIEWS = "views";
    public static final String SENTIMENT = "sentiment";
    public static final String SENTIMENT_SCORE = "sentiment_score";
    /** The calibrated probability that the model's label is right; absent after an analyst's correction. */
    public static final String SENTIMENT_CONFIDENCE = "sentiment_confidence";
    /** The words behind the sentiment label (stored only, for the post page). */
    public static final String SENTIMENT_EVIDENCE = "sentiment_evidence";
    public static final String TOPICS = "topics";
    /**
     * Per-topic sentiment, {@code topic:polarity} pairs ({@code transport:negative}), read clause by clause;
     * a post praising one thing and complaining of another carries both. Absent on posts indexed before
     * it existed, until a reindex.
     */
    public static final String TOPIC_SENTIMENT = "topic_sentiment";
    /** Depth-prefixed region path tokens ({@code 0/hcmc}, {@code 1/hcmc/q1}...) for drill-down facets. */
    public static final String REGION_PATH = "region_path";
    public static final String REGION_AREAS = "region_areas";
    public static final String REGION_UNITS = "region_units";
    public static final String KEYWORDS = "keywords";
    public static final String HASHTAGS = "hashtags";
    public static final String SIGNATURE = "signature";
    public static final String SIGNATURE_BANDS = "signature_bands";
    public static final String SIGNATURE_KEY = "signature_key";
    public static final String DUP_GROUP = "dup_group";
    public static final String INDEXED_AT = "indexed_at";
    /**
     * When the post first arrived in the index, kept for life (stamped by Solr's update chain when a
     * document comes without it, carried over by the pipeline on every re-index): the order API clients
     * poll and feeds list new items in. Absent on posts indexed before it existed, until a reindex.
     */
    public static final String FIRST_INDEXED_AT = "first_indexed_at";

    private PostField() {
    }
}
