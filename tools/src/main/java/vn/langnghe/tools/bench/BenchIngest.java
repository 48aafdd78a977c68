package vn.langnghe.tools.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import vn.langnghe.harvest.connector.Cursor;
import vn.langnghe.index.PostField;
import vn.langnghe.index.SignatureBands;

/**
 * End-to-end ingest benchmark against a running platform. A local HTTP server plays a Mastodon
 * hashtag timeline of N statuses; a source for it is created through {@code /api/v1/sources}; the
 * clock runs from the replay's first page until Solr can find all N. Then the same N documents, read
 * back from Solr, are indexed again under other ids with plain SolrJ (batches of 1,000, commitWithin
 * 1 s like the platform): the baseline. Warm-up rounds come first and are not counted (on two busy
 * cores both JVMs' JIT compilers fall behind, and rounds kept getting faster for 300,000 to 600,000
 * items after a start): at least {@link #WARM_UP_ITEMS}, and on while rounds still get faster; then
 * seven measured rounds, and the median ratio is the figure. Rounds are of 50,000
 * items by default: both sides become searchable at Solr's one-second commits, and a round of 10,000
 * measured mostly how many commit windows each side needed (the raw side's adds take under a second, so
 * it is one window, or two; the harvest two or three), giving ratios of 0.35 or 0.52 for the same code.
 * Each measured part (end-to-end, raw) starts once the machine is quiet ({@link #settle}).
 * Freshness is the time from an item's harvest ({@code harvested_at}) to the moment a search first
 * finds it, read from a poll of the visible count every 100 ms (the outbox drains in fetch order, so
 * the k-th item visible is about the k-th harvested): once for the first measured burst, where it
 * mostly measures the backlog, and once for a source paced like a real API (a page of 40 every 100 ms).
 *
 * <p>Arguments: {@code <platform URL> <admin password> <Solr URL> [items] [warm-up items, at least] [mixed|repeated]}
 * (the texts: {@link SyntheticTimeline.Texts}).
 */
