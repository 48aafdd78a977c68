package vn.langnghe.tools.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrQuery;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.search.OverviewService;
import vn.langnghe.search.PostsQuery;
import vn.langnghe.search.Reader;
import vn.langnghe.search.ScopedQuery;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.TimelineSplit;

/**
 * What the search API costs under load, and what the application adds to Solr's own time: a running
 * platform (another process) whose Solr holds N posts of {@link TimelinePosts} (default 1,000,000, loaded
 * once by {@link TimelineLoader}); two API clients registered for it (the city, and the Bến Thành ward of
 * {@link SearchMix}); then {@code clients} threads (default 20) call, for {@code seconds} per phase, a mix of
 * {@code GET /api/v1/posts} with facets and {@code GET /api/v1/stats/timeline} (<b>application</b>), and in
 * the other phases send the very Solr requests those calls make ({@link ScopedQuery#posts},
 * {@link ScopedQuery#timeline} for the client's reader) straight to Solr (<b>bare</b>). Phases alternate,
 * after a warm-up of each. Printed: p50/p95/p99, requests/s and errors per side, their ratios, the goals.
 *
 * <p>Arguments: {@code <base URL> <admin password> <Solr URL> <data dir> [posts] [seconds] [clients]}.
 */
public final class BenchApi {
    /** The goals of issue 16. */
    static final double GOAL_P95_MS = 200;
    static final double GOAL_RATIO = 1.3;
    static final int ROUNDS = 2;
    /** The warm-up ends when a slice makes at most this much more calls than the one before it. */
    static final double STEADY_GAIN = 1.03;
    /** ... or after this many slices (a server that never settles is measured as it is). */
    static final int MAX_WARM_SLICES = 12;

    /** One call of the mix: the API path and query, and the Solr request it makes, built afresh (presets count from now). */
    record Call(String label, String token, String pathAndQuery, Supplier<SolrQuery> bare) {
    }

