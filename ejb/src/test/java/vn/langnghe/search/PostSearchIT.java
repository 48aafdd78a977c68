package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * PostSearch against a real Solr, with posts of several areas, wards and topics indexed as the pipeline
 * indexes them: each reader sees exactly its scope, whatever it asks; a post outside it looks missing;
 * authors are masked for a unit without clearance and not for one with it; every read is audited.
 */
class PostSearchIT {
    private static final Reader WARD = new Reader("phantich.q1", "ward-26740", DataScope.parse("q1", "26740", null), false);
    private static final Reader DEPARTMENT = new Reader("so.xd", "dept-construction",
            DataScope.parse(null, null, "transport,flooding"), false);
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
        indexer.index(List.of(
                post("saigon", "Đường Lê Lợi ngập sâu sau mưa", List.of("q1"), List.of("26740"), "flooding"),
                post("tandinh", "Kẹt xe trên đường Hai Bà Trưng", List.of("q1"), List.of("26737"), "transport"),
                post("binhthanh", "Kẹt xe cầu Sài Gòn, ngập ở Bình Thạnh", List.of("binh_thanh"), List.of(), "transport", "flooding"),
                post("thuduc", "Bệnh viện Thủ Đức quá tải", List.of("thu_duc"), List.of("26824"), "health"),
                post("city", "Sài Gòn mưa lớn, nhiều nơi ngập", List.of("hcmc"), List.of(), "flooding"),
                post("noplace", "Học phí tăng, phụ huynh lo lắng", List.of(), List.of(), "education"),
                post("q7", "Ngập ở Quận 7 sau triều cường", List.of("hcmc", "q7"), List.of(), "flooding")));
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

    private static Post post(String id, String text, List<String> areas, List<String> units, String... topics) {
        return Post.builder("x", id).text(text + " — @" + id + "_author https://x.com/" + id + "_author")
                .url("https://x.com/" + id + "_author/status/1" + id.length())
                .author("Người dân " + id, "uid-" + id).language("vi")
                .createdAt(Instant.parse("2026-11-20T02:00:00Z").plusSeconds(id.length() * 60L))
                .engagement(id.length(), 0, 0, 0).regions(areas, units).topics(List.of(topics)).build();
    }

