package vn.langnghe.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 2-node SolrCloud with a 2-shard collection: layout, distributed indexing/search, restart. */
class LauncherCloudIT {

  @Test
  void twoNodesTwoShardsIndexQueryAndRestart(@TempDir Path home) throws Exception {
    int port = basePort();
    SolrLauncher.Options options = SolrLauncher.Options.cloud(home, port, 2, 2, 1);
    try (RunningSolr solr = SolrLauncher.startCloud(options)) {
      assertEquals(
          List.of("http://127.0.0.1:" + port + "/solr", "http://127.0.0.1:" + (port + 1) + "/solr"),
          solr.baseUrls());

      DocCollection posts = collectionState(solr);
      assertEquals(2, posts.getSlices().size());
      for (Slice slice : posts.getSlices()) {
        assertEquals(Slice.State.ACTIVE, slice.getState());
        assertTrue(slice.getReplicas().stream().allMatch(r -> r.getState() == Replica.State.ACTIVE));
      }
      Set<String> nodes =
          posts.getReplicas().stream().map(Replica::getNodeName).collect(Collectors.toSet());
      assertEquals(2, nodes.size(), "replicas spread over both nodes: " + nodes);

      List<SolrInputDocument> docs = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", "rss:" + i);
        doc.addField("text", "Tin số " + i + " về giao thông Sài Gòn");
        doc.addField("platform", "rss");
        docs.add(doc);
      }
      try (SolrClient client = SolrTestSupport.client(solr.baseUrls().get(0))) {
        client.add(docs);
        client.commit();
      }
      for (String baseUrl : solr.baseUrls()) {
        try (SolrClient client = SolrTestSupport.client(baseUrl)) {
          assertEquals(100, client.query(new SolrQuery("sai gon")).getResults().getNumFound(), baseUrl);
        }
      }
      long total = 0;
      for (Replica replica : posts.getReplicas()) {
        long count = coreCount(replica);
        assertTrue(count > 0, "shard replica " + replica.getCoreName() + " holds documents");
        total += count;
      }
      assertEquals(100, total);
    }

    // same home, same ports: ZooKeeper state and the nodes' cores come back
    try (RunningSolr solr = SolrLauncher.startCloud(options);
        SolrClient client = SolrTestSupport.client(solr.baseUrls().get(1))) {
      assertEquals(100, client.query(new SolrQuery("*:*")).getResults().getNumFound());
      assertEquals(2, collectionState(solr).getSlices().size());
    }
  }

  private static DocCollection collectionState(RunningSolr solr) {
    return ((CloudSolr) solr)
        .cluster()
        .getSolrClient()
        .getClusterState()
        .getCollection(PostsConfigset.NAME);
  }

  private static long coreCount(Replica replica) throws Exception {
    try (SolrClient core =
        new HttpJdkSolrClient.Builder(replica.getBaseUrl())
            .withDefaultCollection(replica.getCoreName())
            .build()) {
      SolrQuery query = new SolrQuery("*:*").setRows(0);
      query.set("distrib", false);
      return core.query(query).getResults().getNumFound();
    }
  }

  /** A port p such that p, p+1 (second node) and p+1000 (ZooKeeper) are free. */
  private static int basePort() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int p = SolrTestSupport.freePort();
      if (p + 1000 < 65535 && free(p + 1) && free(p + 1000)) {
        return p;
      }
    }
    throw new IOException("no free port range found");
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
