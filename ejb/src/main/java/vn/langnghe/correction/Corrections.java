package vn.langnghe.correction;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.Outcome;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.PostDocuments;
import vn.langnghe.index.PostField;
import vn.langnghe.index.SignatureBands;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.TopicSentimentPairs;
import vn.langnghe.search.Reader;
import vn.langnghe.search.ScopedQuery;

/**
 * An analyst corrects a post's sentiment, topics or places: the correction is stored (old → new, who,
 * unit, when, and the post's text as a training example) and applied to the Solr document at once by an
 * atomic update; the pipeline applies it again whenever the post is re-harvested ({@link PostCorrections}).
 * Only posts inside the analyst's scope can be corrected (one outside looks missing). Audited
 * {@code correction}, target {@code post:<id>}, detail {@code field old → new}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Corrections {
    private static final String[] FIELDS = {PostField.ID, PostField.LANGUAGE, PostField.TITLE, PostField.TEXT,
            PostField.SENTIMENT, PostField.TOPICS, PostField.REGION_PATH, PostField.SIGNATURE, PostField.FIRST_INDEXED_AT,
            PostField.TOPIC_SENTIMENT};

    @Resource(lookup = "jdbc/langnghe")
    DataSource dataSource;

    @Inject
    SolrConnection solr;

    @Inject
    AuditLog audit;

    private Clock clock = Clock.systemUTC();
    private CorrectionStore store;

    /** For the container (a session bean needs a public constructor without parameters). */
    public Corrections() {
    }

    /** Outside a server (tests). */
    public Corrections(DataSource dataSource, SolrConnection solr, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.solr = solr;
        this.audit = audit;
        this.clock = clock;
        init();
    }

    @PostConstruct
    void init() {
        store = new CorrectionStore(dataSource);
    }

    /** Stores and applies a correction; a bad value or a post outside the reader's scope is refused. */
    public Correction correct(Reader reader, String postId, CorrectedField field, String newValue) throws IndexingException {
        AuditEvent event = AuditEvent.of(reader.username(), "correction").unit(reader.unitCode())
                .target(cut("post:" + postId, 500));
        CorrectionValue value;
        SolrDocument doc;
        try {
            value = CorrectionValue.parse(field, newValue);
            doc = inScope(reader, postId);
        } catch (CorrectionException e) {
            audit.record(event.outcome(Outcome.DENIED).detail(field.code() + ": " + e.getMessage()));
            throw e;
        }
        String old = oldValue(doc, field);
        Instant at = clock.instant();
        long id = store.insert(postId, value, old, reader.username(), reader.unitCode(), at,
                str(doc, PostField.LANGUAGE), exampleText(doc));
        try {
            solr.client().add(solr.collection(), update(doc, value));
            solr.client().commit(solr.collection(), false, true, true);
        } catch (SolrServerException | IOException | RuntimeException e) {
            // the correction did not happen: keeping the row would apply it later, unseen by the analyst
            store.delete(id);
            audit.record(event.outcome(Outcome.FAILED).detail(field.code() + " " + old + " → " + value.text()
                    + "; the index refused it"));
            throw new IndexingException("the search index did not take the correction; nothing was changed", e);
        }
        audit.record(event.detail(cut(field.code() + " " + old + " → " + value.text(), 2000)));
        return new Correction(id, postId, field, old, value.text(), reader.username(), reader.unitCode(), at);
    }

    /** Every correction of a post the reader can see, oldest first (old → new of each). */
    public List<Correction> history(Reader reader, String postId) throws IndexingException {
        inScope(reader, postId);
        return store.history(postId);
    }

    private SolrDocument inScope(Reader reader, String postId) throws IndexingException {
        if (postId == null || postId.isBlank() || postId.length() > 500) {
            throw new CorrectionException("there is no such post in your scope");
        }
        SolrQuery q = ScopedQuery.byId(reader, postId);
        q.setFields(FIELDS);
        SolrDocumentList docs;
        try {
            docs = solr.client().query(solr.collection(), q).getResults();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("the search index could not answer: " + e.getClass().getSimpleName(), e);
        }
        if (docs.isEmpty()) {
            throw new CorrectionException("there is no such post in your scope");
        }
        return docs.get(0);
    }

    /**
     * The atomic update: the corrected fields, and the fields Solr cannot carry over by itself. Solr
     * rebuilds the document from stored and docValues fields; {@code signature_bands} is neither, so it
     * is written again from the stored signature, or near-duplicate lookups would lose the post.
     */
    static SolrInputDocument update(SolrDocument doc, CorrectionValue value) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(PostField.ID, doc.getFirstValue(PostField.ID));
        switch (value.field()) {
            case SENTIMENT -> {
                d.setField(PostField.SENTIMENT, set(value.text()));
                d.setField(PostField.SENTIMENT_SCORE, set((float) CorrectionValue.score(value.text())));
                // the model's evidence explained the label the analyst replaced (as Post.withSentiment)
                d.setField(PostField.SENTIMENT_EVIDENCE, set(null));
                d.setField(PostField.SENTIMENT_CONFIDENCE, set(null));
                d.setField(PostField.TOPIC_SENTIMENT, set(orNull(TopicSentimentPairs.afterSentimentCorrection(
                        strings(doc, PostField.TOPIC_SENTIMENT), strings(doc, PostField.TOPICS), value.text()))));
            }
            case TOPICS -> {
                d.setField(PostField.TOPICS, set(value.codes().isEmpty() ? null : value.codes()));
                d.setField(PostField.TOPIC_SENTIMENT, set(orNull(TopicSentimentPairs.afterTopicCorrection(
                        strings(doc, PostField.TOPIC_SENTIMENT), value.codes(), str(doc, PostField.SENTIMENT)))));
            }
            case REGIONS -> {
                for (Map.Entry<String, List<String>> e : PostDocuments.regionFields(value.areas(), value.units()).entrySet()) {
                    d.setField(e.getKey(), set(e.getValue().isEmpty() ? null : e.getValue()));
                }
            }
        }
        String signature = str(doc, PostField.SIGNATURE);
        if (signature != null) {
            d.setField(PostField.SIGNATURE_BANDS, set(SignatureBands.of(signature)));
        }
        // Solr's update chain stamps first_indexed_at on a document that comes without it, and a plain
        // value in an atomic update is a "set": naming the value read keeps the post's first arrival (a
        // correction must not make it new again for API clients polling for new items)
        Object firstIndexed = doc.getFirstValue(PostField.FIRST_INDEXED_AT);
        if (firstIndexed != null) {
            d.setField(PostField.FIRST_INDEXED_AT, set(firstIndexed));
        }
        return d;
    }

    private static List<String> orNull(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    private static Map<String, Object> set(Object v) {
        return Collections.singletonMap("set", v);
    }

    static String oldValue(SolrDocument doc, CorrectedField field) {
        return switch (field) {
            case SENTIMENT -> str(doc, PostField.SENTIMENT) == null ? "" : str(doc, PostField.SENTIMENT);
            case TOPICS -> String.join(",", strings(doc, PostField.TOPICS));
            case REGIONS -> CorrectionValue.placesText(strings(doc, PostField.REGION_PATH));
        };
    }

    /** As the pipeline analyses it: the title, then the text. */
    private static String exampleText(SolrDocument doc) {
        String title = str(doc, PostField.TITLE);
        String text = str(doc, PostField.TEXT);
        if (title == null || title.isBlank()) {
            return text;
        }
        return text == null || text.isBlank() ? title : title + ".\n" + text;
    }

    private static String str(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

    private static List<String> strings(SolrDocument d, String field) {
        Collection<Object> values = d.getFieldValues(field);
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> out.add(v.toString()));
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
