package vn.langnghe.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.analysis.text.NearDuplicateSignature;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.harvest.connector.replay.DemoRecording;
import vn.langnghe.pipeline.DuplicateGroups;
import vn.langnghe.pipeline.PostAssembler;

/**
 * The application's indexing path against a real 2-node SolrCloud (2 shards) over HTTP, configured the
 * way operators configure it: a list of node URLs, one of which is down. The cluster runs in its own
 * JVM, started by the launcher as in production.
 */
class SolrCloudIndexingIT {
    private static ExternalSolr cloud;
    private static String deadNode;

    @BeforeAll
    static void startCloud() throws Exception {
        cloud = ExternalSolr.start("cloud", "--nodes", "2", "--shards", "2", "--replicas", "1");
        // port 1: nothing listens there, and (unlike a just-freed ephemeral port) nothing will
        deadNode = "http://127.0.0.1:1/solr";
    }

    @AfterAll
    static void stopCloud() throws InterruptedException {
        if (cloud != null) {
            cloud.close();
        }
    }

    private static SolrConnection connection(List<String> urls) {
        return new SolrConnection(String.join(",", urls), "posts", 10_000, 2);
    }

    @Test
    void indexesThroughAnyLiveNodeAndSpreadsOverShards() throws Exception {
        List<String> urls = new ArrayList<>();
        urls.add(deadNode);
        urls.addAll(cloud.baseUrls());
        SolrConnection solr = connection(urls);
        try {
            assertEquals(SolrConnection.SolrMode.CLOUD, solr.mode());

            PostIndexer indexer = new PostIndexer();
            indexer.solr = solr;
            indexer.batchSize = 100;
            indexer.commitWithinMs = 1000;
            // the demo's posts and comments, as the pipeline makes them of what the replay source serves
            Instant now = Instant.parse("2026-11-01T00:00:00Z");
            PostAssembler assembler = new PostAssembler(new Analyzer());
            List<Post> posts = DemoRecording.items(now).stream().map(i -> assembler.assemble(i, "demo", now)).toList();
            assertEquals(posts.size(), indexer.index(posts));
            indexer.commit();

            // again: ids are platform:nativeId, so a replay replaces and never duplicates
            indexer.index(posts.subList(0, 50));
            indexer.commit();

            for (String node : cloud.baseUrls()) {
                SolrConnection one = connection(List.of(node));
                try {
                    assertEquals(posts.size(), one.probe(), "count through " + node);
                    long shardSum = 0;
                    for (String shard : List.of("shard1", "shard2")) {
                        SolrQuery q = new SolrQuery("*:*").setRows(0);
                        q.set("shards", shard);
                        long n = one.client().query(one.collection(), q).getResults().getNumFound();
                        assertTrue(n > 0, shard + " holds documents");
                        shardSum += n;
                    }
                    assertEquals(posts.size(), shardSum);
                    // the update chain stamped each once, before distributing it (docs/solr.md)
                    assertEquals(posts.size(), one.client().query(one.collection(), new SolrQuery(PostField.FIRST_INDEXED_AT
                            + ":[* TO *]").setRows(0)).getResults().getNumFound(), "first_indexed_at stamped in SolrCloud");
                } finally {
                    one.close();
                }
            }
        } finally {
            solr.close();
        }
    }

    @Test
    void groupsNearDuplicatesAcrossShards() throws Exception {
        SolrConnection solr = connection(cloud.baseUrls());
        try {
            PostIndexer indexer = new PostIndexer();
            indexer.solr = solr;
            indexer.batchSize = 100;
            indexer.commitWithinMs = 1000;
            VietnameseNormalizer normalizer = new VietnameseNormalizer();
            String story = "Thành phố lùi thời hạn thu phí vỉa hè ở quận 1 sang tháng sau để lấy thêm ý kiến của "
                    + "tiểu thương và người dân sống trên các tuyến đường Lê Lợi, Nguyễn Huệ và Hàm Nghi";
            java.util.function.BiFunction<String, Integer, Post> copy = (id, minute) -> Post.builder("facebook", id)
                    .text(story).language("vi").createdAt(Instant.parse("2026-11-01T00:00:00Z").plusSeconds(60L * minute))
                    .signature(NearDuplicateSignature.of(normalizer.normalize(story))).build();
            List<Post> first = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                first.add(copy.apply("share-" + i, i)); // ids hash to both shards
            }
            indexer.index(new DuplicateGroups(solr).assign(first));
            indexer.commit();

            // another node's grouping (no memory of the batch above) finds the group through Solr: the
            // candidates collapsed over both shards, its own earlier version by real-time get
            List<Post> later = new DuplicateGroups(solr).assign(List.of(
                    copy.apply("share-late", 90), copy.apply("share-7", 7)));
            assertEquals("facebook:share-0", later.get(0).dupGroup());
            assertEquals("facebook:share-0", later.get(1).dupGroup());
            // the re-indexed post keeps its first arrival (read with its earlier version); the new one gets Solr's stamp
            Object arrived = solr.client().getById(solr.collection(), "facebook:share-7").getFirstValue(PostField.FIRST_INDEXED_AT);
            assertEquals(((java.util.Date) arrived).toInstant(), later.get(1).firstIndexedAt());
            assertEquals(null, later.get(0).firstIndexedAt());
            Thread.sleep(20);
            indexer.index(later);
            indexer.commit();
            assertEquals(arrived, solr.client().getById(solr.collection(), "facebook:share-7").getFirstValue(PostField.FIRST_INDEXED_AT),
                    "a re-index in SolrCloud keeps first_indexed_at");
            assertTrue(solr.client().getById(solr.collection(), "facebook:share-late").getFirstValue(PostField.FIRST_INDEXED_AT) != null);
        } finally {
            solr.close();
        }
    }

    @Test
    void reportsWhenNoNodeAnswers() {
        SolrConnection solr = connection(List.of(deadNode, deadNode.replace("/solr", "/other")));
        try {
            SolrServerException e = assertThrows(SolrServerException.class, solr::probe);
            assertTrue(e.getMessage().contains("No Solr node answered (2 tried)"), e.getMessage());
        } finally {
            solr.close();
        }
    }
}
