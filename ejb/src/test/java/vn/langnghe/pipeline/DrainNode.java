package vn.langnghe.pipeline;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.database.PostgresTestSchema;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.TestIndexers;

/**
 * A drain node in a JVM of its own, for {@link TwoNodeDrainIT}: one {@link OutboxWorker} with the real
 * claims (on PostgreSQL), analysis and indexing (into Solr), finishing through a {@link CountingOutbox}.
 * Prints {@code READY}, starts when a line arrives on standard input, drains until no row waits (rows
 * held by another node's claim are waited for: finished by it, or taken over when the lease passes),
 * then prints {@code DONE}.
 *
 * <p>Arguments: PostgreSQL URL, user, schema, Solr base URL, collection, node name, lease seconds,
 * batch size.
 */
public final class DrainNode {
    private DrainNode() {
    }

    public static void main(String[] args) throws Exception {
        String node = args[5];
        CountingOutbox outbox = new CountingOutbox(PostgresTestSchema.dataSource(args[0], args[1], args[2]),
                new OutboxClaims(Integer.parseInt(args[6])), node);
        SolrConnection solr = new SolrConnection(args[3], args[4], 30_000, 5);
        PostAssembler assembler = new PostAssembler(new Analyzer());
        OutboxWorker worker = new OutboxWorker(node + "/0", outbox, Integer.parseInt(args[7]), () -> assembler,
                new DuplicateGroups(solr), TestIndexers.indexer(solr));
        System.out.println("READY " + node);
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        long t0 = System.nanoTime();
        while (true) {
            if (worker.drainBatch()) {
                continue;
            }
            if (outbox.waiting() == 0) {
                break;
            }
            // every waiting row is held by the other node: finished by it soon, or free when the lease passes
            Thread.sleep(100);
        }
        System.out.printf("DONE %s claimed=%d finished=%d ms=%d%n", node, outbox.claimedRows, outbox.finishedRows,
                (System.nanoTime() - t0) / 1_000_000);
        solr.close();
    }
}
