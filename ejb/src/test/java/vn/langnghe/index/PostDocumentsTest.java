package vn.langnghe.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

class PostDocumentsTest {
    @Test
    void mapsEveryFilledFieldAndTheRegionPath() {
        Instant at = Instant.parse("2026-11-20T01:02:03Z");
        Post p = Post.builder("facebook", "123_456").source("fb:Cộng đồng Gò Vấp").kind("comment")
                .parentId("facebook:123").threadId("facebook:123").author("Nguyễn Văn A", "u1")
                .text("Kẹt xe quá trời ở Phạm Văn Đồng").language("vi").createdAt(at)
                .engagement(5, 1, 0, 0).sentiment("negative", -0.8).sentimentEvidence(List.of("kẹt xe", "quá trời")).sentimentConfidence(0.83).topics(List.of("transport"))
                .regions(List.of("go_vap"), List.of("26890")).hashtags(List.of("#ketxe")).build();
        SolrInputDocument d = PostDocuments.toSolr(p);
        assertEquals("facebook:123_456", d.getFieldValue(PostField.ID));
        assertEquals("comment", d.getFieldValue(PostField.KIND));
        assertEquals(Date.from(at), d.getFieldValue(PostField.CREATED_AT));
        assertEquals(-0.8f, d.getFieldValue(PostField.SENTIMENT_SCORE));
        assertEquals(List.of("0/hcmc", "1/hcmc/go_vap", "2/hcmc/go_vap/26890"),
                List.copyOf(d.getFieldValues(PostField.REGION_PATH)));
        assertEquals(5L, d.getFieldValue(PostField.LIKES));
        assertEquals(List.of("kẹt xe", "quá trời"), List.copyOf(d.getFieldValues(PostField.SENTIMENT_EVIDENCE)));
        assertFalse(PostDocuments.toSolr(p.withSentiment("positive", 1.0)).containsKey(PostField.SENTIMENT_EVIDENCE),
                "an analyst's label drops the model's evidence");
        assertEquals(0.83f, d.getFieldValue(PostField.SENTIMENT_CONFIDENCE));
        assertFalse(PostDocuments.toSolr(p.withSentiment("positive", 1.0)).containsKey(PostField.SENTIMENT_CONFIDENCE),
                "and its confidence: the label is the analyst's");
        assertEquals(List.of("kẹt xe", "quá trời"), p.withTopics(List.of()).withDupGroup("g").sentimentEvidence());
        assertEquals(0.83, p.withTopics(List.of()).withRegions(List.of(), List.of()).withDupGroup("g").withFirstIndexedAt(at)
                .sentimentConfidence(), "other corrections and re-indexing keep it");
    }

    @Test
    void leavesOutWhatIsMissing() {
        Post p = Post.builder("x", "1").text("hello").createdAt(Instant.EPOCH).build();
        SolrInputDocument d = PostDocuments.toSolr(p);
        assertNull(d.getField(PostField.TITLE));
        assertNull(d.getField(PostField.REGION_PATH));
        assertNull(d.getField(PostField.SENTIMENT));
        assertFalse(d.containsKey(PostField.TOPICS));
        assertFalse(d.containsKey(PostField.SENTIMENT_EVIDENCE));
        assertFalse(d.containsKey(PostField.SENTIMENT_CONFIDENCE));
    }
}
