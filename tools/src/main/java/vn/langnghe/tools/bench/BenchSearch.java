package vn.langnghe.tools.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.search.OverviewService;
import vn.langnghe.search.PersonalDataMask;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.Reader;
import vn.langnghe.search.ScopedQuery;
import vn.langnghe.search.SearchPage;
import vn.langnghe.search.SearchRequest;

/**
 * What a search costs at a city's scale, and what the application adds to Solr's own time. A Solr of its
 * own holds N posts of {@link TimelinePosts} (default 1,000,000; loaded once by {@link TimelineLoader} and
 * used again while unchanged); the {@link SearchMix} then runs two ways, interleaved in rounds after a warm-up:
 * <ul>
 * <li><b>application</b>: {@link PostSearch#search} with a real audit trail ({@link BenchAuditTrail}): the
 * scoped query built, Solr asked, the response read into hits, facets and the chart, masked for the ward's
 * analyst, the event recorded;</li>
 * <li><b>bare</b>: the very {@link SolrQuery} that {@link ScopedQuery#search} builds for the same reader and
 * request (built before the clock starts), sent with the same SolrJ client; the response is not mapped.</li>
 * </ul>
 * Each call is timed on its own; p50, p95, p99 and the mean per side, their ratios and the goals are
 * printed, then each search's medians. The trail must hold one event per application call and verify.
 *
 * <p>Arguments: {@code <Solr URL> <data dir> [posts] [measured rounds] [--fresh]}.
 */
public final class BenchSearch {
    static final int WARM_UP_ROUNDS = 3;
    /** The goals of issue 15. */
    static final double GOAL_P95_MS = 150;
    static final double GOAL_RATIO = 1.3;

    private BenchSearch() {
    }

    public static void main(String[] args) throws Exception {
        List<String> plain = new ArrayList<>();
        boolean fresh = false;
        for (String a : args) {
            if (a.equals("--fresh")) {
                fresh = true;
            } else {
                plain.add(a);
            }
        }
        if (plain.size() < 2) {
            System.err.println("usage: BenchSearch <Solr URL> <data dir> [posts] [measured rounds] [--fresh]");
            System.exit(2);
        }
        Path dir = Path.of(plain.get(1));
        int posts = plain.size() > 2 ? Integer.parseInt(plain.get(2)) : 1_000_000;
        int rounds = plain.size() > 3 ? Integer.parseInt(plain.get(3)) : 20;
        Files.createDirectories(dir);

        SolrConnection solr = new SolrConnection(plain.get(0), "posts", 120_000, 2);
        new TimelineLoader(solr, dir).ensure(posts, fresh);

        BenchAuditTrail trail = new BenchAuditTrail(dir.resolve("db"));
        PostSearch app = new PostSearch(solr, trail.log(),
                new PersonalDataMask("bench key, 32 bytes, not a real".getBytes(StandardCharsets.UTF_8)));

        long c0 = System.nanoTime();
        Map<Reader, String> cursors = new HashMap<>();
        List<SearchMix.Search> mix = SearchMix.build(LocalDate.now(OverviewService.CITY_ZONE),
                (reader, request) -> cursors.computeIfAbsent(reader, r -> walk(solr, r, request)));
        System.out.printf(Locale.ROOT, "cursors: walked %,d results deep for each reader in %.1f s%n",
                SearchMix.CURSOR_DEPTH, (System.nanoTime() - c0) / 1e9);
        System.out.printf(Locale.ROOT, "mix: %d searches (%d readers); %d warm-up rounds, then %d measured rounds,"
                + " each search once each way per round, alternating which goes first%n", mix.size(), 2, WARM_UP_ROUNDS, rounds);

        Map<String, Long> hits = new LinkedHashMap<>();
        Map<String, List<Long>> appTimes = new LinkedHashMap<>();
        Map<String, List<Long>> bareTimes = new LinkedHashMap<>();
        for (SearchMix.Search s : mix) {
            appTimes.put(s.label(), new ArrayList<>());
            bareTimes.put(s.label(), new ArrayList<>());
        }
        long audited = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < WARM_UP_ROUNDS + rounds; r++) {
            boolean measured = r >= WARM_UP_ROUNDS;
            for (SearchMix.Search s : mix) {
                long a;
                long b;
                if (r % 2 == 0) {
                    a = timeApp(app, s, hits);
                    b = timeBare(solr, s);
                } else {
                    b = timeBare(solr, s);
                    a = timeApp(app, s, hits);
                }
                audited++;
                if (measured) {
                    appTimes.get(s.label()).add(a);
                    bareTimes.get(s.label()).add(b);
                }
            }
            System.out.printf(Locale.ROOT, "round %2d of %d %s, %.0f s%n", r + 1, WARM_UP_ROUNDS + rounds,
                    measured ? "(measured)" : "(warm-up) ", (System.nanoTime() - t0) / 1e9);
        }
        BenchAuditTrail.Written written = trail.finish();