    private Set<String> ids(Reader reader, SearchRequest request) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (PostView p : search.search(reader, request).posts()) {
            ids.add(p.id().substring("x:".length()));
        }
        return ids;
    }

    private static Set<String> set(String... ids) {
        return new TreeSet<>(List.of(ids));
    }

    @Test
    void aWardReaderGetsItsWardItsAreaAndCityWidePostsOnly() throws Exception {
        assertEquals(set("saigon", "tandinh", "city", "noplace"), ids(WARD, SearchRequest.of("")));
        assertEquals(set("saigon", "city"), ids(WARD, SearchRequest.of("ngap")), "folded: ngap finds ngập, in scope only");
    }

    @Test
    void aDepartmentGetsItsTopicsOnly() throws Exception {
        assertEquals(set("saigon", "tandinh", "binhthanh", "city", "q7"), ids(DEPARTMENT, SearchRequest.of("")));
        assertEquals(set("tandinh", "binhthanh"), ids(DEPARTMENT, SearchRequest.of("\"kẹt xe\"")));
    }

    @Test
    void theCityGetsEverything() throws Exception {
        assertEquals(set("saigon", "tandinh", "binhthanh", "thuduc", "city", "noplace", "q7"), ids(CITY, SearchRequest.of("")));
        SearchPage page = search.search(CITY, SearchRequest.of("").withSort(SearchSort.NEWEST).withPage(2, 3));
        assertEquals(7, page.total());
        assertEquals(3, page.posts().size());
        assertEquals(3, page.pages());
    }

    @Test
    void nothingInTheRequestWidensTheScope() throws Exception {
        // filters naming posts outside the scope find nothing; injected syntax in values is a plain value
        assertEquals(Set.of(), ids(WARD, SearchRequest.of("").withFilters(List.of(SearchFilter.parse("area:binh_thanh")))));
        assertEquals(Set.of(), ids(WARD, SearchRequest.of("").withFilters(List.of(SearchFilter.parse("area:q1) OR (*:*")))));
        assertEquals(set("tandinh"), ids(WARD, SearchRequest.of("").withFilters(List.of(
                SearchFilter.parse("topic:transport"), SearchFilter.parse("topic:health")))));
        assertEquals(Set.of(), ids(WARD, SearchRequest.of("Thủ Đức OR Bình Thạnh OR triều")));
        assertEquals(Set.of(), ids(WARD, SearchRequest.of("ngập&fq=*:*&fq=id:x\\:thuduc")));
        assertThrows(SearchRequestException.class, () -> search.search(WARD, SearchRequest.of("{!lucene}*:*")));
        assertThrows(SearchRequestException.class, () -> search.search(WARD, SearchRequest.of("_query_:\"{!lucene}*:*\"")));
        // what the rewriting keeps as text, Solr answers without a syntax error
        assertEquals(Set.of(), ids(WARD, SearchRequest.of("https://x.com/thuduc_author title:[a TO z] /.*/ filter(a) a:b \\")));
    }

    @Test
    void datesAreDaysInTheCity() throws Exception {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 20);
        assertEquals(7, search.search(CITY, SearchRequest.of("").withDates(day, day)).total());
        assertEquals(0, search.search(CITY, SearchRequest.of("").withDates(day.plusDays(1), null)).total());
    }

    @Test
    void aPostOutsideTheScopeLooksMissingAndBothAreAudited() throws Exception {
        assertTrue(search.view(WARD, "x:saigon").isPresent());
        assertTrue(search.view(WARD, "x:thuduc").isEmpty());
        assertTrue(search.view(WARD, "x:nosuchpost").isEmpty());
        assertTrue(search.view(WARD, "x:thuduc OR *:*").isEmpty());
        assertEquals(List.of(
                "phantich.q1 post.view post:x:saigon ok: null",
                "phantich.q1 post.view post:x:thuduc denied: no such post in the reader's scope",
                "phantich.q1 post.view post:x:nosuchpost denied: no such post in the reader's scope",
                "phantich.q1 post.view post:x:thuduc OR *:* denied: no such post in the reader's scope"), audit.lines());
        assertTrue(search.view(CITY, "x:thuduc").isPresent());
    }

    @Test
    void searchesAreAuditedWithTheRequestAndTheRowsReturned() throws Exception {
        search.search(WARD, SearchRequest.of("ngập").withFilters(List.of(SearchFilter.parse("topic:flooding")))
                .withDates(java.time.LocalDate.of(2026, 11, 1), null).withSort(SearchSort.NEWEST));
        assertEquals("phantich.q1 search null ok: q=\"ngập\" f=[topic:flooding] from=2026-11-01 sort=newest page=1 rows=2 total=2",
                audit.last());
        assertThrows(SearchRequestException.class, () -> search.search(WARD, SearchRequest.of("*ngập")));
        assertTrue(audit.last().startsWith("phantich.q1 search null failed: q=\"*ngập\" sort=relevance page=1 rows=0 error=a wildcard"),
                audit.last());
    }

    @Test
    void authorsAreMaskedForAUnitWithoutClearanceOnly() throws Exception {
        PostView cleared = search.view(CITY, "x:binhthanh").orElseThrow();
        assertEquals("Người dân binhthanh", cleared.authorName());
        assertEquals("uid-binhthanh", cleared.authorId());
        assertTrue(cleared.text().contains("@binhthanh_author https://x.com/binhthanh_author"));
        assertEquals("https://x.com/binhthanh_author/status/19", cleared.url());

        PostView masked = search.view(CITY_UNCLEARED, "x:binhthanh").orElseThrow();
        assertTrue(masked.authorName().matches("Tác giả [0-9a-f]{6}"), masked.authorName());
        assertTrue(masked.authorId().matches("tacgia-[0-9a-f]{12}"), masked.authorId());
        assertFalse(masked.text().contains("binhthanh_author"), masked.text());
        assertFalse(masked.url().contains("binhthanh_author"), masked.url());
        assertTrue(masked.text().startsWith("Kẹt xe cầu Sài Gòn, ngập ở Bình Thạnh"), "the words themselves stay");
        for (PostView p : search.search(WARD, SearchRequest.of("")).posts()) {
            assertTrue(p.authorName().startsWith("Tác giả "), p.toString());
            assertFalse(p.toString().contains("_author") || p.toString().contains("Người dân"), p.toString());
        }
        assertEquals(masked.authorName(), search.view(CITY_UNCLEARED, "x:binhthanh").orElseThrow().authorName(), "stable");
    }

    @Test
    void snippetsAreMaskedEvenWhenTheWordSearchedIsAHandle() throws Exception {
        for (String q : List.of("binhthanh_author", "\"Người dân binhthanh\"", "kẹt xe")) {
            for (Hit h : search.search(CITY_UNCLEARED, SearchRequest.of(q)).hits()) {
                String shown = h.snippet().text() + h.snippet().parts();
                assertFalse(shown.contains("binhthanh_author") || shown.contains("Người dân"), q + ": " + shown);
            }
        }
        Hit cleared = search.search(CITY, SearchRequest.of("binhthanh_author")).hits().get(0);
        assertTrue(cleared.snippet().parts().contains(new Snippet.Part("binhthanh_author", true)), cleared.snippet().toString());
    }
}
