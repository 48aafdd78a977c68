package vn.langnghe.analysis.train;

import opennlp.tools.doccat.DocumentSample;
import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.sentiment.Sentiment;
import vn.langnghe.analysis.sentiment.SentimentCalibration;
import vn.langnghe.analysis.sentiment.SentimentClassifier;
import vn.langnghe.analysis.text.NormalizedText;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.analysis.topic.TopicClassifier;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the analysis models from the corpora, deterministically (same corpus → same models):
 * {@code sentiment-vi.bin}, {@code sentiment-en.bin} with their {@code .calibration} files, and
 * {@code topics.bin} (one multi-label model for all topic codes).
 * Run by the ejb build in {@code process-classes}:
 * {@code java -cp <classpath> vn.langnghe.analysis.train.ModelTrainer <outDir> [<corpusDir>]}
 * (default corpus dir: {@code analysis/corpus} on the classpath).
 */
public final class ModelTrainer {
    /** Extra training directories for the build's training run (see {@link #extraDirs}). */
    public static final String EXTRA_ENV = "LANGNGHE_TRAIN_EXTRA";

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final SentimentClassifier featureSource = new SentimentClassifier(normalizer, null, null);

    public VietnameseNormalizer normalizer() { return normalizer; }

    public record Example(String tag, NormalizedText text) {}

    public List<Example> examples(List<Corpus.Row> rows) {
        List<Example> out = new ArrayList<>(rows.size());
        for (Corpus.Row r : rows) out.add(new Example(r.tag(), normalizer.normalize(r.text())));
        return out;
    }

    public MaxentDoccat trainSentiment(List<Example> examples, Language lang) {
        List<DocumentSample> s = new ArrayList<>(examples.size());
        for (Example e : examples) s.add(new DocumentSample(e.tag(), featureSource.features(e.text(), lang)));
        return MaxentDoccat.train(s, SENTIMENT_ITERATIONS);
    }

    /**
     * GIS iterations of the sentiment models. 100 left them underfitted once the style cues were added
     * (GIS steps shrink with the number of active features per text): on the written corpus lines,
     * cross-validated, Vietnamese macro-F1 0.889 at 100, 0.895 at 250, 0.894 at 400 (golden set 0.874, 0.886,
     * 0.890), at 2.5 times the training time. Topics keep {@link MaxentDoccat#ITERATIONS}.
     */
    public static final int SENTIMENT_ITERATIONS = 250;

    /** Folds of the out-of-fold predictions the sentiment calibration is fitted on. */
    public static final int CALIBRATION_FOLDS = 3;
    private static final long CALIBRATION_SEED = 20261207L;

