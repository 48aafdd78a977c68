package vn.langnghe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.audit.RecordingAuditLog;
import vn.langnghe.correction.CorrectedField;
import vn.langnghe.correction.Correction;
import vn.langnghe.correction.CorrectionException;
import vn.langnghe.correction.CorrectionStore;
import vn.langnghe.correction.Corrections;
import vn.langnghe.correction.PostCorrections;
import vn.langnghe.database.ThrowAwayDatabase;
import vn.langnghe.harvest.OutboxRows;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.index.PostField;
import vn.langnghe.index.SignatureBands;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.TestIndexers;
import vn.langnghe.search.Reader;
import vn.langnghe.solr.RunningSolr;
import vn.langnghe.solr.SolrLauncher;

/**
 * Issue 15: an analyst's corrections against a real Solr and an H2 file database, through the real
 * assembly path (outbox rows → {@link OutboxWorker}: analysis, duplicate groups, corrections, indexing).
 * The corrected fields change in Solr at once (region fields consistent, near-duplicate bands kept); a
 * re-harvest of the post updates its counts but keeps every correction, the latest one of each field;
 * the history lists old → new; a post outside the analyst's scope and a bad value are refused.
 */
class CorrectionsReharvestIT {
    private static final String ID = "facebook:ngap-42";
    private static final String TEXT = "Sáng nay đường Nguyễn Hữu Cảnh quận Bình Thạnh lại kẹt xe kinh khủng, "
            + "xe buýt đứng yên cả tiếng, chán quá!";
    private static final Reader CITY = new Reader("lan", "city-admin", DataScope.WHOLE_CITY, false);
    private static final Reader WARD_Q9 = new Reader("minh", "area-q9", DataScope.parse("q9", null, "health"), false);

    private static RunningSolr solr;
    private static SolrConnection connection;

