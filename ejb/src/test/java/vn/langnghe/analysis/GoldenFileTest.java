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

    @Test
    void sentiment() {
        String[] labels = {"negative", "neutral", "positive"};
        for (String lang : new String[] {"vi", "en"}) {
            int[][] confusion = new int[3][3];
            for (int i = 0; i < results.size(); i++) {
                GoldenSet.Entry e = golden.entries().get(i);
                if (!e.lang().equals(lang)) {
                    continue;
                }
                confusion[index(labels, e.sentiment())][index(labels, results.get(i).sentiment())]++;
            }
            double macroF1 = macroF1(confusion);
            System.out.printf(Locale.ROOT, "golden sentiment %s macro-F1 %.3f confusion (rows expected neg/neu/pos) %s%n",
                    lang, macroF1, java.util.Arrays.deepToString(confusion));
            assertTrue(macroF1 >= (lang.equals("vi") ? SENTIMENT_VI_MIN : SENTIMENT_EN_MIN), lang + " sentiment " + macroF1);
        }
    }

    @Test
    void topics() {
        List<String> codes = vn.langnghe.analysis.topic.TopicClassifier.CODES;
        double sum = 0;
        StringBuilder perCode = new StringBuilder();
        java.util.Map<String, Integer> confusions = new java.util.TreeMap<>(); // which codes the misses and false alarms went to / came from
        for (String code : codes) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < results.size(); i++) {
                GoldenSet.Entry e = golden.entries().get(i);
                if (e.lang().equals("other")) {
                    continue;
                }
                boolean expected = e.topics().contains(code);
                boolean found = results.get(i).topics().contains(code);
                if (expected && found) {
                    tp++;
                } else if (found) {
                    fp++;
                    confusions.merge("FP " + code + " <- gold " + e.topics(), 1, Integer::sum);
                } else if (expected) {
                    fn++;
                    confusions.merge("FN " + code + " -> got " + results.get(i).topics(), 1, Integer::sum);
                }
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            sum += f1;
            perCode.append(String.format(Locale.ROOT, " %s=%.2f(tp %d fp %d fn %d)", code, f1, tp, fp, fn));
        }
        double macroF1 = sum / codes.size();
        System.out.printf(Locale.ROOT, "golden topics macro-F1 %.3f:%s%n", macroF1, perCode);
        confusions.forEach((k, v) -> System.out.println("  topic " + k + ": " + v));
        assertTrue(macroF1 >= TOPIC_MIN, "topic macro-F1 " + macroF1);
    }

    private static int index(String[] labels, String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException(label);
    }

    private static double macroF1(int[][] m) {
        double sum = 0;
        for (int k = 0; k < m.length; k++) {
            int tp = m[k][k];
            int fp = 0;
            int fn = 0;
            for (int j = 0; j < m.length; j++) {
                if (j != k) {
                    fp += m[j][k];
                    fn += m[k][j];
                }
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return sum / m.length;
    }

    static final double SENTIMENT_VI_MIN = 0.85;
    static final double SENTIMENT_EN_MIN = 0.85;
    static final double TOPIC_MIN = 0.84;
    static final double LANGUAGE_MIN = 0.97;
    static final double REGION_F1_MIN = 0.98;
}