    /**
     * Fits the {@link SentimentCalibration} of a language: {@value #CALIBRATION_FOLDS}-fold out-of-fold
     * predictions of the shipped blend (model + lexicon prior), each fold's model trained as in
     * {@link #trainSentiment} on all the other rows, then Platt scaling of the chosen label's probability
     * against whether it was right, <b>on the rows from {@code firstOneByOne} on only</b>. Those are the lines
     * written one by one (and the analysts' corrections); the composed main file has near-copies of each line
     * in the other folds, so its out-of-fold predictions are right 98 % of the time and would teach the
     * calibration a confidence no real post deserves. Deterministic (fixed shuffle seed).
     */
    public SentimentCalibration calibrate(List<Example> examples, Language lang, int firstOneByOne) {
        int n = examples.size();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) idx.add(i);
        Collections.shuffle(idx, new Random(CALIBRATION_SEED));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) fold[idx.get(i)] = i % CALIBRATION_FOLDS;
        int m = n - firstOneByOne;
        double[] p = new double[m];
        boolean[] right = new boolean[m];
        for (int f = 0; f < CALIBRATION_FOLDS; f++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < n; i++) if (fold[i] != f) train.add(examples.get(i));
            MaxentDoccat model = trainSentiment(train, lang);
            SentimentClassifier c = lang == Language.EN ? new SentimentClassifier(normalizer, null, model) : new SentimentClassifier(normalizer, model, null);
            for (int i = firstOneByOne; i < n; i++) {
                if (fold[i] != f) continue;
                Sentiment s = c.classify(examples.get(i).text(), lang);
                p[i - firstOneByOne] = s.confidence();
                right[i - firstOneByOne] = s.label().code().equals(examples.get(i).tag());
            }
        }
        return SentimentCalibration.fit(p, right);
    }

    /**
     * Rows of the main file {@code <name>.tsv} (the composed corpus), which {@link Corpus#read} returns first;
     * the rows after them were written one by one ({@code <name>-*.tsv}) or are corrections.
     */
    public static int mainFileRows(Path corpusDir, String name) {
        Path main = corpusDir.resolve(name + ".tsv");
        try {
            if (!Files.exists(main)) return 0;
            int n = 0;
            for (String line : Files.readAllLines(main, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean hasCode(String tags, String code) {
        return !tags.isEmpty() && Arrays.asList(tags.split("\\s*,\\s*")).contains(code);
    }

    /**
     * The one multi-label topic model: one event per (text, code) of each line, and one {@code none} event
     * for a line without a code. A line with two codes thus gives two events on the same features,
     * which teaches the model to share the probability between them (and the decision rule of
     * {@link TopicClassifier} to keep both); twelve binary models trained the same corpus twelve times.
     */
    public MaxentDoccat trainTopics(List<Example> examples) {
        List<DocumentSample> s = new ArrayList<>(examples.size() + examples.size() / 10);
        for (Example e : examples) {
            String[] f = TopicClassifier.features(e.text());
            List<String> codes = codes(e.tag());
            if (codes.isEmpty()) s.add(new DocumentSample(TopicClassifier.NONE, f));
            for (String c : codes) s.add(new DocumentSample(c, f));
        }
        return MaxentDoccat.train(s);
    }

    /** The topic codes of a corpus tag ("transport,flooding"; blank: none), in {@link TopicClassifier#CODES} order. */
    public static List<String> codes(String tags) {
        List<String> out = new ArrayList<>(2);
        for (String c : TopicClassifier.CODES) if (hasCode(tags, c)) out.add(c);
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ModelTrainer <outDir> [<corpusDir> [<extraDir>...]]   (or LANGNGHE_TRAIN_EXTRA)");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Path out = Path.of(args[0]);
        Path corpus = args.length > 1 ? Path.of(args[1]) : Corpus.classpathDir();
        List<Path> extra = extraDirs(args, System.getenv(EXTRA_ENV));
        Files.createDirectories(out);
        ModelTrainer t = new ModelTrainer();
        for (Language lang : List.of(Language.VI, Language.EN)) {
            String name = "sentiment-" + lang.code();
            List<Example> ex = t.examples(Corpus.read(corpus, extra, name));
            write(t.trainSentiment(ex, lang), out.resolve(name + ".bin"));
            t.calibrate(ex, lang, mainFileRows(corpus, name)).write(out.resolve(name + ".calibration"));
        }
        write(t.trainTopics(t.examples(Corpus.read(corpus, extra, "topics"))), out.resolve("topics.bin"));
        System.out.printf("ModelTrainer: 3 models and 2 calibrations written to %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Directories of extra training rows (the analysts' corrections, {@code bin/langnghe corrections export}):
     * the arguments after the corpus directory, then {@code LANGNGHE_TRAIN_EXTRA} (paths separated by the
     * system's path separator). Unset: the shipped corpus only.
     */
    static List<Path> extraDirs(String[] args, String env) {
        List<Path> out = new ArrayList<>();
        for (int i = 2; i < args.length; i++) out.add(Path.of(args[i]));
        if (env != null && !env.isBlank()) {
            for (String p : env.split(java.io.File.pathSeparator)) if (!p.isBlank()) out.add(Path.of(p.strip()));
        }
        return out;
    }

    private static void write(MaxentDoccat m, Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            m.model().serialize(os);
        }
    }
}
