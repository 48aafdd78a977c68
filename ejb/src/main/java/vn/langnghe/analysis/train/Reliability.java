package vn.langnghe.analysis.train;

import vn.langnghe.analysis.sentiment.SentimentCalibration;

import java.util.Locale;

/**
 * Reliability of the sentiment confidence: predictions binned by confidence (ten bins of 0.1), per bin the
 * count, the mean confidence and the share that were right, and the expected calibration error (ECE, the
 * count-weighted mean gap between confidence and accuracy). Written into the cross-validation report for
 * the raw blend probability and for the calibrated confidence the classifier ships.
 */
public final class Reliability {
    static final int BINS = 10;

    private Reliability() {}

    /** One bin: {@code count} predictions with mean confidence {@code confidence}, {@code accuracy} of them right. */
    public record Bin(double from, double to, int count, double confidence, double accuracy) {}

    public static Bin[] bins(double[] confidence, boolean[] right) {
        int[] n = new int[BINS];
        double[] conf = new double[BINS], ok = new double[BINS];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(BINS - 1, Math.max(0, (int) (confidence[i] * BINS)));
            n[b]++;
            conf[b] += confidence[i];
            if (right[i]) ok[b]++;
        }
        Bin[] out = new Bin[BINS];
        for (int b = 0; b < BINS; b++) {
            out[b] = new Bin(b / (double) BINS, (b + 1) / (double) BINS, n[b], n[b] == 0 ? 0 : conf[b] / n[b], n[b] == 0 ? 0 : ok[b] / n[b]);
        }
        return out;
    }

    /** Expected calibration error over {@link #bins}. */
    public static double ece(double[] confidence, boolean[] right) {
        double e = 0;
        for (Bin b : bins(confidence, right)) e += b.count() / (double) confidence.length * Math.abs(b.confidence() - b.accuracy());
        return e;
    }

    /**
     * Calibrated confidences without fitting on the line itself: for each fold, the calibration is fitted on
     * the raw out-of-fold confidences of the other folds and applied to this fold's lines.
     */
    public static double[] crossFitted(double[] raw, boolean[] right, int[] fold, int k) {
        double[] out = new double[raw.length];
        for (int f = 0; f < k; f++) {
            int m = 0;
            for (int v : fold) if (v != f) m++;
            double[] p = new double[m];
            boolean[] r = new boolean[m];
            int j = 0;
            for (int i = 0; i < raw.length; i++) if (fold[i] != f) { p[j] = raw[i]; r[j++] = right[i]; }
            SentimentCalibration c = SentimentCalibration.fit(p, r);
            for (int i = 0; i < raw.length; i++) if (fold[i] == f) out[i] = c.apply(raw[i]);
        }
        return out;
    }

    /**
     * Markdown: the reliability table of the raw and of the calibrated confidence, with their ECE, over the
     * lines from {@code from} on (the lines written one by one; the calibration is fitted on those only, see
     * {@link ModelTrainer#calibrate}).
     */
    public static String section(double[] raw, boolean[] right, int[] fold, int k, int from) {
        raw = java.util.Arrays.copyOfRange(raw, from, raw.length);
        right = java.util.Arrays.copyOfRange(right, from, right.length);
        fold = java.util.Arrays.copyOfRange(fold, from, fold.length);
        double[] cal = crossFitted(raw, right, fold, k);
        Bin[] rb = bins(raw, right), cb = bins(cal, right);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Confidence reliability on the %d lines written one by one (the chosen label's probability; "
                + "calibrated = Platt scaling fitted on the other folds' lines, as `ModelTrainer` fits it on all of them). "
                + "The composed main file is left out: its near-copies make nearly every prediction right.%n%n", raw.length));
        md.append("| confidence | raw: count | raw: mean conf. | raw: accuracy | calibrated: count | calibrated: mean conf. | calibrated: accuracy |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (int b = 0; b < BINS; b++) {
            if (rb[b].count() == 0 && cb[b].count() == 0) continue;
            md.append(String.format(Locale.ROOT, "| %.1f–%.1f | %s | %s |%n", rb[b].from(), rb[b].to(), cells(rb[b]), cells(cb[b])));
        }
        md.append(String.format(Locale.ROOT, "%nExpected calibration error: raw **%.3f**, calibrated **%.3f**.%n%n", ece(raw, right), ece(cal, right)));
        return md.toString();
    }

    private static String cells(Bin b) {
        return b.count() == 0 ? "0 | – | –" : String.format(Locale.ROOT, "%d | %.3f | %.3f", b.count(), b.confidence(), b.accuracy());
    }
}
