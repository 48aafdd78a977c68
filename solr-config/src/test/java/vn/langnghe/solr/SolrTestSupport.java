package vn.langnghe.solr;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/** Small helpers shared by the integration tests. */
final class SolrTestSupport {

  private SolrTestSupport() {}

  /** A currently free local port (the usual small race is acceptable in tests). */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  /** An HTTP client on a node's base URL with {@code posts} as default collection. */
  static SolrClient client(String baseUrl) {
    return new HttpJdkSolrClient.Builder(baseUrl).withDefaultCollection(PostsConfigset.NAME).build();
  }

  static SolrClient client(RunningSolr solr) {
    List<String> urls = solr.baseUrls();
    return client(urls.get(0));
  }
}
