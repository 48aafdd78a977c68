package vn.langnghe.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostField;
import vn.langnghe.index.PostIndexer;
import vn.langnghe.index.SolrConnection;

/**
 * Loads the demo dataset into the index once, shortly after deployment, when the demo is enabled and
 * the index does not hold it yet. It runs from a timer so that deployment never waits for Solr, and it
 * tries again later while Solr cannot be reached.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    static final long SEED = 20250701L;
    private static final long RETRY_MS = 10_000;

    @Resource
    TimerService timers;

    @Inject
    SolrConnection solr;

    @Inject
    PostIndexer indexer;

    @Inject
    @ConfigProperty(name = "langnghe.demo.enabled")
    boolean enabled;

    @PostConstruct
    void scheduleLoad() {
        if (enabled) {
            timers.createSingleActionTimer(1_000, new TimerConfig("demo-load", false));
        }
    }

    @Timeout
    void onTimer() {
        try {
            loadIfMissing();
        } catch (IndexingException e) {
            LOG.warning(() -> "Demo data not loaded yet, retrying in " + RETRY_MS / 1000 + " s: " + e.getMessage());
            timers.createSingleActionTimer(RETRY_MS, new TimerConfig("demo-load", false));
        }
    }

    /** Indexes the demo dataset unless the index already has it; returns how many posts were indexed. */
    public int loadIfMissing() throws IndexingException {
        List<Post> posts = DemoDataset.generate(SEED, Instant.now());
        long present = countPresent(posts);
        if (present >= posts.size()) {
            LOG.info(() -> "Demo data already indexed (" + present + " posts)");
            return 0;
        }
        long start = System.nanoTime();
        int n = indexer.index(posts);
        indexer.commit();
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Demo data run: " + n + " posts and comments indexed in " + ms + " ms");
        return n;
    }

    /** How many of these posts the index already holds, looked up by id (the demo's ids do not change). */
    private long countPresent(List<Post> posts) throws IndexingException {
        try {
            SolrQuery q = new SolrQuery("{!terms f=" + PostField.ID + "}"
                    + posts.stream().map(Post::id).collect(Collectors.joining(","))).setRows(0);
            return solr.client().query(solr.collection(), q, SolrRequest.METHOD.POST).getResults().getNumFound();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr cannot be reached: " + e.getMessage(), e);
        }
    }
}
