package vn.langnghe.index;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.util.NamedList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one SolrJ client of the application. {@code langnghe.solr.url} is either one base URL (a
 * standalone Solr) or a comma-separated list of SolrCloud node URLs; in both cases requests go over
 * HTTP with the JDK client.
 */
@ApplicationScoped
public class SolrConnection {

    private final SolrClient client;
    /** Same nodes, short time-outs: health checks must answer quickly even when Solr hangs. */
    private final SolrClient probeClient;
    private final String collection;
    private final List<String> urls;
    private final ExecutorService bodyWriters;

    /** For CDI proxies only. */
    protected SolrConnection() {
        bodyWriters = null;
        client = null;
        probeClient = null;
        collection = null;
        urls = List.of();
    }

    /** Outside a server (tests, tools): the body writers are plain daemon threads. */
    public SolrConnection(String url, String collection, int timeoutMs, int probeSeconds) {
        this(url, collection, timeoutMs, probeSeconds, BackgroundThreads.daemon("langnghe-solr-body-writer"));
    }

    @Inject
    public SolrConnection(@ConfigProperty(name = "langnghe.solr.url") String url,
                          @ConfigProperty(name = "langnghe.solr.collection") String collection,
                          @ConfigProperty(name = "langnghe.solr.timeout-ms") int timeoutMs,
                          @ConfigProperty(name = "langnghe.health.timeout-seconds") int probeSeconds,
                          ThreadFactory threads) {
        this.urls = Arrays.stream(url.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.collection = collection;
        // the JDK client writes request bodies on this executor's threads; a write to a connection that
        // failed blocks its thread for good, and with SolrJ's own small pool a few Solr outages left no
        // thread to write the next body (updates then hung). An unbounded pool cannot be used up that way.
        this.bodyWriters = Executors.newCachedThreadPool(threads);
        this.client = create(urls, timeoutMs, bodyWriters);
        this.probeClient = create(urls, probeSeconds * 1000, bodyWriters);
    }

    static SolrClient create(List<String> urls, int timeoutMs, ExecutorService bodyWriters) {
        List<SolrClient> nodes = urls.stream()
                // HTTP/1.1: the JDK client's h2c upgrade of a POST with a body can hang forever against
                // Solr's Jetty (seen on SolrCloud updates); keep-alive HTTP/1.1 costs nothing here.
                .map(u -> (SolrClient) new HttpJdkSolrClient.Builder(u)
                        .useHttp1_1(true)
                        .withConnectionTimeout(Math.min(timeoutMs, 5000), TimeUnit.MILLISECONDS)
                        .withIdleTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                        .withRequestTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                        .withExecutor(bodyWriters)
                        .build())
                .toList();
        // also for a single node: its TCP check keeps bodies away from a Solr that is down
        return new NodeFailoverSolrClient(urls, nodes);
    }

    public SolrClient client() {
        return client;
    }

    public String collection() {
        return collection;
    }

    public List<String> urls() {
        return urls;
    }

    /** Asks the collection for its size with short time-outs; throws when Solr does not answer. */
    public long probe() throws SolrServerException, IOException {
        return probeClient.query(collection, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    }

    /**
     * Asks Solr itself whether it runs as SolrCloud: configuration may list one URL of a cloud node,
     * so the mode is a fact of the server, not of our settings.
     */
    public SolrMode mode() throws SolrServerException, IOException {
        NamedList<Object> info = probeClient.request(
                new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/info/system").setRequiresCollection(false));
        Object mode = info.get("mode");
        return "solrcloud".equals(mode) ? SolrMode.CLOUD : SolrMode.STANDALONE;
    }

    @PreDestroy
    public void close() {
        try {
            client.close();
            probeClient.close();
            bodyWriters.shutdownNow();
        } catch (IOException ignored) {
            // closing an HTTP client at undeploy: nothing left to save
        }
    }

    public enum SolrMode {
        STANDALONE("standalone"), CLOUD("cloud");

        private final String label;

        SolrMode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
