package vn.langnghe.tools.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrInputDocument;
import vn.langnghe.account.DataScope;
import vn.langnghe.audit.AuditAppender;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.AuditQueue;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostDocuments;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.search.PersonalDataMask;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.Reader;
import vn.langnghe.search.SearchFilter;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchSort;
import vn.langnghe.tools.demo.DemoDataset;

/**
 * What auditing costs a search. N demo posts (the demo generator, run with as many seeds as it takes)
 * go into a real Solr; then one mix of searches (four readers: a ward, a department, the city with and
 * without clearance; words, phrases, filters, dates, the three orders, later pages) runs through two
 * {@link PostSearch} instances on the same connection that differ only in their audit log:
 * <ul>
 * <li><b>on</b>: {@link AuditLog#outsideServer} over the real {@link AuditQueue} and {@link AuditAppender},
 * appending to the hash chain in an H2 file (every migration applied) on a background thread, as the
 * server's {@code AuditWriter} does;</li>
 * <li><b>off</b>: an audit log that records nothing.</li>
 * </ul>
 * Warm-up rounds first (not counted), then measured rounds in which each search of the mix runs once
 * each way, alternating which goes first. Each call is timed on its own; the figures are p50 and p95
 * of each side and their ratios. At the end the trail must hold exactly the audited calls and verify.
 *
 * <p>Arguments: {@code <Solr URL> <data dir> [posts] [measured rounds]}.
 */
public final class BenchAudit {
    private static final int WARM_UP_ROUNDS = 5;

