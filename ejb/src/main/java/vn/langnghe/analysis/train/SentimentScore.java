package vn.langnghe.analysis.train;

import vn.langnghe.analysis.lang.LanguageDetector;
import vn.langnghe.analysis.lang.LanguageResult;
import vn.langnghe.analysis.sentiment.SentimentClassifier;
import vn.langnghe.analysis.text.CleanedText;
import vn.langnghe.analysis.text.TextCleaner;
import vn.langnghe.analysis.text.VietnameseNormalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A 3×3 sentiment confusion matrix (positive, neutral, negative) and its macro-F1. Its {@code main} scores
 * the shipped sentiment path (clean, detect the language, normalise, classify with the models on the
 * classpath) on {@code label<TAB>text} files kept outside the repository, e.g. the reserved real comments in
 * docs/analysis-evaluation-heldout.md; such files are for measuring only and never go into a corpus:
 * {@code java -cp <classpath> vn.langnghe.analysis.train.SentimentScore <file.tsv>...}.
 */
public final class SentimentScore {
    static final String[] LABELS = {"positive", "neutral", "negative"};
    private final int[][] cm = new int[3][3];

    public void add(String gold, String predicted) {
        cm[index(gold)][index(predicted)]++;
    }

    static int index(String label) {
        for (int i = 0; i < LABELS.length; i++) if (LABELS[i].equals(label)) return i;
        throw new IllegalArgumentException("not a sentiment label: " + label);
    }

    public int count(int gold, int predicted) { return cm[gold][predicted]; }

    /** Lines whose gold label is class {@code c}. */
    public int support(int c) {
        return cm[c][0] + cm[c][1] + cm[c][2];
    }

    public int total() {
        int n = 0;
        for (int[] row : cm) for (int v : row) n += v;
        return n;
    }

    /** F1 of class {@code c} (0 positive, 1 neutral, 2 negative); 0 when it is neither gold nor predicted. */
    public double f1(int c) {
        int fp = 0, fn = 0;
        for (int o = 0; o < 3; o++) if (o != c) { fp += cm[o][c]; fn += cm[c][o]; }
        return ModelEvaluator.prf(cm[c][c], fp, fn)[2];
    }

    /** Mean F1 over the classes that occur in the gold labels (a file of two classes is not marked down for the third). */
    public double macroF1() {
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < 3; c++) {
            if (support(c) > 0) { sum += f1(c); classes++; }
        }
        return classes == 0 ? 0 : sum / classes;
    }

    public double accuracy() {
        int n = total();
        return n == 0 ? 0 : (double) (cm[0][0] + cm[1][1] + cm[2][2]) / n;
    }

    public String markdown() {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "macro-F1 **%.3f**, accuracy %.3f, F1 positive %.3f / neutral %.3f / negative %.3f (%d lines)%n%n",
                macroF1(), accuracy(), f1(0), f1(1), f1(2), total()));
        md.append("| gold \\ predicted | positive | neutral | negative |\n|---|---|---|---|\n");
        for (int g = 0; g < 3; g++) md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", LABELS[g], cm[g][0], cm[g][1], cm[g][2]));
        return md.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: SentimentScore <label<TAB>text file>...   (scores the models on the classpath)");
            System.exit(2);
        }
        TextCleaner cleaner = new TextCleaner();
        LanguageDetector languages = new LanguageDetector();
        VietnameseNormalizer normalizer = new VietnameseNormalizer();
        SentimentClassifier classifier = new SentimentClassifier(normalizer);
        for (String file : args) {
            SentimentScore score = new SentimentScore();
            int notVi = 0;
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab < 0) throw new IllegalStateException(file + ": no tab in line: " + line);
                CleanedText clean = cleaner.clean(line.substring(tab + 1));
                LanguageResult lang = languages.detect(clean.analysisText());
                if (!"vi".equals(lang.language().code())) notVi++;
                score.add(line.substring(0, tab).strip(),
                        classifier.classify(normalizer.normalize(clean.analysisText()), lang.language()).label().code());
            }
            System.out.printf(Locale.ROOT, "## %s%n%n%s%nlanguage other than vi detected for %d lines%n%n", Path.of(file).getFileName(),
                    score.markdown(), notVi);
        }
    }
}
