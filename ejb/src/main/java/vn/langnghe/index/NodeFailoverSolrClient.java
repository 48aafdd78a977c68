package vn.langnghe.index;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
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
    private static final int CONNECT_CHECK_MS = 1000;

    private final List<SolrClient> nodes;
    private final List<URI> urls;
    /** Per node: 1 = answered last time; 0 = never used or refused a connection (TCP-checked first). */
    private final AtomicIntegerArray alive;
    private final AtomicInteger next = new AtomicInteger();

    NodeFailoverSolrClient(List<String> urls, List<SolrClient> nodes) {
        if (nodes.isEmpty() || nodes.size() != urls.size()) {
            throw new IllegalArgumentException("one client per Solr node URL is needed");
        }
        this.nodes = List.copyOf(nodes);
        this.urls = urls.stream().map(URI::create).toList();
        this.alive = new AtomicIntegerArray(nodes.size());
    }

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection)
            throws SolrServerException, IOException {
        int start = Math.floorMod(next.getAndIncrement(), nodes.size());
        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            int n = (start + i) % nodes.size();
            if (!usable(n)) {
                failures.add(new ConnectException("Solr node " + urls.get(n) + " is not reachable"));
                continue;
            }
            try {
                NamedList<Object> rsp = nodes.get(n).request(request, collection);
                alive.set(n, 1);
                return rsp;
            } catch (SolrServerException | IOException e) {
                if (!isUnreachable(e)) {
                    throw e;
                }
                alive.set(n, 0);
                failures.add(e);
            }
        }
        SolrServerException all = new SolrServerException(
                "No Solr node answered (" + nodes.size() + " tried)", failures.get(failures.size() - 1));
        failures.forEach(all::addSuppressed);
        throw all;
    }

    /**
     * Whether to send a request to node n. A node never used, or that refused a connection, is first
     * checked with a plain TCP connect (refused at once when Solr is down, so the readiness check sees
     * Solr back as soon as it is): the JDK client streams a
     * request body from a pipe that a writer thread fills, and when the connection fails that thread
     * stays blocked on the full pipe for good, so bodies must not be sent to a dead node.
     */
    private boolean usable(int n) {
        if (alive.get(n) == 1) {
            return true;
        }
        URI uri = urls.get(n);
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), CONNECT_CHECK_MS);
            alive.set(n, 1);
            return true;
        } catch (IOException e) {
            return false;
        }
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