    private BenchAudit() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BenchAudit <Solr URL> <data dir> [posts] [measured rounds]");
            System.exit(2);
        }
        String solrUrl = args[0];
        Path dir = Path.of(args[1]);
        int posts = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Files.createDirectories(dir);

        SolrConnection solr = new SolrConnection(solrUrl, "posts", 60_000, 2);
        long loaded = load(solr, posts);
        System.out.printf(Locale.ROOT, "index: %,d posts%n", loaded);

        BenchAuditTrail trail = new BenchAuditTrail(dir);
        PersonalDataMask mask = new PersonalDataMask("bench key, 32 bytes, not a real".getBytes(StandardCharsets.UTF_8));
        PostSearch on = new PostSearch(solr, trail.log(), mask);
        PostSearch off = new PostSearch(solr, new AuditLog() {
            @Override
            public void record(AuditEvent e) {
                // auditing off
            }
        }, mask);

        List<Search> mix = mix();
        System.out.printf(Locale.ROOT, "mix: %d searches; %d warm-up rounds, then %d measured rounds of the mix each way%n",
                mix.size(), WARM_UP_ROUNDS, rounds);
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            round(mix, on, off, r % 2 == 0, null, null);
        }
        List<Long> onTimes = new ArrayList<>();
        List<Long> offTimes = new ArrayList<>();
        long audited = (long) WARM_UP_ROUNDS * mix.size();
        for (int r = 0; r < rounds; r++) {
            round(mix, on, off, r % 2 == 0, onTimes, offTimes);
            audited += mix.size();
        }
        BenchAuditTrail.Written written = trail.finish();

        Latencies onL = new Latencies(onTimes);
        Latencies offL = new Latencies(offTimes);
        System.out.printf(Locale.ROOT, "searches: %,d each way%n", onL.count());
        System.out.printf(Locale.ROOT, "audit off: p50 %.2f ms, p95 %.2f ms, mean %.2f ms%n", offL.p50(), offL.p95(), offL.mean());
        System.out.printf(Locale.ROOT, "audit on:  p50 %.2f ms, p95 %.2f ms, mean %.2f ms%n", onL.p50(), onL.p95(), onL.mean());
        System.out.printf(Locale.ROOT, "ratio on/off: p50 %.3f, p95 %.3f, mean %.3f (goal: p50 <= 1.05)%n",
                onL.p50() / offL.p50(), onL.p95() / offL.p95(), onL.mean() / offL.mean());
        System.out.printf(Locale.ROOT, "audit trail: %,d events written for %,d audited searches; chain %s%n",
                written.events(), audited, written.firstBreak().map(b -> "BROKEN: " + b).orElse("intact"));
        if (written.events() != audited || written.firstBreak().isPresent()) {
            System.exit(1);
        }
        solr.close();
    }

    private record Search(Reader reader, SearchRequest request) {
    }

    private static void round(List<Search> mix, PostSearch on, PostSearch off, boolean onFirst, List<Long> onTimes,
                              List<Long> offTimes) throws Exception {
        for (Search s : mix) {
            if (onFirst) {
                time(on, s, onTimes);
                time(off, s, offTimes);
            } else {
                time(off, s, offTimes);
                time(on, s, onTimes);
            }
        }
    }

    private static void time(PostSearch search, Search s, List<Long> into) throws Exception {
        long t0 = System.nanoTime();
        search.search(s.reader(), s.request());
        long t = System.nanoTime() - t0;
        if (into != null) {
            into.add(t);
        }
    }

    static List<Search> mix() {
        List<Reader> readers = List.of(
                new Reader("phantich.q1", "ward-26740", DataScope.parse("q1", "26740", null), false),
                new Reader("so.xd", "dept-construction", DataScope.parse(null, null, "transport,flooding,land_housing"), false),
                new Reader("lanhdao", "city-leaders", DataScope.WHOLE_CITY, false),
                new Reader("admin", "city-admin", DataScope.WHOLE_CITY, true));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        List<SearchRequest> requests = List.of(
                SearchRequest.of(""),
                SearchRequest.of("ngập"),
                SearchRequest.of("kẹt xe").withSort(SearchSort.NEWEST),
                SearchRequest.of("\"triều cường\""),
                SearchRequest.of("ngap OR mua").withFilters(List.of(SearchFilter.parse("platform:facebook"))),
                SearchRequest.of("bệnh viện").withSort(SearchSort.ENGAGEMENT),
                SearchRequest.of("").withFilters(List.of(SearchFilter.parse("topic:flooding"),
                        SearchFilter.parse("sentiment:negative"))).withDates(today.minusDays(14), today),
                SearchRequest.of("giao thông").withPage(3, 20),
                SearchRequest.of("sai gon*").withSort(SearchSort.NEWEST).withPage(2, 50),
                SearchRequest.of("traffic flood"));
        List<Search> mix = new ArrayList<>();
        for (Reader r : readers) {
            for (SearchRequest q : requests) {
                mix.add(new Search(r, q));
            }
        }
        return mix;
    }

    /** Demo posts under new ids until the index holds {@code target}; a second run on the same Solr adds none. */
    private static long load(SolrConnection solr, int target) throws Exception {
        long have = count(solr);
        Instant now = Instant.now();
        long t0 = System.nanoTime();
        int seed = 1;
        List<SolrInputDocument> batch = new ArrayList<>(1000);
        long added = 0;
        while (have + added < target) {
            for (Post p : DemoDataset.generate(seed, now)) {
                if (have + added >= target) {
                    break;
                }
                batch.add(PostDocuments.toSolr(renamed(p, "b" + seed + "-" + added)));
                added++;
                if (batch.size() == 1000) {
                    solr.client().add(solr.collection(), batch);
                    batch.clear();
                }
            }
            seed++;
        }
        if (!batch.isEmpty()) {
            solr.client().add(solr.collection(), batch);
        }
        solr.client().commit(solr.collection());
        if (added > 0) {
            System.out.printf(Locale.ROOT, "loaded %,d demo posts (%d seeds) in %.1f s%n", added, seed - 1,
                    (System.nanoTime() - t0) / 1e9);
        }
        return count(solr);
    }

    private static Post renamed(Post p, String nativeId) {
        return new Post(Post.id(p.platform(), nativeId), p.platform(), p.source(), p.kind(), p.url(), p.parentId(),
                p.threadId(), p.authorName(), p.authorId(), p.title(), p.text(), p.language(), p.createdAt(),
                p.harvestedAt(), p.likes(), p.shares(), p.comments(), p.views(), p.sentiment(), p.sentimentScore(),
                p.topics(), p.regionAreas(), p.regionUnits(), p.keywords(), p.hashtags(), p.signature(), null,
                p.sentimentEvidence(), null);
    }

    private static long count(SolrConnection solr) throws Exception {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        return solr.client().query(solr.collection(), q).getResults().getNumFound();
    }
}
