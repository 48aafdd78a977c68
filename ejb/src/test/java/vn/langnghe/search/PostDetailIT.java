package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;
import vn.langnghe.audit.RecordingAuditLog;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostIndexer;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.TestIndexers;
import vn.langnghe.solr.RunningSolr;
import vn.langnghe.solr.SolrLauncher;

/**
 * The post page's reads against a real Solr: a conversation, a near-duplicate group and similar posts that
 * straddle a ward's scope. The ward reader sees only the posts in its scope in each part; a city reader sees
 * them all; authors are masked in every part for a unit without clearance; one audit event per view.
 */
class PostDetailIT {
    /** Ward Sài Gòn only: its posts and city-wide ones, nothing else of Quận 1. */
    private static final Reader WARD = new Reader("phantich.sg", "ward-26740", DataScope.parse(null, "26740", null), false);
    private static final Reader CITY = new Reader("admin", "city-admin", DataScope.WHOLE_CITY, true);
    private static final Reader CITY_UNCLEARED = new Reader("viewer", "city-viewers", DataScope.WHOLE_CITY, false);
    private static final PersonalDataMask MASK = new PersonalDataMask("integration-test pseudonym key!!".getBytes(StandardCharsets.UTF_8));

    private static RunningSolr solr;
    private static SolrConnection connection;
    private RecordingAuditLog audit;
    private PostSearch search;

