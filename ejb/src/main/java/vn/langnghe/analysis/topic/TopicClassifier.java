package vn.langnghe.analysis.topic;

import vn.langnghe.analysis.text.NormalizedText;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.analysis.train.MaxentDoccat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-label city topics: one binary MaxEnt model per code ({@code analysis/models/topic-<code>.bin},
 * outcomes {@code yes}/{@code no}, features = folded syllable unigrams + bigrams and emoji tokens) plus
 * the keyword rules of {@link TopicRules} ({@code analysis/topic-rules.tsv}). A code is given when
 * P(yes) ≥ {@value #THRESHOLD} or a rule matches; off-topic chatter gets an empty list. Codes come out in
 * {@link #CODES} order. Thread-safe; create once.
 */
public final class TopicClassifier {
    public static final List<String> CODES = List.of("transport", "flooding", "environment", "health", "education",
            "land_housing", "public_order", "public_services", "economy", "utilities", "social_welfare", "culture_tourism");
    public static final double THRESHOLD = 0.3;
    /** How far above the median of all codes a code's P(yes) must be (see {@link #classify}). */
    public static final double MARGIN = 0.2;
    public static final int MAX_TOPICS = 2;

    private final Map<String, MaxentDoccat> models;
    private final TopicRules rules;
    /** Codes that have a model, in {@link #CODES} order. */
    private final List<String> modelled;
    /**
     * All binary models in one table: per feature, weight(yes) − weight(no) for each modelled code.
     * P(yes) of a binary MaxEnt model is the logistic of that difference summed over the features, so
     * one lookup per feature serves all twelve models.
     */
    private final Map<String, double[]> yesMinusNo;

    /** Models and rules from the classpath. */
    public TopicClassifier(VietnameseNormalizer normalizer) {
        this(loadAll(), TopicRules.load(normalizer));
    }

    /** Given models (null or missing codes: rules only) and rules. */
    public TopicClassifier(Map<String, MaxentDoccat> models, TopicRules rules) {
        this.models = models == null ? Map.of() : Map.copyOf(models);
        this.rules = rules;
        this.modelled = CODES.stream().filter(this.models::containsKey).toList();
        Map<String, double[]> table = new HashMap<>();
        for (int k = 0; k < modelled.size(); k++) {
            MaxentDoccat m = this.models.get(modelled.get(k));
            int yes = m.outcomeIndex("yes"), no = m.outcomeIndex("no");
            for (Map.Entry<String, double[]> e : m.weights().entrySet()) {
                double[] row = e.getValue();
                double d = (yes < 0 ? 0 : row[yes]) - (no < 0 ? 0 : row[no]);
                table.computeIfAbsent(e.getKey(), f -> new double[modelled.size()])[k] = d;
            }
        }
        this.yesMinusNo = table;
    }

    private static Map<String, MaxentDoccat> loadAll() {
        Map<String, MaxentDoccat> m = new LinkedHashMap<>();
        for (String c : CODES) m.put(c, MaxentDoccat.load("analysis/models/topic-" + c + ".bin"));
        return m;
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
        out.add("BIAS"); // always on: GIS has no intercept otherwise, and a short text with unseen words drifts to P = 0.5
        return out.toArray(String[]::new);
    }

    /** P(yes) per code, in {@link #CODES} order (codes without a model are absent). */
    public Map<String, Double> probabilities(NormalizedText text) {
        double[] sum = new double[modelled.size()];
        for (String f : features(text)) {
            double[] row = yesMinusNo.get(f);
            if (row != null) {
                for (int k = 0; k < sum.length; k++) sum[k] += row[k];
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < sum.length; k++) out.put(modelled.get(k), 1 / (1 + Math.exp(-sum[k])));
        return out;
    }

    /** P(yes) per code from each model's own OpenNLP evaluation; what tests compare {@link #probabilities} with. */
    public Map<String, Double> probabilitiesByOpenNlp(NormalizedText text) {
        String[] f = features(text);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String c : modelled) {
            MaxentDoccat m = models.get(c);
            out.put(c, m.probabilitiesByOpenNlp(f)[m.outcomeIndex("yes")]);
        }
        return out;
    }

    /**
     * Codes whose model says yes clearly enough, plus codes the admin's keyword rules name. "Clearly"
     * is twofold: P(yes) at least {@link #THRESHOLD}, and at least {@link #MARGIN} above the median of
     * all codes. Text the models know nothing about ("MU thua rồi") gets about the same P from every
     * model; the margin keeps such chatter topic-free while a real but weakly worded topic still passes.
     * At most {@link #MAX_TOPICS} codes come from the models.
     */
    public List<String> classify(NormalizedText text) {
        Map<String, Double> p = probabilities(text);
        List<String> byRule = rules == null ? List.of() : rules.match(text);
        double median = median(p.values());
        List<String> fromModels = p.entrySet().stream()
                .filter(e -> e.getValue() >= THRESHOLD && e.getValue() - median >= MARGIN)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(MAX_TOPICS).map(Map.Entry::getKey).toList();
        List<String> out = new ArrayList<>();
        for (String c : CODES) if (fromModels.contains(c) || byRule.contains(c)) out.add(c);
        return out;
    }

    private static double median(java.util.Collection<Double> values) {
        if (values.isEmpty()) return 0;
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
