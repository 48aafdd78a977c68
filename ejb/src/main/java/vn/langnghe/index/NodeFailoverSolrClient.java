package vn.langnghe.index;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.util.NamedList;

/**
 * A SolrJ client over several SolrCloud node URLs. Any node of a SolrCloud cluster accepts any request
 * for any collection and routes it to the right shards, so the client only has to find a node that
 * answers: it spreads requests round-robin and moves on to the next node when one cannot be reached.
 * SolrJ's own load-balancing and cloud clients need the Jetty HTTP client, which we keep out of the
 * EAR (it clashes with Payara's); the JDK HTTP client per node does the transport.
 */
final class NodeFailoverSolrClient extends SolrClient {
    private final List<SolrClient> nodes;
    private final AtomicInteger next = new AtomicInteger();

    NodeFailoverSolrClient(List<SolrClient> nodes) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("at least one Solr node URL is needed");
        }
        this.nodes = List.copyOf(nodes);
    }

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection)
            throws SolrServerException, IOException {
        int start = Math.floorMod(next.getAndIncrement(), nodes.size());
        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SolrClient node = nodes.get((start + i) % nodes.size());
            try {
                return node.request(request, collection);
            } catch (SolrServerException | IOException e) {
                if (!isUnreachable(e)) {
                    throw e;
                }
                failures.add(e);
            }
        }
        SolrServerException all = new SolrServerException(
                "No Solr node answered (" + nodes.size() + " tried)", failures.get(failures.size() - 1));
        failures.forEach(all::addSuppressed);
        throw all;
    }

    /** Only a node that cannot be reached is worth retrying elsewhere; a Solr error is the same everywhere. */
    private static boolean isUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (SolrClient node : nodes) {
            try {
                node.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
