package vn.langnghe.tools.analyze;

import java.util.Locale;
import vn.langnghe.analysis.sentiment.SentimentLabel;

/**
 * A confusion matrix of sentiment labels (gold against predicted) and what follows from it: precision,
 * recall and F1 per class, macro-F1 (the unweighted mean of the three F1, so a rare class weighs as much as
 * a common one) and accuracy. A class that is never predicted has precision 0, one that never occurs recall 0.
 */
public final class SentimentScores {
    private static final SentimentLabel[] LABELS = SentimentLabel.values();
    private final int[][] counts = new int[LABELS.length][LABELS.length];

    public void add(SentimentLabel gold, SentimentLabel predicted) {
        counts[gold.ordinal()][predicted.ordinal()]++;
    }

    public int count(SentimentLabel gold, SentimentLabel predicted) {
        return counts[gold.ordinal()][predicted.ordinal()];
    }

    public int total() {
        int n = 0;
        for (int[] row : counts) for (int c : row) n += c;
        return n;
    }

    /** Rows whose gold label is {@code c}. */
    public int support(SentimentLabel c) {
        int n = 0;
        for (int c2 : counts[c.ordinal()]) n += c2;
        return n;
    }

    public double precision(SentimentLabel c) {
        int predicted = 0;
        for (int[] row : counts) predicted += row[c.ordinal()];
        return predicted == 0 ? 0 : (double) counts[c.ordinal()][c.ordinal()] / predicted;
    }

    public double recall(SentimentLabel c) {
        int gold = support(c);
        return gold == 0 ? 0 : (double) counts[c.ordinal()][c.ordinal()] / gold;
    }

    public double f1(SentimentLabel c) {
        double p = precision(c), r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (SentimentLabel c : LABELS) sum += f1(c);
        return sum / LABELS.length;
    }

    public double accuracy() {
        int right = 0;
        for (SentimentLabel c : LABELS) right += counts[c.ordinal()][c.ordinal()];
        int n = total();
        return n == 0 ? 0 : (double) right / n;
    }

    /** Per-class table, macro-F1, accuracy and the confusion matrix (rows gold, columns predicted), as text. */
    public String report() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-10s %9s %7s %6s %8s%n", "class", "precision", "recall", "F1", "support"));
        for (SentimentLabel c : LABELS) {
            s.append(String.format(Locale.ROOT, "%-10s %9.3f %7.3f %6.3f %8d%n", c.code(), precision(c), recall(c), f1(c), support(c)));
        }
        s.append(String.format(Locale.ROOT, "macro-F1 %.3f  accuracy %.3f  (%d rows)%n", macroF1(), accuracy(), total()));
        s.append(String.format(Locale.ROOT, "confusion (rows gold, columns predicted)%n%-10s", "gold"));
        for (SentimentLabel c : LABELS) s.append(String.format(Locale.ROOT, " %9s", c.code()));
        s.append(String.format("%n"));
        for (SentimentLabel g : LABELS) {
            s.append(String.format(Locale.ROOT, "%-10s", g.code()));
            for (SentimentLabel p : LABELS) s.append(String.format(Locale.ROOT, " %9d", count(g, p)));
            s.append(String.format("%n"));
        }
        return s.toString();
    }
}
