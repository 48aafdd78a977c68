package vn.langnghe.analysis.aspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.Analysis;
import vn.langnghe.analysis.AnalysisJson;
import vn.langnghe.analysis.Analyzer;

/**
 * Per-topic sentiment on {@code analysis/topic-sentiment.tsv} (posts written for this test, never trained
 * on): pair-level precision, recall and F1 over all posts, printed, with a floor a little under today's.
 */
class TopicSentimentsTest {
    /** Measured 2026-12-07 (docs/analysis.md, *Per-topic sentiment*); the floor sits a little under. */
    static final double PAIR_F1_MIN = 0.77;

    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.shared();
    }

    record Row(Set<String> pairs, String text) {}

    static List<Row> rows() throws IOException {
        List<Row> out = new ArrayList<>();
        try (InputStream in = TopicSentimentsTest.class.getResourceAsStream("/analysis/topic-sentiment.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                String tags = line.substring(0, tab).strip();
                out.add(new Row(tags.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(tags.split(","))), line.substring(tab + 1)));
            }
        }
        return out;
    }

    @Test
    void pairsOnTheTestSet() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 200, "at least 200 posts, got " + rows.size());
        int tp = 0, fp = 0, fn = 0, exact = 0, mixed = 0, mixedExact = 0;
        int[] whole = new int[3]; // the baseline without clauses: every topic of the post × the post's sentiment
        Map<String, Integer> misses = new TreeMap<>();
        for (Row r : rows) {
            Analysis a = analyzer.analyze(r.text());
            Set<String> got = new HashSet<>(a.topicSentiments());
            Set<String> base = new HashSet<>();
            if (!"neutral".equals(a.sentiment())) a.topics().forEach(t -> base.add(t + ":" + a.sentiment()));
            for (String x : base) whole[r.pairs().contains(x) ? 0 : 1]++;
            for (String x : r.pairs()) if (!base.contains(x)) whole[2]++;
            for (String p : got) if (r.pairs().contains(p)) tp++; else { fp++; misses.merge("FP " + p, 1, Integer::sum); }
            for (String p : r.pairs()) if (!got.contains(p)) { fn++; misses.merge("FN " + p, 1, Integer::sum); }
            if (got.equals(r.pairs())) exact++;
            boolean isMixed = r.pairs().stream().anyMatch(p -> p.endsWith(":positive")) && r.pairs().stream().anyMatch(p -> p.endsWith(":negative"));
            if (isMixed) { mixed++; if (got.equals(r.pairs())) mixedExact++; }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp), rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
        System.out.printf(Locale.ROOT, "topic-sentiment pairs: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d); "
                + "exact %d/%d posts; posts with both polarities exact %d/%d%n", p, rec, f1, tp, fp, fn, exact, rows.size(), mixedExact, mixed);
        double bp = (double) whole[0] / Math.max(1, whole[0] + whole[1]), br = (double) whole[0] / Math.max(1, whole[0] + whole[2]);
        System.out.printf(Locale.ROOT, "  baseline without clauses (post topics × post sentiment): precision %.3f recall %.3f F1 %.3f%n",
                bp, br, bp + br == 0 ? 0 : 2 * bp * br / (bp + br));
        misses.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        assertTrue(f1 >= PAIR_F1_MIN, "pair F1 " + f1);
    }

    @Test
    void onePraisedClauseAndOneCursedClauseGiveBothPolarities() {
        Analysis a = analyzer.analyze("Metro chạy tốt lắm, nhưng xe buýt thì tệ, chờ cả tiếng không thấy");
        assertTrue(a.topicSentiments().contains("transport:positive"), a.topicSentiments().toString());
        assertTrue(a.topicSentiments().contains("transport:negative"), a.topicSentiments().toString());
        assertTrue(AnalysisJson.toJson(a).contains("\"topic_sentiment\":[\"transport:positive\",\"transport:negative\""), AnalysisJson.toJson(a));
    }

    @Test
    void aClauseWithoutATopicSpeaksOfTheOneBeforeIt() {
        Analysis a = analyzer.analyze("Mưa to ngập hết đường Nguyễn Hữu Cảnh. Chán thật sự, năm nào cũng vậy");
        assertTrue(a.topicSentiments().contains("flooding:negative"), a.topicSentiments().toString());
        assertTrue(a.topicSentiments().stream().noneMatch(s -> s.endsWith(":positive")), a.topicSentiments().toString());
    }

    @Test
    void chatterAndNeutralNewsHaveNoPairs() {
        assertEquals(List.of(), analyzer.analyze("hôm nay ăn phở ngon quá").topicSentiments());
        assertEquals(List.of(), analyzer.analyze("Sở Giao thông vận tải đề xuất điều chỉnh 12 tuyến xe buýt từ tháng sau").topicSentiments());
        assertEquals(List.of(), analyzer.analyze("").topicSentiments());
    }
}
