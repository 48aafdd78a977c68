package vn.langnghe.analysis.train;

import opennlp.tools.doccat.DocumentSample;
import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.sentiment.SentimentClassifier;
import vn.langnghe.analysis.text.NormalizedText;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.analysis.topic.TopicClassifier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains the analysis models from the corpora, deterministically (same corpus → same models):
 * {@code sentiment-vi.bin}, {@code sentiment-en.bin} and {@code topics.bin} (one multi-label model for all
 * topic codes).
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
        return MaxentDoccat.train(s);
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
        write(t.trainSentiment(t.examples(Corpus.read(corpus, extra, "sentiment-vi")), Language.VI), out.resolve("sentiment-vi.bin"));
        write(t.trainSentiment(t.examples(Corpus.read(corpus, extra, "sentiment-en")), Language.EN), out.resolve("sentiment-en.bin"));
        write(t.trainTopics(t.examples(Corpus.read(corpus, extra, "topics"))), out.resolve("topics.bin"));
        System.out.printf("ModelTrainer: 3 models written to %s in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
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