    private BenchApi() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: BenchApi <base URL> <admin password> <Solr URL> <data dir> [posts] [seconds] [clients]");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int posts = args.length > 4 ? Integer.parseInt(args[4]) : 1_000_000;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        int clients = args.length > 6 ? Integer.parseInt(args[6]) : 20;
        Path dir = Path.of(args[3]);
        Files.createDirectories(dir);
        SolrConnection solr = new SolrConnection(args[2], "posts", 120_000, clients);
        new TimelineLoader(solr, dir).ensure(posts, false);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String run = Long.toString(System.currentTimeMillis(), 36);
        String city = register(http, base, args[1], "bench-api-city-" + run, "city-admin");
        String ward = register(http, base, args[1], "bench-api-ward-" + run, SearchMix.WARD_ANALYST.unitCode());
        List<Call> mix = mix(city, ward);
        System.out.printf(Locale.ROOT, "mix: %d calls (%d readers), %d concurrent clients, %d s per phase, %d rounds%n",
                mix.size(), 2, clients, seconds, ROUNDS);
        for (Call c : mix) {
            HttpResponse<String> r = http.send(get(base, c), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(c.label() + ": " + r.statusCode() + " " + r.body());
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // a server runs for days: measured right after its start, Payara's JIT compilers were still taking a
        // quarter of its CPU, and the application's median came out 1.5x what the same server answered a few
        // minutes later (docs/benchmarks.md). A warm-up of one phase was not enough either (the first round
        // still made 12 % fewer calls than the second): the application is called in slices until its
        // throughput stops rising, so the rounds measure the server it will be
        int slice = Math.max(10, seconds / 2);
        List<Long> slices = new ArrayList<>();
        do {
            slices.add(run(pool, clients, slice, mix, c -> app(http, base, c)).count());
        } while (!steady(slices) && slices.size() < MAX_WARM_SLICES);
        Phase warmBare = run(pool, clients, Math.max(5, seconds / 4), mix, c -> bare(solr, c));
        System.out.printf(Locale.ROOT, "warm-up: %,d application calls in %d slices of %d s (calls per slice %s), %,d bare%n",
                slices.stream().mapToLong(Long::longValue).sum(), slices.size(), slice, slices, warmBare.count());
        List<Long> appTimes = Collections.synchronizedList(new ArrayList<>());
        List<Long> bareTimes = Collections.synchronizedList(new ArrayList<>());
        long appErrors = 0;
        long bareErrors = 0;
        double appSeconds = 0;
        double bareSeconds = 0;
        Map<String, List<Long>> byCall = new LinkedHashMap<>();
        for (int r = 0; r < ROUNDS; r++) {
            Phase a = run(pool, clients, seconds, mix, c -> app(http, base, c));
            Phase b = run(pool, clients, seconds, mix, c -> bare(solr, c));
            appTimes.addAll(a.times());
            bareTimes.addAll(b.times());
            appErrors += a.errors();
            bareErrors += b.errors();
            appSeconds += a.seconds();
            bareSeconds += b.seconds();
            a.byCall().forEach((k, v) -> byCall.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            System.out.printf(Locale.ROOT, "round %d of %d: %,d application calls (%,d errors), %,d bare (%,d errors)%n",
                    r + 1, ROUNDS, a.count(), a.errors(), b.count(), b.errors());
        }
        pool.shutdown();
        Latencies app = new Latencies(appTimes);
        Latencies bare = new Latencies(bareTimes);
        System.out.println();
        System.out.printf(Locale.ROOT, "%,d posts, %d concurrent clients%n%n", posts, clients);
        System.out.println(BenchSearch.table(app, bare).replace("application (PostSearch)", "application (HTTP API)")
                .replace("bare (same SolrQuery)   ", "bare (same Solr requests)"));
        System.out.printf(Locale.ROOT, "requests/s: application %.1f, bare %.1f; errors: application %d, bare %d%n%n",
                app.count() / appSeconds, bare.count() / bareSeconds, appErrors, bareErrors);
        double ratio = app.p50() / bare.p50();
        System.out.printf(Locale.ROOT, "goal p95 <= %.0f ms: %s (%.1f ms)%ngoal 0 errors: %s (%d)%n"
                        + "goal application/bare ratio of medians <= %.1f: %s (%.3f)%n%n", GOAL_P95_MS,
                app.p95() <= GOAL_P95_MS ? "MET" : "NOT MET", app.p95(), appErrors == 0 ? "MET" : "NOT MET", appErrors,
                GOAL_RATIO, ratio <= GOAL_RATIO ? "MET" : "NOT MET", ratio);
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s%n", "call", "calls", "app p50", "app p95");
        byCall.forEach((k, v) -> {
            Latencies l = new Latencies(v);
            System.out.printf(Locale.ROOT, "%-44s %,9d %9.1f %9.1f%n", k, l.count(), l.p50(), l.p95());
        });
        solr.close();
        if (appErrors > 0) {
            System.exit(1);
        }
    }

    /** For each client: /posts with facets (words, filters, dates, orders) and /stats/timeline (splits, intervals). */
    static List<Call> mix(String cityToken, String wardToken) {
        String since = LocalDate.now(OverviewService.CITY_ZONE).minusDays(90).toString();
        List<Call> out = new ArrayList<>();
        for (Reader r : List.of(SearchMix.WARD_ANALYST, SearchMix.CITY_ADMIN)) {
            String token = r == SearchMix.CITY_ADMIN ? cityToken : wardToken;
            String who = r == SearchMix.CITY_ADMIN ? "city " : "ward ";
            out.add(posts(who + "posts everything + 4 facets", token, r, "", List.of(), null, null, "20", "sentiment,platform,topic,region"));
            out.add(posts(who + "posts ngập negative + facets", token, r, "ngập", List.of("sentiment:negative"), null, null, "20", "topic,region"));
            out.add(posts(who + "posts kẹt xe newest 100 + facet", token, r, "kẹt xe", List.of(), null, "newest", "100", "platform"));
            out.add(posts(who + "posts flooding 7d + facets", token, r, "", List.of("topic:flooding"), "7d", null, "50", "sentiment,region"));
            out.add(timeline(who + "timeline sentiment (auto)", token, r, "", List.of(), null, TimelineSplit.SENTIMENT, null));
            out.add(timeline(who + "timeline ngập by topic 7d", token, r, "ngập", List.of(), "7d", TimelineSplit.TOPIC, null));
            out.add(timeline(who + "timeline region weekly 90 d", token, r, "", List.of(), since, TimelineSplit.REGION, "week"));
        }
        return out;
    }

    private static Call posts(String label, String token, Reader r, String q, List<String> f, String from, String sort,
                              String rows, String facets) {
        StringBuilder p = new StringBuilder("api/v1/posts?rows=").append(rows).append("&facet=").append(facets);
        params(p, q, f, from);
        if (sort != null) {
            p.append("&sort=").append(sort);
        }
        return new Call(label, token, p.toString(), () -> ScopedQuery.posts(r, PostsQuery.fromUrl(r, q, f, from, null, sort,
                null, null, rows, List.of(), List.of(facets)), java.time.Clock.systemUTC()));
    }

    private static Call timeline(String label, String token, Reader r, String q, List<String> f, String from,
                                 TimelineSplit split, String interval) {
        StringBuilder p = new StringBuilder("api/v1/stats/timeline?split=").append(split.param());
        params(p, q, f, from);
        if (interval != null) {
            p.append("&interval=").append(interval);
        }
        return new Call(label, token, p.toString(), () -> ScopedQuery.timeline(r,
                SearchRequest.fromUrl(q, f, from, null, null, null, null, null, null), split,
                TimelineSplit.interval(interval), java.time.Clock.systemUTC()));
    }

    private static void params(StringBuilder p, String q, List<String> f, String from) {
        if (!q.isEmpty()) {
            p.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        f.forEach(x -> p.append("&f=").append(URLEncoder.encode(x, StandardCharsets.UTF_8)));
        if (from != null) {
            p.append("&from=").append(from);
        }
    }

    private static String register(HttpClient http, URI base, String adminPassword, String name, String unit) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"unit\":\"" + unit
                + "\",\"permissions\":[\"posts:read\",\"stats:read\"],\"rateLimitPerMinute\":100000}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("api/v1/clients"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("registering " + name + ": " + r.statusCode() + " " + r.body());
        }
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            JsonObject o = reader.readObject();
            return o.getString("token");
        }
    }