    @BeforeAll
    static void start() throws Exception {
        solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(Files.createTempDirectory("langnghe-solr"), 0));
        connection = new SolrConnection(solr.baseUrls().get(0), solr.collection(), 10_000, 2);
        PostIndexer indexer = TestIndexers.indexer(connection);
        List<Post> posts = new ArrayList<>();
        // a conversation: the root in the ward, a comment in the ward, a comment in another ward, a reply to the first comment
        posts.add(post("root", null, null, "Đường Lê Lợi ngập sâu sau cơn mưa lớn chiều nay, xe chết máy hàng loạt", "26740", 0)
                .withDupGroup("x:root"));
        posts.add(post("c1", "root", "root", "Khu Bến Thành cũng ngập, nước lên tới đầu gối", "26740", 10));
        posts.add(post("c2", "root", "root", "Ở Thủ Đức thì vẫn khô ráo, không sao cả", "26824", 20));
        posts.add(post("c3", "c1", "root", "Trả lời: đúng rồi, đi làm về lội nước mệt quá", "26740", 30));
        // near-duplicates of the root: a repost in the ward, one in another ward
        posts.add(post("dup1", null, null, "Đường Lê Lợi ngập sâu sau cơn mưa lớn chiều nay, xe chết máy hàng loạt!!", "26740", 40)
                .withDupGroup("x:root"));
        posts.add(post("dup2", null, null, "Đường Lê Lợi ngập sâu sau cơn mưa lớn chiều nay, xe chết máy hàng loạt.", "26824", 50)
                .withDupGroup("x:root"));
        // similar words in other groups, in and out of the ward
        posts.add(post("sim1", null, null, "Mưa lớn chiều nay làm đường Lê Lợi ngập sâu, nhiều xe máy chết máy", "26740", 60));
        posts.add(post("sim2", null, null, "Mưa lớn chiều nay, đường ngập sâu ở Thủ Đức, xe chết máy", "26824", 70));
        posts.add(post("other", null, null, "Học phí năm nay tăng, phụ huynh lo lắng cho con em", "26740", 80));
        // a comment of the out-of-scope post: the ward reader opening its thread must not see it
        posts.add(post("c4", "c2", "root", "Thủ Đức hôm nay nắng đẹp, mình ở Linh Trung", "26824", 90));
        indexer.index(posts);
        indexer.commit();
    }

    @AfterAll
    static void stop() {
        connection.close();
        solr.close();
    }

    @BeforeEach
    void service() {
        audit = new RecordingAuditLog();
        search = new PostSearch(connection, audit, MASK);
    }

    private static Post post(String id, String parent, String thread, String text, String unit, int minutes) {
        return Post.builder("x", id).kind(parent == null ? "post" : "comment")
                .parentId(parent == null ? null : "x:" + parent).threadId(thread == null ? null : "x:" + thread)
                .text(text + " — @" + id + "_author").url("https://x.com/" + id + "_author/status/1")
                .author("Người dân " + id, "uid-" + id).language("vi")
                .createdAt(Instant.parse("2026-11-20T02:00:00Z").plusSeconds(minutes * 60L))
                .sentiment("negative", -0.7).sentimentEvidence(List.of("ngập", "mệt"))
                .keywords(List.of("lê lợi", "ngập")).hashtags(List.of("#ngapnuoc")).topicSentiments(List.of("flooding:negative"))
                .regions(List.of(unit.equals("26740") ? "q1" : "thu_duc"), List.of(unit)).topics(List.of("flooding")).build();
    }

    private static List<String> ids(List<PostView> views) {
        return views.stream().map(PostView::id).toList();
    }

    @Test
    void theCityReaderSeesTheWholeConversationGroupAndSimilarPosts() throws Exception {
        PostDetail d = search.detail(CITY, "x:c1").orElseThrow();
        assertEquals("x:c1", d.post().id());
        assertEquals("x:root", d.parent().id());
        assertEquals(List.of("x:c2", "x:c3", "x:c4"), ids(d.thread()), "oldest first, without the post and its parent");
        assertEquals(4, d.threadTotal());
        assertEquals("x:root", d.threadId());

        PostDetail root = search.detail(CITY, "x:root").orElseThrow();
        assertNull(root.parent());
        assertEquals(List.of("x:c1", "x:c2", "x:c3", "x:c4"), ids(root.thread()));
        assertEquals(List.of("x:dup1", "x:dup2"), ids(root.duplicates()));
        assertEquals(2, root.duplicateTotal());
        assertTrue(ids(root.similar()).containsAll(List.of("x:sim1", "x:sim2")), ids(root.similar()).toString());
        assertFalse(ids(root.similar()).contains("x:dup1"), "duplicates are not listed again as similar");
        assertFalse(ids(root.similar()).contains("x:root"));

        assertEquals(List.of("ngập", "mệt"), root.post().sentimentEvidence());
        assertEquals(-0.7, root.sentimentScore(), 1e-6);
        assertEquals("vi", root.language());
        assertEquals(List.of("lê lợi", "ngập"), root.keywords());
        assertEquals(List.of("#ngapnuoc"), root.hashtags());
        assertEquals(List.of("flooding:negative"), root.topicSentiments());
        assertEquals(List.of("q1"), root.areas());
        assertEquals(List.of("26740"), root.units());
        assertEquals("Người dân root", root.post().authorName(), "cleared: the name itself");
    }

    @Test
    void theWardReaderSeesOnlyItsScopeInEveryPart() throws Exception {
        PostDetail root = search.detail(WARD, "x:root").orElseThrow();
        assertEquals(List.of("x:c1", "x:c3"), ids(root.thread()), "the comments of Thủ Đức are left out");
        assertEquals(2, root.threadTotal());
        assertEquals(List.of("x:dup1"), ids(root.duplicates()));
        assertEquals(1, root.duplicateTotal());
        assertFalse(ids(root.similar()).contains("x:sim2"), ids(root.similar()).toString());
        assertTrue(ids(root.similar()).contains("x:sim1"), ids(root.similar()).toString());

        PostDetail reply = search.detail(WARD, "x:c3").orElseThrow();
        assertEquals("x:c1", reply.parent().id());
        assertEquals(List.of("x:root"), ids(reply.thread()));

        assertTrue(search.detail(WARD, "x:c2").isEmpty(), "a comment outside the scope looks missing");
        assertTrue(search.detail(WARD, "x:c4").isEmpty());
        assertTrue(search.detail(WARD, "x:nothing").isEmpty());
        assertTrue(search.detail(WARD, "x:c1 OR *:*").isEmpty(), "an id is a value, not a query");
        assertTrue(search.detail(WARD, "").isEmpty());
        assertEquals(List.of(
                "phantich.sg post.view post:x:root ok: thread=2 duplicates=1 similar=" + root.similar().size(),
                "phantich.sg post.view post:x:c3 ok: thread=2 duplicates=0 similar=" + reply.similar().size(),
                "phantich.sg post.view post:x:c2 denied: no such post in the reader's scope",
                "phantich.sg post.view post:x:c4 denied: no such post in the reader's scope",
                "phantich.sg post.view post:x:nothing denied: no such post in the reader's scope",
                "phantich.sg post.view post:x:c1 OR *:* denied: no such post in the reader's scope",
                "phantich.sg post.view post: denied: no such post in the reader's scope"), audit.lines(),
                "one event per view");
    }

    @Test
    void everyPartIsMaskedForAUnitWithoutClearance() throws Exception {
        PostDetail d = search.detail(CITY_UNCLEARED, "x:c1").orElseThrow();
        List<PostView> all = new ArrayList<>();
        all.add(d.post());
        all.add(d.parent());
        all.addAll(d.thread());
        all.addAll(search.detail(CITY_UNCLEARED, "x:root").orElseThrow().duplicates());
        all.addAll(search.detail(CITY_UNCLEARED, "x:root").orElseThrow().similar());
        assertTrue(all.size() >= 7, all.toString());
        for (PostView p : all) {
            assertTrue(p.authorName().startsWith("Tác giả "), p.toString());
            assertFalse(p.text().contains("_author"), p.text());
            assertFalse(p.url().contains("_author"), p.url());
        }
    }
}
