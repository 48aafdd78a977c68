package vn.langnghe.tools.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.tools.demo.DemoDataset;

/**
 * {@code bin/langnghe bench analyze}: posts per second of the whole analyzer on one thread (one core),
 * over the demo dataset's texts, after a warm-up. Prints one line per round and the best round.
 */
public final class BenchAnalyze {
    private BenchAnalyze() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> posts = DemoDataset.generate(1, Instant.parse("2026-01-01T00:00:00Z")).stream()
                .map(p -> p.title() == null ? p.text() : p.title() + ". " + p.text())
                .toList();
        // "long": three demo posts joined, about the length of a long Facebook comment or a short article
        boolean longPosts = args.length > 1 && args[1].equals("long");
        List<String> texts = !longPosts ? posts : java.util.stream.IntStream.range(0, posts.size())
                .mapToObj(i -> posts.get(i) + " " + posts.get((i + 1) % posts.size()) + " " + posts.get((i + 2) % posts.size()))
                .toList();
        long load = System.nanoTime();
        Analyzer analyzer = new Analyzer();
        analyzer.analyze("khởi động");
        System.out.printf(Locale.ROOT, "analyzer ready in %d ms; %d distinct posts, avg %d chars%n",
                (System.nanoTime() - load) / 1_000_000, texts.size(),
                texts.stream().mapToInt(String::length).sum() / texts.size());
        int warm = 0;
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            analyzer.analyze(texts.get(warm++ % texts.size()));
        }
        double best = 0;
        for (int r = 1; r <= rounds; r++) {
            int n = 0;
            long start = System.nanoTime();
            long end = start + 2_000_000_000L;
            while (System.nanoTime() < end) {
                analyzer.analyze(texts.get(n++ % texts.size()));
            }
            double perSecond = n / ((System.nanoTime() - start) / 1e9);
            best = Math.max(best, perSecond);
            System.out.printf(Locale.ROOT, "round %d: %.0f posts/s (%.1f µs/post)%n", r, perSecond, 1e6 / perSecond);
        }
        System.out.printf(Locale.ROOT, "analyze: %.0f posts/s on one thread (best of %d rounds; goal 2000)%n", best, rounds);
    }

}
