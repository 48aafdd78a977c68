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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the analysis models from the corpora, deterministically (same corpus → same models):
 * {@code sentiment-vi.bin}, {@code sentiment-en.bin} and {@code topic-<code>.bin} for each topic code.
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

    public Map<String, MaxentDoccat> trainTopics(List<Example> examples) {
        List<String[]> feats = new ArrayList<>(examples.size());
        for (Example e : examples) feats.add(TopicClassifier.features(e.text()));
        Map<String, MaxentDoccat> out = new LinkedHashMap<>();
        for (String code : TopicClassifier.CODES) {
            List<DocumentSample> s = new ArrayList<>(examples.size());
            for (int i = 0; i < examples.size(); i++) s.add(new DocumentSample(hasCode(examples.get(i).tag(), code) ? "yes" : "no", feats.get(i)));
            out.put(code, MaxentDoccat.train(s));
        }
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
        for (Map.Entry<String, MaxentDoccat> e : t.trainTopics(t.examples(Corpus.read(corpus, extra, "topics"))).entrySet()) {
            write(e.getValue(), out.resolve("topic-" + e.getKey() + ".bin"));
        }
        System.out.printf("ModelTrainer: %d models written to %s in %.1f s%n", 2 + TopicClassifier.CODES.size(), out,
                (System.nanoTime() - t0) / 1e9);
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
