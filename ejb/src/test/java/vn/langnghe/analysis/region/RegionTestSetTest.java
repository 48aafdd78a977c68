package vn.langnghe.analysis.region;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Precision, recall and F1 of the region matcher on the hand-written test set
 * {@code analysis/region-testset.tsv}. Each line is compared as a set of areas: a predicted area that the line
 * does not expect is a false positive, an expected area not predicted is a false negative.
 */
class RegionTestSetTest {

    @Test
    void f1AtLeast095() throws IOException {
        RegionMatcher m = RegionMatcher.load();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int lines = 0;
        int exact = 0;
        InputStream in = getClass().getResourceAsStream("/analysis/region-testset.tsv");
        assertNotNull(in);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String text = f[0];
                Set<String> gold = new TreeSet<>();
                if (f.length > 1 && !f[1].isBlank()) {
                    gold.addAll(Arrays.asList(f[1].trim().split(",")));
                }
                Set<String> pred = new TreeSet<>();
                m.find(text).forEach(x -> pred.add(x.area()));
                lines++;
                Set<String> hit = new HashSet<>(pred);
                hit.retainAll(gold);
                tp += hit.size();
                fp += pred.size() - hit.size();
                fn += gold.size() - hit.size();
                if (pred.equals(gold)) {
                    exact++;
                } else {
                    System.out.printf("  miss: %s | expected %s | got %s%n", text, gold, pred);
                }
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double rc = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        System.out.printf("Region test set: %d lines, %d exactly right; TP %d FP %d FN %d; precision %.3f recall %.3f F1 %.3f%n",
                lines, exact, tp, fp, fn, p, rc, f1);
        assertTrue(lines >= 150, "test set too small: " + lines);
        assertTrue(f1 >= 0.95, "F1 " + f1);
    }
}