        Latencies appAll = new Latencies(appTimes.values().stream().flatMap(List::stream).toList());
        Latencies bareAll = new Latencies(bareTimes.values().stream().flatMap(List::stream).toList());
        System.out.println();
        System.out.printf(Locale.ROOT, "%,d posts, %,d searches each way%n%n", posts, appAll.count());
        System.out.println(table(appAll, bareAll));
        System.out.println(goals(appAll, bareAll));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-34s %10s %9s %9s %9s %9s%n", "search", "found", "app p50", "bare p50",
                "app p95", "ratio");
        for (SearchMix.Search s : mix) {
            Latencies a = new Latencies(appTimes.get(s.label()));
            Latencies b = new Latencies(bareTimes.get(s.label()));
            System.out.printf(Locale.ROOT, "%-34s %,10d %9.1f %9.1f %9.1f %9.2f%n", s.label(), hits.get(s.label()),
                    a.p50(), b.p50(), a.p95(), a.p50() / b.p50());
        }
        System.out.printf(Locale.ROOT, "%naudit trail: %,d events written for %,d searches; chain %s%n",
                written.events(), audited, written.firstBreak().map(x -> "BROKEN: " + x).orElse("intact"));
        solr.close();
        if (written.events() != audited || written.firstBreak().isPresent()) {
            System.exit(1);
        }
    }

    /** The summary table, in ms. */
    static String table(Latencies app, Latencies bare) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s %9s%n", "ms", "p50", "p95", "p99", "mean"));
        b.append(row("application (PostSearch)", app.p50(), app.p95(), app.p99(), app.mean(), "%9.1f"));
        b.append(row("bare (same SolrQuery)", bare.p50(), bare.p95(), bare.p99(), bare.mean(), "%9.1f"));
        b.append(row("ratio application/bare", app.p50() / bare.p50(), app.p95() / bare.p95(), app.p99() / bare.p99(),
                app.mean() / bare.mean(), "%9.3f"));
        return b.toString();
    }

    private static String row(String name, double p50, double p95, double p99, double mean, String cell) {
        return String.format(Locale.ROOT, "%-28s " + cell + " " + cell + " " + cell + " " + cell + "%n", name, p50, p95,
                p99, mean);
    }

    /** Whether the run met issue 15's goals for the search service. */
    static String goals(Latencies app, Latencies bare) {
        double ratio = app.p50() / bare.p50();
        return String.format(Locale.ROOT, "goal p95 of the full search <= %.0f ms: %s (%.1f ms)%n"
                        + "goal application/bare ratio of medians <= %.1f: %s (%.3f)", GOAL_P95_MS,
                app.p95() <= GOAL_P95_MS ? "MET" : "NOT MET", app.p95(), GOAL_RATIO, ratio <= GOAL_RATIO ? "MET" : "NOT MET",
                ratio);
    }

    private static long timeApp(PostSearch app, SearchMix.Search s, Map<String, Long> hits) throws Exception {
        long t0 = System.nanoTime();
        SearchPage page = app.search(s.reader(), s.request());
        long t = System.nanoTime() - t0;
        hits.put(s.label(), page.total());
        return t;
    }

    private static long timeBare(SolrConnection solr, SearchMix.Search s) throws Exception {
        SolrQuery q = ScopedQuery.search(s.reader(), s.request());
        long t0 = System.nanoTime();
        solr.client().query(solr.collection(), q);
        return System.nanoTime() - t0;
    }

    /** The cursor {@link SearchMix#CURSOR_DEPTH} results into the request, walked 100 at a time. */
    private static String walk(SolrConnection solr, Reader reader, SearchRequest request) {
        String cursor = SearchRequest.FIRST_CURSOR;
        try {
            for (int seen = 0; seen < SearchMix.CURSOR_DEPTH; seen += SearchRequest.MAX_ROWS) {
                QueryResponse rsp = solr.client().query(solr.collection(),
                        ScopedQuery.search(reader, request.withCursor(cursor, SearchRequest.MAX_ROWS)));
                cursor = rsp.getNextCursorMark();
            }
        } catch (Exception e) {
            throw new IllegalStateException("walking the cursor for " + reader.username() + ": " + e.getMessage(), e);
        }
        return cursor;
    }
}
