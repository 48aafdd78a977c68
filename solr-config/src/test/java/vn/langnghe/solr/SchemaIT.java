package vn.langnghe.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.RangeFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The posts schema against a real standalone Solr: Vietnamese analysis and the facets. */
class SchemaIT {

  @TempDir static Path home;

  private static RunningSolr solr;
  private static SolrClient client;

  @BeforeAll
  static void startAndIndex() throws Exception {
    solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(home, 0));
    client = SolrTestSupport.client(solr);
    client.add(
        List.of(
            post("facebook:1", "facebook", "negative", "2026-11-01T08:00:00Z",
                "Kẹt xe kinh khủng ở vòng xoay Dân Chủ", List.of("traffic"), "q3", "27139"),
            post("youtube:2", "youtube", "negative", "2026-11-01T10:00:00Z",
                "Sài Gòn mưa ngập đường Nguyễn Hữu Cảnh", List.of("flooding", "traffic"),
                "bthanh", "26905", "flooding:negative", "transport:positive", "transport:negative"),
            post("facebook:3", "facebook", "neutral", "2026-11-02T09:00:00Z",
                "Quần áo giảm giá", List.of("commerce"), "q1", "26734"),
            post("rss:4", "rss", "positive", "2026-11-02T23:30:00Z",
                "Quận 1 sạch đẹp", List.of("environment"), "q1", "26737"),
            post("facebook:5", "facebook", "negative", "2026-11-03T07:00:00Z",
                "KẸT XE giờ cao điểm trên cầu Sài Gòn", List.of("traffic"), "q1", "26734",
                "transport:negative")));
    client.commit();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      if (solr != null) {
        solr.close();
      }
    }
  }

  private static SolrInputDocument post(
      String id, String platform, String sentiment, String createdAt, String text,
      List<String> topics, String area, String unit, String... topicSentiments) {
    SolrInputDocument doc = new SolrInputDocument();
    for (String pair : topicSentiments) {
      doc.addField("topic_sentiment", pair);
    }
    doc.addField("id", id);
    doc.addField("platform", platform);
    doc.addField("kind", "post");
    doc.addField("sentiment", sentiment);
    doc.addField("created_at", Date.from(Instant.parse(createdAt)));
    doc.addField("text", text);
    doc.addField("author_name", "Nguyễn Văn A");
    topics.forEach(t -> doc.addField("topics", t));
    doc.addField("region_areas", area);
    doc.addField("region_units", unit);
    doc.addField("region_path", "0/hcmc");
    doc.addField("region_path", "1/hcmc/" + area);
    doc.addField("region_path", "2/hcmc/" + area + "/" + unit);
    doc.addField("likes", 10L);
    return doc;
  }

  private static Set<String> ids(String q) throws Exception {
    QueryResponse response = client.query(new SolrQuery(q).setRows(100));
    Set<String> ids = new TreeSet<>();
    for (SolrDocument doc : response.getResults()) {
      ids.add((String) doc.getFieldValue("id"));
    }
    return ids;
  }

  @Test
  void foldedSearchIgnoresDiacriticsAndCase() throws Exception {
    assertEquals(Set.of("facebook:1", "facebook:5"), ids("ket xe"));
    assertEquals(Set.of("facebook:1", "facebook:5"), ids("KẸT XE"));
    assertEquals(Set.of("facebook:1", "facebook:5"), ids("\"kẹt xe\""));
    assertEquals(Set.of("youtube:2", "facebook:5"), ids("sai gon"));
    assertEquals(Set.of("youtube:2"), ids("duong nguyen huu canh")); // đ folds to d
    assertEquals(Set.of("facebook:1", "youtube:2", "facebook:3", "rss:4", "facebook:5"),
        ids("author_name:nguyen"));
  }

  @Test
  void exactFieldKeepsDiacritics() throws Exception {
    assertEquals(Set.of("rss:4"), ids("text_exact:quận"));
    assertEquals(Set.of("facebook:3"), ids("text_exact:quần"));
    assertEquals(Set.of("facebook:3", "rss:4"), ids("text:quan"));
    // the default qf searches both: typed with diacritics, the exact spelling ranks first
    QueryResponse response = client.query(new SolrQuery("quận"));
    assertEquals(2, response.getResults().getNumFound());
    assertEquals("rss:4", response.getResults().get(0).getFieldValue("id"));
  }

  @Test
  void termFacetsCountExactly() throws Exception {
    SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1);
    query.addFacetField("platform", "sentiment", "topics");
    QueryResponse response = client.query(query);
    assertEquals(Map.of("facebook", 3L, "youtube", 1L, "rss", 1L),
        counts(response.getFacetField("platform")));
    assertEquals(Map.of("negative", 3L, "neutral", 1L, "positive", 1L),
        counts(response.getFacetField("sentiment")));
    assertEquals(Map.of("traffic", 3L, "flooding", 1L, "commerce", 1L, "environment", 1L),
        counts(response.getFacetField("topics")));
  }

  @Test
  void topicSentimentPairsFacetAndFilterWithTheirColon() throws Exception {
    SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1);
    query.addFacetField("topic_sentiment");
    assertEquals(Map.of("transport:negative", 2L, "transport:positive", 1L, "flooding:negative", 1L),
        counts(client.query(query).getFacetField("topic_sentiment")));
    assertEquals(Set.of("youtube:2", "facebook:5"), ids("topic_sentiment:transport\\:negative"));
    assertEquals(Set.of("youtube:2"), ids("topic_sentiment:(transport\\:positive)"));
  }

  @Test
  void regionPathDrillsDownByPrefix() throws Exception {
    SolrQuery areas = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1);
    areas.addFacetField("region_path");
    areas.setFacetPrefix("region_path", "1/hcmc/");
    assertEquals(Map.of("1/hcmc/q1", 3L, "1/hcmc/q3", 1L, "1/hcmc/bthanh", 1L),
        counts(client.query(areas).getFacetField("region_path")));

    SolrQuery units = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1);
    units.addFacetField("region_path");
    units.setFacetPrefix("region_path", "2/hcmc/q1/");
    assertEquals(Map.of("2/hcmc/q1/26734", 2L, "2/hcmc/q1/26737", 1L),
        counts(client.query(units).getFacetField("region_path")));

    // filtering on a node of the tree
    assertEquals(Set.of("facebook:3", "facebook:5"), ids("region_path:\"2/hcmc/q1/26734\""));
  }

  @Test
  void rangeFacetByDay() throws Exception {
    SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true);
    query.addDateRangeFacet(
        "created_at",
        Date.from(Instant.parse("2026-11-01T00:00:00Z")),
        Date.from(Instant.parse("2026-11-04T00:00:00Z")),
        "+1DAY");
    RangeFacet<?, ?> range = client.query(query).getFacetRanges().get(0);
    Map<String, Integer> byDay = new LinkedHashMap<>();
    for (RangeFacet.Count count : range.getCounts()) {
      byDay.put(count.getValue(), count.getCount());
    }
    assertEquals(
        Map.of("2026-11-01T00:00:00Z", 2, "2026-11-02T00:00:00Z", 2, "2026-11-03T00:00:00Z", 1),
        byDay);
  }

  @Test
  void realtimeGetSeesUncommittedDocuments() throws Exception {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", "facebook:rtg");
    doc.addField("text", "chưa commit");
    client.add(doc);
    SolrDocument got = client.getById("facebook:rtg");
    assertEquals("chưa commit", got.getFieldValue("text"));
    client.deleteById("facebook:rtg");
    client.commit();
  }

  private static Map<String, Long> counts(FacetField field) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (FacetField.Count count : field.getValues()) {
      counts.put(count.getName(), count.getCount());
    }
    return counts;
  }
}
