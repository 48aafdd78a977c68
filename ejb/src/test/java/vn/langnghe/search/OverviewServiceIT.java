package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostIndexer;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.TestIndexers;
import vn.langnghe.solr.RunningSolr;
import vn.langnghe.solr.SolrLauncher;

/** The dashboard's counts against a real standalone Solr: scopes, city-time days, empty days. */
class OverviewServiceIT {
    private static RunningSolr solr;
    private static SolrConnection connection;
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 20, 9, 0, 0, 0, OverviewService.CITY_ZONE);

    @BeforeAll
    static void start() throws Exception {
        solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(Files.createTempDirectory("langnghe-solr"), 0));
        connection = new SolrConnection(solr.baseUrls().get(0), solr.collection(), 10_000, 2);
        PostIndexer indexer = TestIndexers.indexer(connection);
        indexer.index(List.of(
                post("facebook", "1", "negative", "q1", NOW.minusHours(1)),
                // 23:30 in the city on the 18th is 16:30 UTC: it belongs to the 18th, not the 19th
                post("facebook", "2", "negative", "q1", ZonedDateTime.of(2026, 11, 18, 23, 30, 0, 0, OverviewService.CITY_ZONE)),
                // 00:30 in the city on the 19th is still the 18th in UTC
                post("youtube", "3", "positive", "binh_thanh", ZonedDateTime.of(2026, 11, 19, 0, 30, 0, 0, OverviewService.CITY_ZONE)),
                post("x", "4", "neutral", "q10", NOW.minusDays(40))));
        indexer.commit();
    }

    @AfterAll
    static void stop() {
        connection.close();
        solr.close();
    }

    private static Post post(String platform, String id, String sentiment, String area, ZonedDateTime at) {
        return Post.builder(platform, id).text("bài " + id).language("vi").createdAt(at.toInstant())
                .sentiment(sentiment, 0.0).regions(List.of(area), List.of()).build();
    }

    private static Reader reader(DataScope scope) {
        return new Reader("test", "test-unit", scope, false);
    }

    private static OverviewService service() {
        OverviewService s = new OverviewService();
        s.solr = connection;
        s.clock = Clock.fixed(NOW.toInstant(), OverviewService.CITY_ZONE);
        return s;
    }

    @Test
    void wholeCityCountsByPlatformSentimentAndCityDay() throws Exception {
        IndexOverview o = service().overview(reader(DataScope.WHOLE_CITY), 30);
        assertEquals(4, o.total());
        assertEquals(Map.of("facebook", 2L, "youtube", 1L, "x", 1L), o.byPlatform());
        assertEquals(Map.of("negative", 2L, "positive", 1L, "neutral", 1L), o.bySentiment());
        assertEquals(30, o.byDay().size());
        assertEquals(LocalDate.of(2026, 11, 20), o.byDay().lastKey());
        assertEquals(1L, o.byDay().get(LocalDate.of(2026, 11, 20)));
        assertEquals(1L, o.byDay().get(LocalDate.of(2026, 11, 18)));
        assertEquals(1L, o.byDay().get(LocalDate.of(2026, 11, 19)));
        assertEquals(0L, o.byDay().get(LocalDate.of(2026, 11, 10)));
        assertEquals(3L, o.byDay().values().stream().mapToLong(Long::longValue).sum(), "the 40-day-old post is outside");
    }

    @Test
    void aScopeSeesOnlyItsAreas() throws Exception {
        IndexOverview q1 = service().overview(reader(new DataScope(List.of("q1"))), 30);
        assertEquals(2, q1.total(), "q1 only: not q10, not binh_thanh");
        assertEquals(Map.of("facebook", 2L), q1.byPlatform());
        IndexOverview two = service().overview(reader(new DataScope(List.of("q1", "binh_thanh"))), 30);
        assertEquals(3, two.total());
    }

    @Test
    void solrAwayIsAClearError() {
        OverviewService s = service();
        s.solr = new SolrConnection("http://127.0.0.1:1/solr", "posts", 2000, 1);
        IndexingException e = assertThrows(IndexingException.class, () -> s.overview(reader(DataScope.WHOLE_CITY), 30));
        assertEquals(true, e.getMessage().startsWith("Solr could not count the index"), e.getMessage());
    }
}
