package vn.langnghe.analysis.train;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ReliabilityTest {

    @Test
    void binsCountConfidenceAndAccuracy() {
        double[] conf = {0.95, 0.92, 0.91, 0.55, 0.52};
        boolean[] right = {true, true, false, true, false};
        Reliability.Bin[] b = Reliability.bins(conf, right);
        assertEquals(3, b[9].count());
        assertEquals((0.95 + 0.92 + 0.91) / 3, b[9].confidence(), 1e-12);
        assertEquals(2.0 / 3, b[9].accuracy(), 1e-12);
        assertEquals(2, b[5].count());
        assertEquals(0.5, b[5].accuracy(), 1e-12);
        double expected = 3.0 / 5 * Math.abs((0.95 + 0.92 + 0.91) / 3 - 2.0 / 3) + 2.0 / 5 * Math.abs(0.535 - 0.5);
        assertEquals(expected, Reliability.ece(conf, right), 1e-12);
        assertEquals(1, Reliability.bins(new double[] {1.0}, new boolean[] {true})[9].count());
    }

    @Test
    void sectionShowsBothTablesAndTheirError() {
        int n = 200;
        double[] raw = new double[n];
        boolean[] right = new boolean[n];
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            raw[i] = i % 2 == 0 ? 0.95 : 0.7;
            right[i] = i % 4 != 1 && i % 4 != 2; // half right in each group: overconfident
            fold[i] = i % 5;
        }
        String md = Reliability.section(raw, right, fold, 5, 0);
        assertTrue(md.contains("| 0.9–1.0 | 100 | 0.950 | 0.500 |"), md);
        assertTrue(md.contains("Expected calibration error: raw **0.325**"), md);
        assertTrue(Reliability.section(raw, right, fold, 5, 150).contains("on the 50 lines"));
        double[] cal = Reliability.crossFitted(raw, right, fold, 5);
        assertTrue(Reliability.ece(cal, right) < 0.05, md);
    }
}
