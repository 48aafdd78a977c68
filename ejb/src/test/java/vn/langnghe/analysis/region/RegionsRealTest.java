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
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Micro-F1 of the region matcher on {@code analysis/regions-real.tsv}: posts in the style of real comments
 * (no diacritics, abbreviations, person names equal to place names), each compared as a set of areas.
 */
class RegionsRealTest {
    /** A little under the figure measured when the set was written (docs/analysis-regions.md, "Real text"). */
    static final double F1_MIN = 0.98;

    @Test
    void microF1() throws IOException {
        RegionMatcher m = RegionMatcher.load();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int lines = 0;
        InputStream in = getClass().getResourceAsStream("/analysis/regions-real.tsv");
        assertNotNull(in);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Set<String> gold = new TreeSet<>();
                if (f.length > 1 && !f[1].isBlank()) {
                    gold.addAll(Arrays.asList(f[1].trim().split(",")));
                }
                Set<String> found = new TreeSet<>();
                m.find(f[0]).forEach(x -> found.add(x.area()));
                Set<String> hit = new HashSet<>(found);
                hit.retainAll(gold);
                tp += hit.size();
                fp += found.size() - hit.size();
                fn += gold.size() - hit.size();
                lines++;
                if (!found.equals(gold)) {
                    System.out.printf("  real-text miss: %s | expected %s | got %s%n", f[0], gold, found);
                }
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double rc = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        System.out.printf(Locale.ROOT, "Regions, real-style set: %d lines; TP %d FP %d FN %d; P %.3f R %.3f micro-F1 %.3f%n",
                lines, tp, fp, fn, p, rc, f1);
        assertTrue(lines >= 100, "set too small: " + lines);
        assertTrue(f1 >= F1_MIN, "micro-F1 " + f1);
    }
}