    private static HttpRequest get(URI base, Call c) {
        return HttpRequest.newBuilder(base.resolve(c.pathAndQuery())).header("Authorization", "Bearer " + c.token())
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    /** One application call: true when answered 200 (the body read whole). */
    private static boolean app(HttpClient http, URI base, Call c) throws Exception {
        HttpResponse<byte[]> r = http.send(get(base, c), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200;
    }

    private static boolean bare(SolrConnection solr, Call c) throws Exception {
        solr.client().query(solr.collection(), c.bare().get());
        return true;
    }

    /** Whether the application's throughput has stopped rising: the last slice gained under {@link #STEADY_GAIN}. */
    static boolean steady(List<Long> callsPerSlice) {
        int n = callsPerSlice.size();
        return n >= 2 && callsPerSlice.get(n - 1) <= callsPerSlice.get(n - 2) * STEADY_GAIN;
    }

    /** What one side did in a phase. */
    record Phase(List<Long> times, Map<String, List<Long>> byCall, long errors, double seconds) {
        long count() {
            return times.size();
        }
    }

    @FunctionalInterface
    interface Side {
        boolean call(Call c) throws Exception;
    }

    /** {@code clients} threads calling the mix round-robin (each from its own offset) for {@code seconds}. */
    private static Phase run(ExecutorService pool, int clients, int seconds, List<Call> mix, Side side) throws Exception {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Long>> byCall = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        long t0 = System.nanoTime();
        long end = t0 + Duration.ofSeconds(seconds).toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int offset = i;
            running.add(pool.submit(() -> {
                for (int n = offset; System.nanoTime() < end; n++) {
                    Call c = mix.get(n % mix.size());
                    long s = System.nanoTime();
                    boolean ok;
                    try {
                        ok = side.call(c);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long t = System.nanoTime() - s;
                    if (ok) {
                        times.add(t);
                        byCall.computeIfAbsent(c.label(), k -> Collections.synchronizedList(new ArrayList<>())).add(t);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return new Phase(List.copyOf(times), byCall, errors.get(), (System.nanoTime() - t0) / 1e9);
    }
}
