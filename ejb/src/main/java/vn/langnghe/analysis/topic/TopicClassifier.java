package vn.langnghe.analysis.topic;

import vn.langnghe.analysis.text.NormalizedText;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.analysis.train.MaxentDoccat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-label city topics from ONE multinomial MaxEnt model ({@code analysis/models/topics.bin}, outcomes
 * the twelve {@link #CODES} and {@value #NONE}; features = folded syllable unigrams + bigrams and emoji
 * tokens) plus the keyword rules of {@link TopicRules} ({@code analysis/topic-rules.tsv}). The model is
 * trained with one event per (text, code), so a text with two codes teaches it to share the probability
 * between them, and off-topic text teaches {@value #NONE}. Off-topic chatter gets an empty list. Codes
 * come out in {@link #CODES} order. Thread-safe; create once.
 */
public final class TopicClassifier {
    public static final List<String> CODES = List.of("transport", "flooding", "environment", "health", "education",
            "land_housing", "public_order", "public_services", "economy", "utilities", "social_welfare", "culture_tourism");
    /** The outcome of text with no city topic. */
    public static final String NONE = "none";
    /** A code needs at least this probability... */
    public static final double THRESHOLD = 0.25;
    /** ...and at least this share of the most probable outcome (which may be {@value #NONE}). */
    public static final double RATIO = 0.75;
    public static final int MAX_TOPICS = 2;

    private final MaxentDoccat model;
    private final TopicRules rules;
    private final double threshold;
    private final double ratio;
    private final int maxTopics;
    /** Outcome index in {@link #model} of each of {@link #CODES} (-1: the model never saw the code). */
    private final int[] codeIndex;
    private final int noneIndex;

    /** Model and rules from the classpath. */
    public TopicClassifier(VietnameseNormalizer normalizer) {
        this(MaxentDoccat.load("analysis/models/topics.bin"), TopicRules.load(normalizer));
    }

    /** Given model (null: rules only) and rules (null: model only), with the shipped decision rule. */
    public TopicClassifier(MaxentDoccat model, TopicRules rules) {
        this(model, rules, THRESHOLD, RATIO, MAX_TOPICS);
    }

    /** With another decision rule: what cross-validation sweeps. */
    public TopicClassifier(MaxentDoccat model, TopicRules rules, double threshold, double ratio, int maxTopics) {
        this.model = model;
        this.rules = rules;
        this.threshold = threshold;
        this.ratio = ratio;
        this.maxTopics = maxTopics;
        this.codeIndex = new int[CODES.size()];
        for (int k = 0; k < CODES.size(); k++) codeIndex[k] = model == null ? -1 : model.outcomeIndex(CODES.get(k));
        this.noneIndex = model == null ? -1 : model.outcomeIndex(NONE);
    }

    /** The same model and rules with another decision rule. */
    public TopicClassifier withRule(double threshold, double ratio, int maxTopics) {
        return new TopicClassifier(model, rules, threshold, ratio, maxTopics);
    }

    public static String[] features(NormalizedText nt) {
        List<String> ft = nt.foldedTokens();
        List<String> out = new ArrayList<>(ft.size() * 2 + nt.emojiTokens().size() + 1);
        for (int i = 0; i < ft.size(); i++) {
            out.add(ft.get(i));
            if (i + 1 < ft.size()) out.add(ft.get(i) + "_" + ft.get(i + 1));
        }
        out.addAll(nt.emojiTokens());
        if (ft.isEmpty()) out.add("NO_WORDS");
        out.add("BIAS"); // always on: GIS has no intercept otherwise, and a short text with unseen words drifts to uniform
        return out.toArray(String[]::new);
    }

    /**
     * P(code) per code, in {@link #CODES} order, then P({@value #NONE}) under the key {@value #NONE}; the
     * values sum to 1. Empty without a model.
     */
    public Map<String, Double> probabilities(NormalizedText text) {
        return named(model == null ? null : model.probabilities(features(text)));
    }

    /** The same from OpenNLP's own evaluation; what tests compare {@link #probabilities} with. */
    public Map<String, Double> probabilitiesByOpenNlp(NormalizedText text) {
        return named(model == null ? null : model.probabilitiesByOpenNlp(features(text)));
    }

    private Map<String, Double> named(double[] p) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (p == null) return out;
        for (int k = 0; k < CODES.size(); k++) if (codeIndex[k] >= 0) out.put(CODES.get(k), p[codeIndex[k]]);
        if (noneIndex >= 0) out.put(NONE, p[noneIndex]);
        return out;
    }

    /**
     * Codes the model gives clearly enough, plus codes the admin's keyword rules name. "Clearly" is
     * twofold: P(code) at least the threshold, and at least {@code ratio} times the most probable outcome.
     * When {@value #NONE} wins by far, no code passes the ratio: chatter stays topic-free. A text about
     * two things splits its probability between them, which the ratio keeps (0.45 and 0.35 both pass).
     * At most {@code maxTopics} codes come from the model; rules add theirs on top.
     */
    public List<String> classify(NormalizedText text) {
        return decideFrom(rawProbabilities(text), rules == null ? List.of() : rules.match(text));
    }

    /** Which of {@link #CODES} the model's probabilities (in model outcome order) select. */
    boolean[] decide(double[] p) {
        double top = 0;
        for (double v : p) top = Math.max(top, v);
        double floor = Math.max(threshold, ratio * top);
        boolean[] chosen = new boolean[CODES.size()];
        for (int n = 0; n < maxTopics; n++) {
            int best = -1;
            double bestP = floor;
            for (int k = 0; k < CODES.size(); k++) {
                if (codeIndex[k] >= 0 && !chosen[k] && p[codeIndex[k]] >= bestP) { best = k; bestP = p[codeIndex[k]]; }
            }
            if (best < 0) break;
            chosen[best] = true;
        }
        return chosen;
    }

    /** The decision on probabilities already computed ({@link #rawProbabilities}) and the rules' codes; cross-validation sweeps call it directly. */
    public List<String> decideFrom(double[] modelProbabilities, List<String> byRule) {
        boolean[] chosen = decide(modelProbabilities);
        List<String> out = new ArrayList<>(2);
        for (int k = 0; k < CODES.size(); k++) if (chosen[k] || byRule.contains(CODES.get(k))) out.add(CODES.get(k));
        return out;
    }

    /** The model's raw outcome probabilities (model outcome order), for cross-validation sweeps. */
    public double[] rawProbabilities(NormalizedText text) {
        return model == null ? new double[0] : model.probabilities(features(text));
    }
}
