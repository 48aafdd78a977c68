package vn.langnghe.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality on the golden set, with thresholds a little under today's figures, so that a change that
 * makes the analyzer worse fails the build. The figures are printed; docs/analysis.md records them.
 */
class GoldenFileTest {
    private static GoldenSet golden;
    private static List<Analysis> results;

    @BeforeAll
    static void analyzeAll() {
        golden = GoldenSet.load();
        Analyzer analyzer = new Analyzer();
        results = new ArrayList<>();
        for (GoldenSet.Entry e : golden.entries()) {
            results.add(analyzer.analyze(e.text()));
        }
    }

    @Test
    void languageIdentification() {
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            GoldenSet.Entry e = golden.entries().get(i);
            if (e.lang().equals(results.get(i).lang())) {
                right++;
            } else {
                wrong.add(e.lang() + "→" + results.get(i).lang() + ": " + e.text());
            }
        }
        double accuracy = (double) right / results.size();
        System.out.printf(Locale.ROOT, "golden language accuracy %.3f (%d/%d)%n", accuracy, right, results.size());
        wrong.forEach(w -> System.out.println("  " + w));
        assertTrue(accuracy >= LANGUAGE_MIN, "language accuracy " + accuracy);
    }

    @Test
    void regions() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < results.size(); i++) {
            GoldenSet.Entry e = golden.entries().get(i);
            if (e.lang().equals("other")) {
                continue; // the gazetteer speaks Vietnamese and English only
            }
            Set<String> expected = new HashSet<>(e.areas());
            Set<String> found = new HashSet<>(results.get(i).areas());
            for (String a : found) {
                if (expected.contains(a)) {
                    tp++;
                } else {
                    fp++;
                    System.out.println("  region FP " + a + ": " + e.text());
                }
            }
            for (String a : expected) {
                if (!found.contains(a)) {
                    fn++;
                    System.out.println("  region FN " + a + ": " + e.text());
                }
            }
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        double f1 = 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "golden regions P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", p, r, f1, tp, fp, fn);
        assertTrue(f1 >= REGION_F1_MIN, "region F1 " + f1);
    }

    static final double LANGUAGE_MIN = 0.97;
    static final double REGION_F1_MIN = 0.95;
}
