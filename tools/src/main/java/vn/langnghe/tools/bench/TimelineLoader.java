package vn.langnghe.tools.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrInputDocument;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.index.PostDocuments;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.pipeline.PostAssembler;

/**
 * Fills a benchmark's Solr with {@link TimelinePosts} as fast as two cores allow: a worker per core and
 * one more (one analyses while another waits for Solr), batches of {@value #BATCH} documents, no commit
 * until the end. An index that a {@link LoadedIndex} marker says holds the same posts is used as it is.
 */
final class TimelineLoader {
    static final int BATCH = 5_000;
    private static final String MARKER = "search-index.properties";

    private final SolrConnection solr;
    private final Path dir;

    TimelineLoader(SolrConnection solr, Path dir) {
        this.solr = solr;
        this.dir = dir;
    }

    /** The index's anchor: the instant the posts' dates count back from. */
    Instant ensure(int posts, boolean fresh) throws Exception {
        Path markerFile = dir.resolve(MARKER);
        LoadedIndex marker = fresh ? null : LoadedIndex.read(markerFile).orElse(null);
        long inSolr = count();
        Optional<String> why = LoadedIndex.whyNotReusable(marker, inSolr, posts, TimelinePosts.VERSION, Instant.now());
        if (why.isEmpty()) {
            System.out.printf(Locale.ROOT, "index: %,d posts loaded on %s, used again (--fresh loads them anew)%n",
                    posts, marker.anchor());
            return marker.anchor();
        }
        System.out.printf(Locale.ROOT, "index: loading %,d posts (%s)%n", posts, why.get());
        Files.deleteIfExists(markerFile);
        if (inSolr > 0) {
            solr.client().deleteByQuery(solr.collection(), "*:*");
            solr.client().commit(solr.collection());
        }
        Instant anchor = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        load(posts, anchor);
        long loaded = count();
        if (loaded != posts) {
            throw new IllegalStateException("Solr holds " + loaded + " posts after loading " + posts);
        }
        new LoadedIndex(posts, TimelinePosts.VERSION, anchor).write(markerFile);
        return anchor;
    }

    private void load(int posts, Instant anchor) throws Exception {
        long t0 = System.nanoTime();
        System.out.println("index: building the analyzer (models, places)...");
        TimelinePosts timeline = new TimelinePosts(posts, new PostAssembler(new Analyzer()), anchor);
        int workers = Runtime.getRuntime().availableProcessors() + 1;
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            running.add(pool.submit(() -> {
                for (int from = next.getAndAdd(BATCH); from < posts; from = next.getAndAdd(BATCH)) {
                    int to = Math.min(posts, from + BATCH);
                    List<SolrInputDocument> batch = new ArrayList<>(to - from);
                    for (int i = from; i < to; i++) {
                        batch.add(PostDocuments.toSolr(timeline.post(i)));
                    }
                    solr.client().add(solr.collection(), batch);
                    progress(done.addAndGet(batch.size()), posts, t0);
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : running) {
            f.get();
        }
        long c0 = System.nanoTime();
        solr.client().commit(solr.collection());
        System.out.printf(Locale.ROOT, "index: %,d posts in %.0f s (%,.0f posts/s, %d workers; commit %.1f s)%n",
                posts, (System.nanoTime() - t0) / 1e9, posts / ((System.nanoTime() - t0) / 1e9), workers,
                (System.nanoTime() - c0) / 1e9);
    }

    private static void progress(long done, int posts, long t0) {
        // about every 50,000 (batches of 5,000 land in any order)
        if (done % 50_000 < BATCH || done == posts) {
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "index: %,9d / %,d posts, %5.0f s, %,6.0f posts/s%n", done, posts, s, done / s);
        }
    }

    private long count() throws Exception {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        return solr.client().query(solr.collection(), q).getResults().getNumFound();
    }
}
