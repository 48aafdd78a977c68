package vn.langnghe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.text.NearDuplicateSignature;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.solr.RunningSolr;
import vn.langnghe.solr.SolrLauncher;
import vn.langnghe.index.TestIndexers;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.PostIndexer;
import vn.langnghe.index.PostField;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostDocuments;

/** Near-duplicate grouping against a real Solr: reposts join the first post's group, others do not. */
class DuplicateGroupsIT {
    private static RunningSolr solr;
    private static SolrConnection connection;
    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final String ARTICLE = "Từ ngày 1/8, TP.HCM điều chỉnh lộ trình 12 tuyến xe buýt đi qua khu vực "
            + "trung tâm quận 1 để phục vụ thi công tuyến metro số 2 Bến Thành Tham Lương, người dân cần xem "
            + "lịch trình mới tại các trạm dừng và trên ứng dụng GoBus trước khi đi lại";

    @BeforeAll
    static void start() throws Exception {
        solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(Files.createTempDirectory("langnghe-dup"), 0));
        connection = new SolrConnection(solr.baseUrls().get(0), solr.collection(), 10_000, 2);
    }

    @AfterAll
    static void stop() {
        connection.close();
        solr.close();
    }

    private static Post post(String platform, String id, String text, long likes, int minutes) {
        return Post.builder(platform, id).text(text).language("vi").engagement(likes, 0, 0, 0)
                .createdAt(Instant.parse("2025-07-14T00:00:00Z").plusSeconds(60L * minutes))
                .signature(NearDuplicateSignature.of(NORMALIZER.normalize(text))).build();
    }

    private static String sig(String text) {
        return NearDuplicateSignature.of(NORMALIZER.normalize(text));
    }

    private static String group(String id) throws Exception {
        return (String) connection.client().getById(connection.collection(), id).getFieldValue(PostField.DUP_GROUP);
    }

    @Test
    void copiesJoinTheFirstPostsGroupAcrossBatchesAndReharvestKeepsIt() throws Exception {
        DuplicateGroups groups = new DuplicateGroups(connection);
        PostIndexer indexer = TestIndexers.indexer(connection);
        indexer.index(groups.assign(List.of(post("rss", "vnexpress-1", ARTICLE, 0, 0))));
        indexer.commit();

        // a later batch: the same article copied by another paper with a different ending, an
        // unrelated post, and within the batch a repost of the unrelated post
        String copy = ARTICLE.replace("trên ứng dụng GoBus", "trên ứng dụng của Sở") + " (theo VnExpress)";
        String other = "Công viên Gia Định mới trồng thêm nhiều cây xanh, cuối tuần cả nhà ra chơi mát lắm";
        indexer.index(groups.assign(List.of(
                post("rss", "tuoitre-9", copy, 0, 30),
                post("facebook", "p-1", other, 3, 31),
                post("facebook", "p-2", other + " 👍", 0, 32))));
        indexer.commit();

        assertEquals("rss:vnexpress-1", group("rss:vnexpress-1"));
        assertEquals("rss:vnexpress-1", group("rss:tuoitre-9"), "copy at distance "
                + NearDuplicateSignature.distance(sig(ARTICLE), sig(copy)));
        assertEquals("facebook:p-1", group("facebook:p-1"));
        assertEquals("facebook:p-1", group("facebook:p-2"));
        assertNotEquals(group("facebook:p-1"), group("rss:vnexpress-1"));

        // harvested again with new engagement counts: one document, same group, counts updated
        indexer.index(groups.assign(List.of(post("facebook", "p-2", other + " 👍", 40, 32))));
        indexer.commit();
        assertEquals("facebook:p-1", group("facebook:p-2"));
        var found = connection.client().query(connection.collection(), new SolrQuery("id:\"facebook:p-2\""))
                .getResults();
        assertEquals(1, found.getNumFound());
        assertEquals(40L, ((Number) found.get(0).getFirstValue(PostField.LIKES)).longValue());
    }

    @Test
    void copyArrivingBeforeSolrsNextCommitStillJoinsAndManyCopiesCostOneCandidate() throws Exception {
        DuplicateGroups groups = new DuplicateGroups(connection);
        PostIndexer indexer = TestIndexers.indexer(connection);
        String story = "Cầu Thủ Thiêm 4 khởi công sáng nay, dự kiến hoàn thành năm 2028, giảm kẹt xe cho cầu Sài Gòn "
                + "và đường Nguyễn Hữu Cảnh vào giờ cao điểm buổi sáng và buổi chiều";
        // six hundred identical reposts, committed: they collapse to one candidate, the oldest
        List<Post> reposts = new java.util.ArrayList<>();
        // (600 ids: more than a URL can carry, so the earlier versions must be asked for by POST)
        for (int i = 0; i < 600; i++) {
            reposts.add(post("facebook", "repost-" + i, story, 0, 100 + i));
        }
        indexer.index(groups.assign(reposts));
        indexer.commit();
        assertEquals("facebook:repost-0", group("facebook:repost-599"));

        // a copy indexed but not yet searchable (no commit), then another copy in the next batch
        String other = "Chợ Bình Tây mở cửa lại sau hai năm trùng tu, tiểu thương vui mừng đón khách du lịch trở lại";
        indexer.index(groups.assign(List.of(post("rss", "news-1", other, 0, 200))));
        indexer.index(groups.assign(List.of(post("x", "t-1", other + " #cholon", 0, 201),
                post("x", "t-2", story + " 👏", 0, 202))));
        assertEquals("rss:news-1", groups.assign(List.of(post("x", "t-1", other + " #cholon", 5, 201))).get(0).dupGroup(),
                "harvested again before the commit: keeps its group");
        indexer.commit();
        assertEquals("rss:news-1", group("x:t-1"));
        assertEquals("facebook:repost-0", group("x:t-2"));
    }

    @Test
    void theMemoryKeepsTheLastFiveThousandPostsThenSolrsCandidatesAnswer() throws Exception {
        DuplicateGroups groups = new DuplicateGroups(connection);
        // searchable only at the explicit commit below
        PostIndexer indexer = TestIndexers.indexer(connection, 600_000);
        String story = "Quận 7 thí điểm phân loại rác tại nguồn ở 10 phường từ tháng sau, hộ dân nhận túi phân loại "
                + "miễn phí tại ủy ban phường và được hướng dẫn cách bỏ rác tái chế đúng giờ";
        indexer.index(groups.assign(List.of(post("rss", "rac-1", story, 0, 300))));
        // not committed: only the memory knows it. A copy within the memory joins it...
        assertEquals("rss:rac-1", groups.assign(List.of(post("x", "rac-2", story + " #q7", 0, 301))).get(0).dupGroup());
        // ...until 5,000 other posts have pushed it out: not yet searchable either, a copy starts its own group
        java.util.Random random = new java.util.Random(7);
        pushOut(groups, random);
        assertEquals("x:rac-3", groups.assign(List.of(post("x", "rac-3", story + " #rac", 0, 302))).get(0).dupGroup());
        // (that copy is not indexed) once the original is searchable, Solr's candidates find it
        pushOut(groups, random);
        indexer.commit();
        assertEquals("rss:rac-1", groups.assign(List.of(post("x", "rac-4", story + " #phanloairac", 0, 303))).get(0).dupGroup());
    }

    @Test
    void postsIndexedBeforeTheCollapseKeyExistedAreStillCandidates() throws Exception {
        String story = "Đường Phạm Văn Đồng cấm xe tải từ 6 giờ đến 22 giờ kể từ thứ hai tuần sau để giảm tai nạn, "
                + "tài xế đi vòng qua đường Kha Vạn Cân và quốc lộ 13 theo biển báo mới";
        // as an index written by an earlier version holds it: bands and signature, no collapse key
        org.apache.solr.common.SolrInputDocument old = PostDocuments.toSolr(post("rss", "cam-1", story, 0, 400));
        old.removeField(PostField.SIGNATURE_KEY);
        connection.client().add(connection.collection(), old);
        connection.client().commit(connection.collection());

        // a node with no memory of it: only Solr's candidates can answer
        DuplicateGroups groups = new DuplicateGroups(connection);
        assertEquals("rss:cam-1", groups.assign(List.of(post("x", "cam-2", story + " #phamvandong", 0, 401))).get(0).dupGroup());
        assertEquals(null, connection.client().getById(connection.collection(), "rss:cam-1").getFieldValue(PostField.SIGNATURE_KEY));
    }

    @Test
    void whenThousandsOfSignaturesShareAKeyTheNewestAreCompared() throws Exception {
        // posts on one subject share signature bits: here 1,200 older posts share the original's lowest
        // two blocks (one key) but are far from it elsewhere, more than one batch's candidates can hold
        java.util.Random random = new java.util.Random(11);
        long original = random.nextLong();
        List<Post> decoys = new java.util.ArrayList<>();
        for (int i = 0; i < DuplicateGroups.MAX_CANDIDATES + 200; i++) {
            long far;
            do {
                far = (original & 0x3FFFFFL) | (random.nextLong() & ~0x3FFFFFL);
            } while (Long.bitCount(far ^ original) <= 12);
            decoys.add(Post.builder("x", "topic-" + i).text("khác").language("vi")
                    .createdAt(Instant.parse("2025-08-01T00:00:00Z").plusSeconds(60L * i))
                    .signature(String.format("%016x", far)).build());
        }
        PostIndexer indexer = TestIndexers.indexer(connection);
        indexer.index(decoys);
        indexer.index(List.of(Post.builder("rss", "tin-1").text("bài gốc").language("vi")
                .createdAt(Instant.parse("2025-08-03T00:00:00Z")).signature(String.format("%016x", original)).build()));
        indexer.commit();

        // a copy two bits away, on a node with no memory of the original: Solr's newest candidates hold it
        long copy = original ^ (1L << 30) ^ (1L << 50);
        Post repost = Post.builder("x", "tin-1-share").text("bài gốc 👍").language("vi")
                .createdAt(Instant.parse("2025-08-03T01:00:00Z")).signature(String.format("%016x", copy)).build();
        assertEquals("rss:tin-1", new DuplicateGroups(connection).assign(List.of(repost)).get(0).dupGroup());
    }

    @Test
    void aNodeReadsTheIndexBackIntoMemoryThenGroupsWithoutSolrUnlessOtherNodesWrite() throws Exception {
        PostIndexer indexer = TestIndexers.indexer(connection);
        String story = "Nhà văn hóa phường Tân Định mở lớp dạy bơi miễn phí cho trẻ em trong hè, phụ huynh đăng ký "
                + "tại bộ phận một cửa từ thứ hai đến thứ sáu, mỗi lớp hai mươi em";
        // indexed by an earlier run of this node, committed
        indexer.index(new DuplicateGroups(connection).assign(List.of(post("rss", "boi-1", story, 0, 500))));
        indexer.commit();

        DuplicateGroups node = new DuplicateGroups(connection, 100_000, false);
        node.assign(List.of(post("x", "unrelated-1", "Hôm nay trời nắng đẹp, cả nhà đi chơi công viên Tao Đàn", 0, 501)));
        assertTrue(node.awaitMemory(30, java.util.concurrent.TimeUnit.SECONDS), "memory filled from Solr");
        assertTrue(node.memoryComplete());
        assertEquals("rss:boi-1", node.assign(List.of(post("x", "boi-2", story + " #tandinh", 0, 502))).get(0).dupGroup(),
                "the original, read back from Solr, is in memory");

        // another node indexes a new story: this node, told it is the only writer, does not ask Solr...
        String other = "Bến xe Miền Đông cũ sẽ thành công viên và bãi đỗ xe ngầm, thành phố lấy ý kiến người dân "
                + "đến hết tháng này qua cổng thông tin điện tử của sở xây dựng";
        indexer.index(new DuplicateGroups(connection).assign(List.of(post("rss", "benxe-1", other, 0, 510))));
        indexer.commit();
        assertEquals("x:benxe-2", node.assign(List.of(post("x", "benxe-2", other + " #mienDong", 0, 511))).get(0).dupGroup());
        // ...while a node that knows of peers asks Solr about what its memory does not match
        DuplicateGroups withPeers = new DuplicateGroups(connection, 100_000, true);
        assertEquals("rss:benxe-1", withPeers.assign(List.of(post("x", "benxe-3", other + " #mienDong", 0, 512))).get(0).dupGroup());
    }

    /** 6,000 posts with random signatures (none close to the stories above) through the memory. */
    private static void pushOut(DuplicateGroups groups, java.util.Random random) throws Exception {
        for (int batch = 0; batch < 6; batch++) {
            List<Post> others = new java.util.ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                others.add(Post.builder("x", "noise-" + random.nextLong()).text("khác").language("vi")
                        .createdAt(Instant.parse("2025-07-14T00:00:00Z"))
                        .signature(String.format("%016x", random.nextLong())).build());
            }
            groups.assign(others);
        }
    }
}
