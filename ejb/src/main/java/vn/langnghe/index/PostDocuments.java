package vn.langnghe.index;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;

/** Maps a {@link Post} to the fields of the {@code posts} schema. */
public final class PostDocuments {
    private PostDocuments() {
    }

    public static SolrInputDocument toSolr(Post p) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(PostField.ID, p.id());
        d.setField(PostField.PLATFORM, p.platform());
        setIfPresent(d, PostField.SOURCE, p.source());
        d.setField(PostField.KIND, p.kind());
        setIfPresent(d, PostField.URL, p.url());
        setIfPresent(d, PostField.PARENT_ID, p.parentId());
        setIfPresent(d, PostField.THREAD_ID, p.threadId());
        setIfPresent(d, PostField.AUTHOR_NAME, p.authorName());
        setIfPresent(d, PostField.AUTHOR_ID, p.authorId());
        setIfPresent(d, PostField.TITLE, p.title());
        setIfPresent(d, PostField.TEXT, p.text());
        setIfPresent(d, PostField.LANGUAGE, p.language());
        d.setField(PostField.CREATED_AT, Date.from(p.createdAt()));
        if (p.harvestedAt() != null) {
            d.setField(PostField.HARVESTED_AT, Date.from(p.harvestedAt()));
        }
        d.setField(PostField.LIKES, p.likes());
        d.setField(PostField.SHARES, p.shares());
        d.setField(PostField.COMMENTS, p.comments());
        d.setField(PostField.VIEWS, p.views());
        setIfPresent(d, PostField.SENTIMENT, p.sentiment());
        if (p.sentimentScore() != null) {
            d.setField(PostField.SENTIMENT_SCORE, p.sentimentScore().floatValue());
        }
        if (p.sentimentConfidence() != null) {
            d.setField(PostField.SENTIMENT_CONFIDENCE, p.sentimentConfidence().floatValue());
        }
        setList(d, PostField.SENTIMENT_EVIDENCE, p.sentimentEvidence());
        setList(d, PostField.TOPICS, p.topics());
        setList(d, PostField.TOPIC_SENTIMENT, p.topicSentiments());
        regionFields(p.regionAreas(), p.regionUnits()).forEach((field, values) -> setList(d, field, values));
        setList(d, PostField.KEYWORDS, p.keywords());
        setList(d, PostField.HASHTAGS, p.hashtags());
        setIfPresent(d, PostField.SIGNATURE, p.signature());
        if (p.signature() != null) {
            setList(d, PostField.SIGNATURE_BANDS, SignatureBands.of(p.signature()));
            Integer key = SignatureBands.collapseKey(p.signature());
            if (key != null) {
                d.setField(PostField.SIGNATURE_KEY, key);
            }
        }
        d.setField(PostField.DUP_GROUP, p.dupGroup() != null ? p.dupGroup() : p.id());
        if (p.firstIndexedAt() != null) {
            // a re-index keeps the first arrival; without it Solr's update chain stamps the time it arrives
            d.setField(PostField.FIRST_INDEXED_AT, Date.from(p.firstIndexedAt()));
        }
        return d;
    }

    /**
     * The three region fields of a post's places (empty lists where it names none), written the same way
     * by indexing and by an analyst's correction, so that areas, units and the facet path always agree.
     */
    public static Map<String, List<String>> regionFields(List<String> areas, List<String> units) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(PostField.REGION_AREAS, List.copyOf(areas));
        out.put(PostField.REGION_UNITS, List.copyOf(units));
        out.put(PostField.REGION_PATH, areas.isEmpty() && units.isEmpty() ? List.of() : RegionPath.tokens(areas, units));
        return out;
    }

    private static void setIfPresent(SolrInputDocument d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.setField(field, value);
        }
    }

    private static void setList(SolrInputDocument d, String field, List<String> values) {
        if (!values.isEmpty()) {
            d.setField(field, values);
        }
    }
}
