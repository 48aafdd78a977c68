package vn.langnghe.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Indexes posts into Solr in batches. Solr makes them searchable within
 * {@code langnghe.solr.commit-within-ms}; no explicit commit is sent, so many writers can share the
 * collection without commit storms.
 */
@ApplicationScoped
public class PostIndexer {
    private static final Logger LOG = Logger.getLogger(PostIndexer.class.getName());

    @Inject
    SolrConnection solr;

    @Inject
    @ConfigProperty(name = "langnghe.solr.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "langnghe.solr.commit-within-ms")
    int commitWithinMs;

    /** Sends the posts in batches; returns how many were accepted by Solr. */
    public int index(List<Post> posts) throws IndexingException {
        int sent = 0;
        List<SolrInputDocument> batch = new ArrayList<>(Math.min(batchSize, posts.size()));
        for (Post p : posts) {
            batch.add(PostDocuments.toSolr(p));
            if (batch.size() >= batchSize) {
                sent += send(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            sent += send(batch);
        }
        return sent;
    }

    private int send(List<SolrInputDocument> batch) throws IndexingException {
        try {
            solr.client().add(solr.collection(), batch, commitWithinMs);
            return batch.size();
        } catch (SolrServerException | IOException | RuntimeException e) {
            LOG.warning(() -> "Solr refused a batch of " + batch.size() + " documents: " + e.getMessage());
            throw new IndexingException("Solr did not accept a batch of " + batch.size() + " documents: "
                    + e.getMessage(), e);
        }
    }

    /** Makes everything sent so far searchable now; for loaders and tests that must read their writes. */
    public void commit() throws IndexingException {
        try {
            solr.client().commit(solr.collection(), true, true, true);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr commit failed: " + e.getMessage(), e);
        }
    }
}
