package vn.langnghe.analysis.sentiment;

import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.text.NormalizedText;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.analysis.text.WordLists;
import vn.langnghe.analysis.train.MaxentDoccat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentiment of a normalised post: a MaxEnt document categorizer per language (vi, en; trained by
 * {@link vn.langnghe.analysis.train.ModelTrainer}, loaded from {@code analysis/models/}) blended with a
 * lexicon prior. {@code P = (1 − α)·P_model + α·P_lexicon}, α = {@value #LEXICON_WEIGHT} when the lexicon
 * found something; {@code P_lexicon} puts |s| on the lexicon's side and 1 − |s| on neutral, with
 * s = tanh(lexiconScore / 2). Score = P(positive) − P(negative). Confidence = the chosen label's P through the
 * language's {@link SentimentCalibration}. Thread-safe; create once.
 * {@link Language#OTHER} gets neutral, score 0, no evidence, confidence 0 (nothing was judged).
 */
public final class SentimentClassifier {
    static final double LEXICON_WEIGHT = 0.3;
    private static final String[] OUTCOMES = {"positive", "neutral", "negative"};

    private final Map<Language, SentimentLexicon> lexicons = new HashMap<>();
    private final Map<Language, MaxentDoccat> models = new HashMap<>();
    private final Map<Language, SentimentCalibration> calibrations = new HashMap<>();
    private final Map<Integer, String> emoji = new HashMap<>();

    /** Models from the classpath ({@code analysis/models/sentiment-vi.bin}, {@code sentiment-en.bin}). */
    public SentimentClassifier(VietnameseNormalizer normalizer) {
        this(normalizer, MaxentDoccat.load("analysis/models/sentiment-vi.bin"), MaxentDoccat.load("analysis/models/sentiment-en.bin"));
        calibrations.put(Language.VI, SentimentCalibration.load("analysis/models/sentiment-vi.calibration"));
        calibrations.put(Language.EN, SentimentCalibration.load("analysis/models/sentiment-en.calibration"));
    }

    /**
     * Given models (training, cross-validation); a null model means lexicon only. No calibration: the
     * confidence is the blend's own probability of the label.
     */
    public SentimentClassifier(VietnameseNormalizer normalizer, MaxentDoccat vi, MaxentDoccat en) {
        lexicons.put(Language.VI, new SentimentLexicon(Language.VI, normalizer));
        lexicons.put(Language.EN, new SentimentLexicon(Language.EN, normalizer));
        if (vi != null) models.put(Language.VI, vi);
        if (en != null) models.put(Language.EN, en);
        WordLists.table("emoji.tsv").forEach((k, v) -> emoji.put(k.codePointAt(0), v));
    }

    public SentimentLexicon lexicon(Language lang) { return lexicons.get(lang == Language.EN ? Language.EN : Language.VI); }

    /** Feature strings the model sees for this text (used by the trainer too). */
    public String[] features(NormalizedText text, Language lang) {
        return SentimentFeatures.of(text, lexicon(lang).analyse(text), lang);
    }

    public Sentiment classify(NormalizedText text, Language lang) {
        if (lang == Language.OTHER || lang == null) return new Sentiment(SentimentLabel.NEUTRAL, 0, List.of(), 0);
        LexiconAnalysis lex = lexicon(lang).analyse(text);
        String[] feats = SentimentFeatures.of(text, lex, lang);
        MaxentDoccat model = models.get(lang);
        double[] p = model != null ? model.probs(feats, OUTCOMES) : new double[]{0, 1, 0};
        int emoPos = 0, emoNeg = 0;
        for (String e : text.emojiTokens()) { if (e.equals("EMO_POS")) emoPos++; else if (e.equals("EMO_NEG")) emoNeg++; }
        double lexScore = lex.score() + 0.8 * (emoPos - emoNeg);
        if (SentimentFeatures.ironic(text, lex)) {
            // the praise or smiley of an ironic complaint counts against, not for ("Tuyệt vời, mưa 10 phút là ngập :)")
            for (LexiconAnalysis.Hit h : lex.hits()) if (h.value() > 0) lexScore -= 2 * h.value();
            lexScore -= 1.6 * emoPos;
        }
        if (!lex.hits().isEmpty() || emoPos + emoNeg > 0) {
            double s = Math.tanh(lexScore / 2);
            double[] prior = {Math.max(s, 0), 1 - Math.abs(s), Math.max(-s, 0)};
            double a = model != null ? LEXICON_WEIGHT : 1;
            for (int i = 0; i < 3; i++) p[i] = (1 - a) * p[i] + a * prior[i];
        }
        int best = 1;
        for (int i = 0; i < 3; i++) if (p[i] > p[best]) best = i;
        SentimentLabel label = SentimentLabel.of(OUTCOMES[best]);
        double score = Math.max(-1, Math.min(1, p[0] - p[2]));
        double confidence = calibrations.getOrDefault(lang, SentimentCalibration.IDENTITY).apply(p[best]);
        return new Sentiment(label, score, evidence(text, lex, feats, label, model), confidence);
    }

    private List<String> evidence(NormalizedText text, LexiconAnalysis lex, String[] feats, SentimentLabel label, MaxentDoccat model) {
        Set<String> out = new LinkedHashSet<>();
        if (label == SentimentLabel.NEUTRAL) return List.of();
        boolean neg = label == SentimentLabel.NEGATIVE;
        for (LexiconAnalysis.Hit h : lex.hits()) if ((h.value() < 0) == neg) out.add(h.display());
        // emoji of the label's polarity, in display form
        String want = neg ? "EMO_NEG" : "EMO_POS";
        String o = text.original();
        for (int i = 0; i < o.length(); ) {
            int cp = o.codePointAt(i);
            if (want.equals(emoji.get(cp))) out.add(new String(Character.toChars(cp)));
            i += Character.charCount(cp);
        }
        if (out.isEmpty() && model != null) out.addAll(modelEvidence(text, lex, label, model));
        return List.copyOf(out);
    }

    /** No lexicon word or emoji: the unigrams/bigrams whose model weights favour the label most (up to 2). */
    private static List<String> modelEvidence(NormalizedText text, LexiconAnalysis lex, SentimentLabel label, MaxentDoccat model) {
        List<String> ft = text.foldedTokens();
        int n = ft.size();
        record Cand(int from, int to, double w) {}
        List<Cand> cands = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = lex.negated()[i] ? "NOT_" + ft.get(i) : ft.get(i);
            cands.add(new Cand(i, i + 1, model.margin(a, label.code())));
            if (i + 1 < n) {
                String b = lex.negated()[i + 1] ? "NOT_" + ft.get(i + 1) : ft.get(i + 1);
                cands.add(new Cand(i, i + 2, model.margin(a + "_" + b, label.code())));
            }
        }
        cands.sort(Comparator.comparingDouble((Cand c) -> -c.w));
        List<String> out = new ArrayList<>();
        boolean[] used = new boolean[n];
        for (Cand c : cands) {
            if (c.w < 0.3 || out.size() >= 2) break;
            boolean overlap = false;
            for (int k = c.from; k < c.to; k++) overlap |= used[k];
            if (overlap) continue;
            for (int k = c.from; k < c.to; k++) used[k] = true;
            out.add(String.join(" ", text.tokens().subList(c.from, c.to)));
        }
        return out;
    }
}
