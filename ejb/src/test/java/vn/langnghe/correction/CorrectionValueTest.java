package vn.langnghe.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostDocuments;
import vn.langnghe.index.PostField;

/** Corrected values: checked, canonical, and written to Solr exactly as indexing writes them. */
class CorrectionValueTest {
    @Test
    void sentimentLabelsOnly() {
        assertEquals("negative", CorrectionValue.parse(CorrectedField.SENTIMENT, " Negative ").text());
        CorrectionException e = assertThrows(CorrectionException.class,
                () -> CorrectionValue.parse(CorrectedField.SENTIMENT, "angry"));
        assertEquals("the sentiment is positive, neutral or negative, not \"angry\"", e.getMessage());
        assertThrows(CorrectionException.class, () -> CorrectionValue.parse(CorrectedField.SENTIMENT, ""));
    }

    @Test
    void topicCodesKnownDeduplicatedAndNoneAllowed() {
        CorrectionValue v = CorrectionValue.parse(CorrectedField.TOPICS, "flooding, transport,flooding");
        assertEquals("flooding,transport", v.text());
        assertEquals(List.of("flooding", "transport"), v.codes());
        assertEquals("", CorrectionValue.parse(CorrectedField.TOPICS, " ").text(), "a post about no topic");
        CorrectionException e = assertThrows(CorrectionException.class,
                () -> CorrectionValue.parse(CorrectedField.TOPICS, "flooding,topics:*"));
        assertTrue(e.getMessage().startsWith("\"topics:*\" is not a topic; the topics are transport, flooding"), e.getMessage());
    }

    @Test
    void placesPutEveryUnitUnderItsOwnArea() {
        CorrectionValue v = CorrectionValue.parse(CorrectedField.REGIONS, "q3, q1/26734, q3, binh_thanh/26944");
        assertEquals("q1/26734,binh_thanh/26944,q3", v.text());
        assertEquals(List.of("q1", "binh_thanh", "q3"), v.areas());
        assertEquals(List.of("26734", "26944"), v.units());
        assertEquals(List.of("0/hcmc", "1/hcmc/q1", "2/hcmc/q1/26734", "1/hcmc/binh_thanh", "2/hcmc/binh_thanh/26944",
                "1/hcmc/q3"), PostDocuments.regionFields(v.areas(), v.units()).get(PostField.REGION_PATH));
        assertEquals(List.of("0/hcmc"), PostDocuments.regionFields(List.of("hcmc"), List.of()).get(PostField.REGION_PATH));
        for (String bad : List.of("Q1 OR *", "q1/2673", "q1/26734/1", "/26734", "1q", "q1/abcde")) {
            assertThrows(CorrectionException.class, () -> CorrectionValue.parse(CorrectedField.REGIONS, bad), bad);
        }
        assertEquals("", CorrectionValue.parse(CorrectedField.REGIONS, "").text(), "a post that names no place");
    }

    @Test
    void storedPlacesReadBackInTheSameForm() {
        assertEquals("q1/26734,q3", CorrectionValue.placesText(List.of("0/hcmc", "1/hcmc/q1", "2/hcmc/q1/26734", "1/hcmc/q3")));
        assertEquals("hcmc", CorrectionValue.placesText(List.of("0/hcmc")));
        assertEquals("", CorrectionValue.placesText(List.of()));
    }

    @Test
    void aCorrectedPostIndexesLikeTheAtomicUpdateWritesIt() {
        Post p = Post.builder("x", "1").text("t").createdAt(Instant.parse("2026-12-01T00:00:00Z")).sentiment("neutral", 0.1)
                .topics(List.of("health")).regions(List.of("q9"), List.of()).signature("0123456789abcdef").build();
        CorrectionValue places = CorrectionValue.parse(CorrectedField.REGIONS, "q3,q1/26734");
        SolrInputDocument indexed = PostDocuments.toSolr(places.applyTo(
                CorrectionValue.parse(CorrectedField.SENTIMENT, "negative").applyTo(p)));
        assertEquals("negative", indexed.getFieldValue(PostField.SENTIMENT));
        assertEquals(-1.0f, indexed.getFieldValue(PostField.SENTIMENT_SCORE));

        SolrDocument stored = new SolrDocument();
        stored.setField(PostField.ID, "x:1");
        stored.setField(PostField.SIGNATURE, "0123456789abcdef");
        SolrInputDocument update = Corrections.update(stored, places);
        for (String f : List.of(PostField.REGION_AREAS, PostField.REGION_UNITS, PostField.REGION_PATH)) {
            assertEquals(Map.of("set", indexed.getFieldValues(f)), Map.of("set", List.copyOf(
                    (List<?>) ((Map<?, ?>) update.getFieldValue(f)).get("set"))), f);
        }
        assertEquals(indexed.getFieldValues(PostField.SIGNATURE_BANDS),
                ((Map<?, ?>) update.getFieldValue(PostField.SIGNATURE_BANDS)).get("set"), "bands written again");
        SolrInputDocument sentiment = Corrections.update(stored, CorrectionValue.parse(CorrectedField.SENTIMENT, "negative"));
        assertTrue(((Map<?, ?>) sentiment.getFieldValue(PostField.SENTIMENT_EVIDENCE)).containsKey("set"));
        assertEquals(null, ((Map<?, ?>) sentiment.getFieldValue(PostField.SENTIMENT_EVIDENCE)).get("set"),
                "the model's evidence goes with its label");
        assertFalse(indexed.containsKey(PostField.SENTIMENT_EVIDENCE), "as indexing the corrected post writes none");
        SolrInputDocument none = Corrections.update(stored, CorrectionValue.parse(CorrectedField.TOPICS, ""));
        assertTrue(((Map<?, ?>) none.getFieldValue(PostField.TOPICS)).containsKey("set"));
        assertEquals(null, ((Map<?, ?>) none.getFieldValue(PostField.TOPICS)).get("set"), "no topic: the field is removed");
    }
}
