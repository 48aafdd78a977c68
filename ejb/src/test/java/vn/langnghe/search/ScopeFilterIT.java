package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostField;
import vn.langnghe.index.PostIndexer;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.TestIndexers;
import vn.langnghe.solr.RunningSolr;
import vn.langnghe.solr.SolrLauncher;

/**
 * Each kind of scope against a real Solr: the filter query returns exactly the posts the scope may see,
 * indexed as the pipeline indexes them (region areas and units, the region path, topics).
 */
class ScopeFilterIT {
    private static RunningSolr solr;
    private static SolrConnection connection;

    @BeforeAll
    static void start() throws Exception {
        solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(Files.createTempDirectory("langnghe-solr"), 0));
        connection = new SolrConnection(solr.baseUrls().get(0), solr.collection(), 10_000, 2);
        PostIndexer indexer = TestIndexers.indexer(connection);
        indexer.index(List.of(
                post("saigon", List.of("q1"), List.of("26740"), "public_order"),       // phường Sài Gòn
                post("tandinh", List.of("q1"), List.of("26737"), "transport"),         // phường Tân Định, also q1
                // an old ward of another area that went (partly) into phường Sài Gòn: indexed under its old area
                post("oldward", List.of("q3"), List.of("26740"), "flooding"),
                post("binhthanh", List.of("binh_thanh"), List.of(), "transport"),
                post("thuduc", List.of("thu_duc"), List.of("26824"), "health"),
                post("city", List.of("hcmc"), List.of(), "health"),                    // names only the city
                post("noplace", List.of(), List.of(), "education"),                    // names no place
                post("cityandq7", List.of("hcmc", "q7"), List.of(), "transport"),      // about Q7, not the city
                post("q1health", List.of("q1"), List.of(), "health"),
                post("untopical", List.of("binh_thanh"), List.of())));
        indexer.commit();
    }

    @AfterAll
    static void stop() {
        connection.close();
        solr.close();
    }

    private static Post post(String id, List<String> areas, List<String> units, String... topics) {
        return Post.builder("facebook", id).text("bài " + id).language("vi").createdAt(Instant.parse("2026-11-20T02:00:00Z"))
                .regions(areas, units).topics(List.of(topics)).build();
    }

    private static Set<String> visible(DataScope scope) throws Exception {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(100);
        q.setFields(PostField.ID);
        ScopeFilter.of(scope).ifPresent(q::addFilterQuery);
        Set<String> ids = new TreeSet<>();
        for (SolrDocument d : connection.client().query(connection.collection(), q).getResults()) {
            ids.add(((String) d.getFieldValue(PostField.ID)).substring("facebook:".length()));
        }
        return ids;
    }

    private static Set<String> ids(String... ids) {
        return new TreeSet<>(List.of(ids));
    }

    @Test
    void theCitySeesEverything() throws Exception {
        assertEquals(ids("saigon", "tandinh", "oldward", "binhthanh", "thuduc", "city", "noplace", "cityandq7",
                "q1health", "untopical"), visible(DataScope.WHOLE_CITY));
    }

    @Test
    void aWardSeesItselfItsAreaAndCityWidePosts() throws Exception {
        assertEquals(ids("saigon", "tandinh", "oldward", "q1health", "city", "noplace"),
                visible(DataScope.parse("q1", "26740", null)));
    }

    @Test
    void anAreaSeesItsAreaAndCityWidePosts() throws Exception {
        assertEquals(ids("binhthanh", "untopical", "city", "noplace"), visible(DataScope.parse("binh_thanh")));
        assertEquals(ids("cityandq7", "city", "noplace"), visible(DataScope.parse("q7")));
    }

    @Test
    void aDepartmentSeesItsTopicsAllOverTheCity() throws Exception {
        assertEquals(ids("tandinh", "oldward", "binhthanh", "cityandq7"),
                visible(DataScope.parse(null, null, "transport,flooding,land_housing")));
        assertEquals(ids("thuduc", "city", "q1health"), visible(DataScope.parse(null, null, "health")));
    }

    @Test
    void regionsAndTopicsTogetherMustBothHold() throws Exception {
        assertEquals(ids("q1health", "city"), visible(DataScope.parse("q1", "26740", "health")));
    }
}