    @BeforeAll
    static void start() throws Exception {
        solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(Files.createTempDirectory("langnghe-corr"), 0));
        connection = new SolrConnection(solr.baseUrls().get(0), solr.collection(), 10_000, 2);
    }

    @AfterAll
    static void stop() {
        connection.close();
        solr.close();
    }

    @Test
    void correctionsApplyAtOnceAndOutliveAReharvest() throws Exception {
        try (ThrowAwayDatabase db = ThrowAwayDatabase.h2File().migrated()) {
            PostAssembler assembler = new PostAssembler(new Analyzer());
            OutboxWorker worker = new OutboxWorker("corr/0", new JdbcOutbox(db.dataSource(), new OutboxClaims(60)), 50,
                    () -> assembler, new DuplicateGroups(connection), TestIndexers.indexer(connection),
                    new PostCorrections(db.dataSource())::apply);
            harvest(db, 1000, 5);
            assertTrue(worker.drainBatch());
            commit();
            SolrDocument analysed = doc();
            assertEquals("negative", analysed.getFirstValue(PostField.SENTIMENT), "the analysis, before any correction");
            String signature = (String) analysed.getFirstValue(PostField.SIGNATURE);
            // stamped once by Solr's update chain; kept for life (what API clients poll by)
            Object firstArrival = analysed.getFirstValue(PostField.FIRST_INDEXED_AT);
            assertNotNull(firstArrival, "Solr stamps first_indexed_at on a new post");
            Thread.sleep(20); // so that a new stamp could not equal the first one

            RecordingAuditLog audit = new RecordingAuditLog();
            Corrections corrections = new Corrections(db.dataSource(), connection, audit, Clock.systemUTC());
            String oldTopics = String.join(",", strings(analysed, PostField.TOPICS));
            corrections.correct(CITY, ID, CorrectedField.SENTIMENT, "neutral");
            corrections.correct(CITY, ID, CorrectedField.TOPICS, "flooding, transport");
            corrections.correct(CITY, ID, CorrectedField.REGIONS, "q3, binh_thanh/26944");
            corrections.correct(CITY, ID, CorrectedField.SENTIMENT, "Positive");

            // at once, without a re-index: the fields and the region path agree, the near-duplicate bands stay
            assertCorrected(doc(), 5);
            assertEquals(firstArrival, doc().getFirstValue(PostField.FIRST_INDEXED_AT), "an atomic correction keeps the first arrival");
            for (String band : SignatureBands.of(signature)) {
                assertEquals(1, connection.client().query(connection.collection(), new SolrQuery(
                        PostField.SIGNATURE_BANDS + ":" + ClientUtils.escapeQueryChars(band))).getResults().getNumFound(),
                        "the post is still found by its band " + band);
            }
            assertEquals("lan correction post:" + ID + " ok: sentiment neutral → positive", audit.last());

            // harvested again, with more likes: the analysis says the same as the first time, the corrections hold
            harvest(db, 2000, 80);
            assertTrue(worker.drainBatch());
            commit();
            assertCorrected(doc(), 80);
            assertEquals(firstArrival, doc().getFirstValue(PostField.FIRST_INDEXED_AT), "a re-harvest keeps the first arrival");
            assertNotEquals(firstArrival, doc().getFirstValue(PostField.INDEXED_AT), "while indexed_at moves with every re-add");

            List<Correction> history = corrections.history(CITY, ID);
            List<String> oldToNew = new ArrayList<>();
            history.forEach(c -> oldToNew.add(c.field().code() + " " + c.oldValue() + " → " + c.newValue() + " by "
                    + c.correctedBy() + " of " + c.unitCode()));
            assertEquals(List.of("sentiment negative → neutral by lan of city-admin",
                    "topics " + oldTopics + " → flooding,transport by lan of city-admin",
                    "regions binh_thanh → binh_thanh/26944,q3 by lan of city-admin",
                    "sentiment neutral → positive by lan of city-admin"), oldToNew);

            // outside the reader's scope: refused as missing, audited denied, nothing stored
            CorrectionException outside = assertThrows(CorrectionException.class,
                    () -> corrections.correct(WARD_Q9, ID, CorrectedField.SENTIMENT, "negative"));
            assertEquals("there is no such post in your scope", outside.getMessage());
            assertTrue(audit.last().startsWith("minh correction post:" + ID + " denied"), audit.last());
            // a bad value: the problem named, nothing stored or changed
            CorrectionException bad = assertThrows(CorrectionException.class,
                    () -> corrections.correct(CITY, ID, CorrectedField.TOPICS, "flooding, weather"));
            assertTrue(bad.getMessage().contains("\"weather\" is not a topic"), bad.getMessage());
            assertThrows(CorrectionException.class, () -> corrections.correct(CITY, ID, CorrectedField.REGIONS, "q1/abc"));
            assertEquals(4, new CorrectionStore(db.dataSource()).history(ID).size());
            assertCorrected(doc(), 80);
        }
    }

    private static void assertCorrected(SolrDocument d, long likes) {
        assertEquals("positive", d.getFirstValue(PostField.SENTIMENT));
        assertEquals(1.0f, ((Number) d.getFirstValue(PostField.SENTIMENT_SCORE)).floatValue());
        assertEquals(List.of("flooding", "transport"), strings(d, PostField.TOPICS));
        assertEquals(List.of("binh_thanh", "q3"), strings(d, PostField.REGION_AREAS));
        assertEquals(List.of("26944"), strings(d, PostField.REGION_UNITS));
        assertEquals(List.of("0/hcmc", "1/hcmc/binh_thanh", "2/hcmc/binh_thanh/26944", "1/hcmc/q3"),
                strings(d, PostField.REGION_PATH));
        assertEquals(likes, ((Number) d.getFirstValue(PostField.LIKES)).longValue());
        assertFalse(strings(d, PostField.TEXT).isEmpty());
    }

    private static void harvest(ThrowAwayDatabase db, long outboxId, long likes) throws Exception {
        HarvestedItem item = HarvestedItem.builder("facebook", "ngap-42").kind("post").text(TEXT)
                .author("Nguyễn Văn A", "a1").likes(likes).createdAt(Instant.parse("2026-12-06T01:00:00Z")).build();
        try (Connection c = db.dataSource().getConnection()) {
            OutboxRows.insert(c, outboxId, 7, "facebook", List.of(item), Instant.now());
        }
    }

    private static void commit() throws Exception {
        connection.client().commit(connection.collection(), true, true);
    }

    private static SolrDocument doc() throws Exception {
        return connection.client().getById(connection.collection(), ID);
    }

    private static List<String> strings(SolrDocument d, String field) {
        Collection<Object> v = d.getFieldValues(field);
        List<String> out = new ArrayList<>();
        if (v != null) {
            v.forEach(x -> out.add(x.toString()));
        }
        return out;
    }
}
