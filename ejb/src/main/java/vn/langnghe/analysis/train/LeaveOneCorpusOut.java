package vn.langnghe.analysis.train;

import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.sentiment.SentimentClassifier;
import vn.langnghe.analysis.topic.TopicClassifier;
import vn.langnghe.analysis.topic.TopicRules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Leave-one-corpus-out evaluation: for each corpus file of a model (e.g. {@code sentiment-vi.tsv},
 * {@code sentiment-vi-written.tsv} and every {@code sentiment-vi-<source>.tsv}), train on the other files
 * and test on that one. Cross-validation splits lines at random, so near-copies of a test line sit in the
 * training folds; holding a whole file out asks instead how the model does on text written by other
 * people in another way, which is closer to what real posts do to it. New files are picked up as they
 * are added ({@link Corpus#readByFile}).
 */
public final class LeaveOneCorpusOut {
    /** One held-out file and the rows of every other file of the same corpus. */
    public record Fold<T>(String heldOut, List<T> train, List<T> test) {}

    private final ModelTrainer trainer;

    public LeaveOneCorpusOut(ModelTrainer trainer) {
        this.trainer = trainer;
    }

    /**
     * One fold per non-empty file, training on all the others in their reading order (so a fold trains as
     * deterministically as the build). Fewer than two non-empty files give no fold: nothing to hold out.
     */
    public static <T> List<Fold<T>> folds(Map<String, List<T>> byFile) {
        List<String> names = new ArrayList<>();
        byFile.forEach((n, rows) -> { if (!rows.isEmpty()) names.add(n); });
        List<Fold<T>> folds = new ArrayList<>();
        if (names.size() < 2) return folds;
        for (String held : names) {
            List<T> train = new ArrayList<>();
            for (String n : names) if (!n.equals(held)) train.addAll(byFile.get(n));
            folds.add(new Fold<>(held, train, List.copyOf(byFile.get(held))));
        }
        return folds;
    }

    /** The Markdown section for the sentiment corpora (vi, en) and the topic corpus in {@code corpusDir}. */
    public String report(Path corpusDir) {
        StringBuilder md = new StringBuilder("## Leave one corpus file out\n\n")
                .append("Each corpus file in turn is held out whole: the model is trained (as `ModelTrainer` does) on the "
                        + "other files of the same corpus and tested on it. Unlike the random folds above, no near-copy of a "
                        + "test line is in training, so these figures say how the model carries over to text written by other "
                        + "people, in another way; a file that scores low brings what the others lack. Source files are listed "
                        + "in docs/analysis-data.md.\n\n");
        sentiment(md, "Sentiment, Vietnamese", corpusDir, "sentiment-vi", Language.VI);
        sentiment(md, "Sentiment, English", corpusDir, "sentiment-en", Language.EN);
        topics(md, corpusDir);
        return md.toString();
    }

    private void sentiment(StringBuilder md, String title, Path dir, String name, Language lang) {
        md.append("### ").append(title).append("\n\n");
        List<Fold<Corpus.Row>> folds = folds(Corpus.readByFile(dir, name));
        if (folds.isEmpty()) {
            md.append("Only one file: nothing to hold out.\n\n");
            return;
        }
        md.append("| held-out file | lines | trained on | macro-F1 (classes present) | F1 positive | F1 neutral | F1 negative |\n|---|---|---|---|---|---|---|\n");
        double sum = 0;
        for (Fold<Corpus.Row> f : folds) {
            List<ModelTrainer.Example> train = trainer.examples(f.train());
            MaxentDoccat m = trainer.trainSentiment(train, lang);
            SentimentClassifier c = lang == Language.EN ? new SentimentClassifier(trainer.normalizer(), null, m)
                    : new SentimentClassifier(trainer.normalizer(), m, null);
            SentimentScore score = new SentimentScore();
            for (ModelTrainer.Example e : trainer.examples(f.test())) {
                score.add(e.tag(), c.classify(e.text(), lang).label().code());
            }
            sum += score.macroF1();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %s | %s | %s |%n", f.heldOut(), f.test().size(),
                    f.train().size(), score.macroF1(), f1Cell(score, 0), f1Cell(score, 1), f1Cell(score, 2)));
        }
        md.append(String.format(Locale.ROOT, "%n**mean macro-F1 %.3f** over %d held-out files%n%n", sum / folds.size(), folds.size()));
    }

    /** A class the held-out file has no line of has no F1 (a file of neutral questions, say). */
    private static String f1Cell(SentimentScore s, int c) {
        return s.support(c) == 0 ? "—" : String.format(Locale.ROOT, "%.3f", s.f1(c));
    }

    private void topics(StringBuilder md, Path dir) {
        md.append("### Topics (model + rules, macro-F1 over the ").append(TopicClassifier.CODES.size()).append(" codes)\n\n");
        List<Fold<Corpus.Row>> folds = folds(Corpus.readByFile(dir, "topics"));
        if (folds.isEmpty()) {
            md.append("Only one file: nothing to hold out.\n\n");
            return;
        }
        TopicRules rules = TopicRules.load(trainer.normalizer());
        List<String> codes = TopicClassifier.CODES;
        md.append("| held-out file | lines | trained on | macro-F1 | off-topic lines given no code |\n|---|---|---|---|---|\n");
        double sum = 0;
        for (Fold<Corpus.Row> f : folds) {
            TopicClassifier c = new TopicClassifier(trainer.trainTopics(trainer.examples(f.train())), rules);
            int[][] counts = new int[codes.size()][3]; // tp fp fn
            int offGold = 0, offRight = 0;
            for (ModelTrainer.Example e : trainer.examples(f.test())) {
                List<String> pred = c.classify(e.text());
                boolean off = true;
                for (int k = 0; k < codes.size(); k++) {
                    boolean g = ModelTrainer.hasCode(e.tag(), codes.get(k)), p = pred.contains(codes.get(k));
                    if (g) off = false;
                    if (g && p) counts[k][0]++; else if (p) counts[k][1]++; else if (g) counts[k][2]++;
                }
                if (off) { offGold++; if (pred.isEmpty()) offRight++; }
            }
            double macro = 0;
            for (int[] t : counts) macro += ModelEvaluator.prf(t[0], t[1], t[2])[2] / codes.size();
            sum += macro;
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %d of %d |%n", f.heldOut(), f.test().size(),
                    f.train().size(), macro, offRight, offGold));
        }
        md.append(String.format(Locale.ROOT, "%n**mean macro-F1 %.3f** over %d held-out files%n%n", sum / folds.size(), folds.size()));
    }
}