public final class BenchIngest {
    private static final int PAGE = 40;
    /** Measured rounds; the median is the figure (single rounds vary by ±20 %: commit windows, merges). */
    private static final int ROUNDS = 7;
    /**
     * Items harvested first and not counted, at least: on two cores busy with the load itself, both JVMs'
     * JIT compilers fall behind, and rounds kept getting faster for 300,000 to 600,000 items after a start
     * (from 1,500 to 7,000 items/s). Warm-up goes on past this while a round is still more than
     * {@link #STILL_WARMING} faster than the one before, up to three times as many items.
     */
    private static final int WARM_UP_ITEMS = 300_000;
    private static final double STILL_WARMING = 1.10;
    /** Warm-up rounds are at least this large: fewer sources to create and wait for. */
    private static final int WARM_UP_ROUND = 50_000;
    /** When the measured replay served its first page (ms). */
    private static final java.util.concurrent.atomic.AtomicLong FIRST_PAGE = new java.util.concurrent.atomic.AtomicLong();
    private static final long POLL_MS = 100;
    private static final java.util.Set<String> COMPUTED = java.util.Set.of("_version_", PostField.INDEXED_AT,
            "author_name_str", PostField.TITLE_EXACT, PostField.TEXT_EXACT);

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BenchIngest <platform URL> <admin password> <Solr URL> [items] [warm-up items] [mixed|repeated]");
            System.exit(2);
        }
        URI platform = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String password = args[1];
        String solrUrl = args[2];
        int items = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
        int warmUpItems = args.length > 4 ? Integer.parseInt(args[4]) : WARM_UP_ITEMS;
        SyntheticTimeline.Texts texts = args.length > 5 ? SyntheticTimeline.Texts.valueOf(args[5].toUpperCase(Locale.ROOT))
                : SyntheticTimeline.Texts.MIXED;
        int warmUpRound = Math.max(items, WARM_UP_ROUND);
        int minWarmUpRounds = (warmUpItems + warmUpRound - 1) / warmUpRound;
        int maxWarmUpRounds = 3 * minWarmUpRounds;
        // the replay stands in for a remote platform: without TCP_NODELAY the JDK server's small
        // writes meet delayed ACKs and every page costs an extra 40 ms that no platform adds
        System.setProperty("sun.net.httpserver.nodelay", "true");
        String stamp = Long.toString(System.currentTimeMillis());
        java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(4);
        try (SolrClient solr = new HttpJdkSolrClient.Builder(solrUrl).useHttp1_1(true).build()) {
            // measured rounds, each followed by its raw baseline, so that the ratio compares runs made on
            // the same machine a few seconds apart; the median round is the figure
            System.out.printf(Locale.ROOT, "items per round          %,d%n", items);
            System.out.printf(Locale.ROOT, "texts                    %s%n", texts == SyntheticTimeline.Texts.MIXED
                    ? "mixed (varied sentences, one in ten a repost of an older one)"
                    : "repeated (1,260 sentences over and over: nearly all near-duplicates)");
            double before = 0;
            for (int w = 1; w <= maxWarmUpRounds; w++) {
                Round r = round(platform, password, solr, pool, "bench" + stamp + "w" + w, warmUpRound, texts);
                System.out.printf(Locale.ROOT, "warm-up %d (%,d items, not counted): %s%n", w, warmUpRound, r.describe());
                if (w >= minWarmUpRounds && r.e2eRate() <= before * STILL_WARMING) {
                    break;
                }
                before = r.e2eRate();
            }
            List<Round> rounds = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                Round r = round(platform, password, solr, pool, "bench" + stamp + "r" + round, items, texts);
                System.out.printf(Locale.ROOT, "round %d of %d: %s%n", round, ROUNDS, r.describe());
                rounds.add(r);
            }
            List<Long> burstFreshness = rounds.get(0).freshness();
            rounds.sort(java.util.Comparator.comparingDouble(Round::ratio));
            Round median = rounds.get(rounds.size() / 2);
            System.out.printf(Locale.ROOT, "end-to-end ingest        %,.0f items/s (median round)%n", median.e2eRate());
            System.out.printf(Locale.ROOT, "raw SolrJ bulk indexing  %,.0f items/s (same documents, same Solr, same round)%n",
                    median.rawRate());
            System.out.printf(Locale.ROOT, "ratio                    %.2f (median of %d rounds of %,d items; goal >= 0.5)%n", median.ratio(),
                    ROUNDS, items);
            System.out.printf(Locale.ROOT, "freshness under that burst  p50 / p95 / max  %.2f / %.2f / %.2f s (a backlog: queueing)%n",
                    pct(burstFreshness, 50) / 1000.0, pct(burstFreshness, 95) / 1000.0, pct(burstFreshness, 100) / 1000.0);

            // freshness at a platform's pace: pages of 40 every ~100 ms (an API's latency), about 400 items/s
            String trickle = "benchtrickle" + stamp;
            int trickleItems = Math.max(400, Math.min(2_000, items / 5));
            HttpServer paced = serve(new SyntheticTimeline(trickle, trickleItems, 1, texts, nextText), trickle, pool, 100);
            nextText += trickleItems;
            List<long[]> pacedVisible;
            String pacedQuery = PostField.SOURCE + ":\"" + trickle + "\"";
            try {
                createSource(platform, password, trickle, "http://127.0.0.1:" + paced.getAddress().getPort());
                pacedVisible = pollUntil(solr, pacedQuery, trickleItems, Duration.ofMinutes(15));
            } finally {
                paced.stop(0);
            }
            List<Long> pacedFreshness = freshness(harvestTimes(solr, pacedQuery, trickleItems), pacedVisible);
            System.out.printf(Locale.ROOT, "freshness at API pace (%,d items, 100 ms per page)  p50 / p95 / max  "
                            + "%.2f / %.2f / %.2f s (goal p95 <= 5 s)%n", trickleItems,
                    pct(pacedFreshness, 50) / 1000.0, pct(pacedFreshness, 95) / 1000.0, pct(pacedFreshness, 100) / 1000.0);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Where the next round's texts start on the generator's timeline. */
    private static int nextText;

    /** One measured burst and its raw baseline. */
    private record Round(double e2eRate, long e2eMs, long fromCreationMs, double rawRate, long rawMs, List<Long> freshness) {
        double ratio() {
            return e2eRate / rawRate;
        }

        String describe() {
            return String.format(Locale.ROOT, "end-to-end %,.0f items/s (%.1f s from the first page served to all searchable, "
                            + "%.1f s from the source's creation); raw SolrJ %,.0f items/s (%.1f s); ratio %.2f", e2eRate,
                    e2eMs / 1000.0, fromCreationMs / 1000.0, rawRate, rawMs / 1000.0, ratio());
        }
    }

    private static Round round(URI platform, String password, SolrClient solr, java.util.concurrent.ExecutorService pool,
                               String run, int items, SyntheticTimeline.Texts texts) throws Exception {
        // every round says new things: replaying the same statuses under new ids made each post of a later
        // round an exact copy of one of an earlier round (before session 6)
        SyntheticTimeline timeline = new SyntheticTimeline(run, items, 1, texts, nextText);
        nextText += items;
        settle();
        FIRST_PAGE.set(0);
        HttpServer replay = serve(timeline, run, pool, 0);
        List<long[]> visible;
        long created;
        String sourceQuery = PostField.SOURCE + ":\"" + run + "\"";
        try {
            created = System.currentTimeMillis();
            createSource(platform, password, run, "http://127.0.0.1:" + replay.getAddress().getPort());
            visible = pollUntil(solr, sourceQuery, items, Duration.ofMinutes(15));
        } finally {
            replay.stop(0);
        }
        long done = visible.get(visible.size() - 1)[0];
        // the measure: from the connector's first page to all searchable; the time from the
        // source's creation adds the scheduler's start (a timer) and is printed beside it
        long e2eMs = done - FIRST_PAGE.get();
        List<Long> freshness = freshness(harvestTimes(solr, sourceQuery, items), visible);
        settle();
        long rawMs = rawBaseline(solr, sourceQuery, items);
        return new Round(items * 1000.0 / e2eMs, e2eMs, done - created, items * 1000.0 / rawMs, rawMs, freshness);
    }

    /**
     * Waits (up to 20 s) until the machine's CPUs are at least 80 % idle over half a second, so that each
     * measured part starts quiet: Solr's background merges and the platform's catching up after one part
     * otherwise land in the next (single rounds varied from 0.22 to 0.61 without this). Linux only; elsewhere
     * a pause of two seconds.
     */
    private static void settle() throws Exception {
        java.nio.file.Path stat = java.nio.file.Path.of("/proc/stat");
        if (!java.nio.file.Files.isReadable(stat)) {
            Thread.sleep(2_000);
            return;
        }
        long deadline = System.currentTimeMillis() + 20_000;
        long[] before = cpuTicks(stat);
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            long[] now = cpuTicks(stat);
            long total = now[0] - before[0];
            long idle = now[1] - before[1];
            before = now;
            if (total > 0 && idle * 100 >= total * 80) {
                return;
            }
        }
    }

    /** All CPUs' ticks since boot: total and idle (idle + iowait), from the first line of /proc/stat. */
    private static long[] cpuTicks(java.nio.file.Path stat) throws IOException {
        String[] f = java.nio.file.Files.readAllLines(stat).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    }

    /** Mastodon's tag timeline: newest first, max_id paging with Link headers, since_id for later runs. */
    private static HttpServer serve(SyntheticTimeline timeline, String tag, java.util.concurrent.ExecutorService pool,
                                    int delayMs) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(pool);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < timeline.size(); i++) {
            position.put(timeline.ids().get(i), i);
        }
        String path = "/api/v1/timelines/tag/" + tag;
        // The replay stands in for a remote platform, so it should cost this machine as little as
        // possible: every page the connector will ask for (max_id paging from the top, PAGE at a time)
        // is rendered before the clock starts. Rendering them on request took ~0.5 of the two cores
        // during a burst, CPU the platform under test then lacked.
        byte[][] rendered = new byte[(timeline.size() + PAGE - 1) / PAGE][];
        String[] links = new String[rendered.length];
        for (int p = 0; p < rendered.length; p++) {
            int to = Math.min(timeline.size(), (p + 1) * PAGE);
            rendered[p] = timeline.pageJson(p * PAGE, to).getBytes(StandardCharsets.UTF_8);
            links[p] = next(server, path, timeline, to);
        }
        server.createContext(path, exchange -> {
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            FIRST_PAGE.compareAndSet(0, System.currentTimeMillis());
            Cursor q = Cursor.parse(exchange.getRequestURI().getRawQuery());
            int from = q.get("max_id") != null ? position.getOrDefault(q.get("max_id"), timeline.size() - 1) + 1 : 0;
            if (q.get("since_id") != null) {
                from = timeline.size();
            }
            int to = Math.min(timeline.size(), from + PAGE);
            if (from >= to) {
                send(exchange, "[]".getBytes(StandardCharsets.UTF_8), null);
            } else if (from % PAGE == 0) {
                send(exchange, rendered[from / PAGE], links[from / PAGE]);
            } else {
                send(exchange, timeline.pageJson(from, to).getBytes(StandardCharsets.UTF_8), next(server, path, timeline, to));
            }
        });
        server.start();
        return server;
    }

    /** The Link header of the page that ends before {@code to}, or null for the last page. */
    private static String next(HttpServer server, String path, SyntheticTimeline timeline, int to) {
        return to < timeline.size()
                ? "<http://127.0.0.1:" + server.getAddress().getPort() + path + "?max_id=" + timeline.ids().get(to - 1)
                + ">; rel=\"next\"" : null;
    }

    private static void send(HttpExchange exchange, byte[] bytes, String link) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (link != null) {
            exchange.getResponseHeaders().set("Link", link);
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void createSource(URI platform, String password, String name, String instance) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"type\":\"mastodon\",\"intervalSeconds\":86400,\"config\":{"
                + "\"instanceUrl\":\"" + instance + "\",\"timeline\":\"TAG\",\"hashtag\":\"" + name + "\","
                + "\"pageSize\":" + PAGE + ",\"backfillPages\":100000}}";
        HttpRequest req = HttpRequest.newBuilder(platform.resolve("api/v1/sources"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> rsp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        if (rsp.statusCode() != 201) {
            throw new IllegalStateException("the platform did not create the source: HTTP " + rsp.statusCode() + " "
                    + rsp.body());
        }
    }

    /** (time, visible count) every 100 ms until {@code items} are visible. */
    private static List<long[]> pollUntil(SolrClient solr, String q, long items, Duration limit) throws Exception {
        List<long[]> series = new ArrayList<>();
        long deadline = System.currentTimeMillis() + limit.toMillis();
        long seen = 0;
        while (seen < items) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("only " + seen + " of " + items + " searchable after " + limit);
            }
            Thread.sleep(POLL_MS);
            seen = solr.query("posts", new SolrQuery("*:*").addFilterQuery(q).setRows(0)).getResults().getNumFound();
            series.add(new long[] {System.currentTimeMillis(), seen});
        }
        return series;
    }

    private static List<Long> harvestTimes(SolrClient solr, String q, int items) throws Exception {
        SolrDocumentList docs = solr.query("posts", new SolrQuery("*:*").addFilterQuery(q).setRows(items)
                .setFields(PostField.HARVESTED_AT).setSort(PostField.HARVESTED_AT, SolrQuery.ORDER.asc)).getResults();
        List<Long> out = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            out.add(((java.util.Date) d.getFirstValue(PostField.HARVESTED_AT)).getTime());
        }
        return out;
    }

    /** For the k-th harvested item: the first poll that saw at least k items, minus its harvest time. */
    private static List<Long> freshness(List<Long> harvested, List<long[]> visible) {
        List<Long> out = new ArrayList<>(harvested.size());
        int poll = 0;
        for (int k = 0; k < harvested.size(); k++) {
            while (poll < visible.size() - 1 && visible.get(poll)[1] < k + 1) {
                poll++;
            }
            out.add(Math.max(0, visible.get(poll)[0] - harvested.get(k)));
        }
        return out;
    }

    /** The same documents, read back and indexed again under other ids with plain SolrJ; ms until searchable. */
    private static long rawBaseline(SolrClient solr, String q, int items) throws Exception {
        SolrDocumentList docs = solr.query("posts", new SolrQuery("*:*").addFilterQuery(q).setRows(items))
                .getResults();
        List<SolrInputDocument> copies = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            SolrInputDocument c = new SolrInputDocument();
            for (String f : d.getFieldNames()) {
                // copyField targets are filled by Solr again; _version_ and indexed_at are Solr's own
                if (!COMPUTED.contains(f)) {
                    c.setField(f, d.getFieldValue(f));
                }
            }
            // the band keys are indexed but not stored: the platform sent them, so the copy carries them too
            Object signature = d.getFirstValue(PostField.SIGNATURE);
            if (signature != null) {
                c.setField(PostField.SIGNATURE_BANDS, SignatureBands.of((String) signature));
            }
            c.setField(PostField.ID, "bench-raw:" + d.getFirstValue(PostField.ID));
            c.setField(PostField.SOURCE, "bench-raw-" + d.getFirstValue(PostField.SOURCE));
            copies.add(c);
        }
        String rawQuery = PostField.SOURCE + ":\"bench-raw-" + docs.get(0).getFirstValue(PostField.SOURCE) + "\"";
        long t0 = System.currentTimeMillis();
        for (int i = 0; i < copies.size(); i += 1000) {
            solr.add("posts", copies.subList(i, Math.min(copies.size(), i + 1000)), 1000);
        }
        List<long[]> series = pollUntil(solr, rawQuery, copies.size(), Duration.ofMinutes(5));
        long ms = series.get(series.size() - 1)[0] - t0;
        solr.deleteByQuery("posts", rawQuery, 1000);
        return ms;
    }

    private static double pct(List<Long> values, int p) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        if (v.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, idx))];
    }

    private BenchIngest() {
    }
}
