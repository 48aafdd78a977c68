package vn.langnghe.analysis.train;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenNLP {@link DoccatModel} whose "document" is a list of precomputed feature strings (the default
 * bag-of-words generator turns each into {@code bow=feature}). Training is deterministic: GIS MaxEnt,
 * one thread, fixed iterations and cutoff, samples in corpus order. Evaluation goes straight to the
 * {@link MaxentModel}, which is thread-safe.
 */
public final class MaxentDoccat {
    public static final int ITERATIONS = 100;
    public static final int CUTOFF = 2;
    private static final String PREFIX = "bow=";

    private final DoccatModel model;
    private final MaxentModel maxent;
    /**
     * The model's weights by feature (without the generator's {@code bow=} prefix), one per outcome in
     * the model's outcome order. Evaluating from this table instead of {@link MaxentModel#eval} saves a
     * prefixed copy of every feature string and a lookup in OpenNLP's map, which was a third of the
     * indexing path's CPU time; {@code MaxentDoccatTest} checks that both give the same probabilities.
     */
    private final Map<String, double[]> weights;

    public MaxentDoccat(DoccatModel model) {
        this.model = model;
        this.maxent = model.getMaxentModel();
        Map<String, double[]> w = new HashMap<>();
        if (maxent instanceof opennlp.tools.ml.model.AbstractModel am) {
            Object[] ds = am.getDataStructures();
            if (ds.length > 1 && ds[1] instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (e.getKey() instanceof String name && name.startsWith(PREFIX) && e.getValue() instanceof Context c) {
                        double[] row = new double[maxent.getNumOutcomes()];
                        int[] outs = c.getOutcomes();
                        double[] ps = c.getParameters();
                        for (int k = 0; k < outs.length; k++) row[outs[k]] = ps[k];
                        w.put(name.substring(PREFIX.length()), row);
                    }
                }
            }
        }
        if (w.isEmpty()) throw new IllegalStateException("not a GIS document categorizer model");
        this.weights = w;
    }

    /** Loads {@code resource} from the classpath, e.g. {@code analysis/models/sentiment-vi.bin}. */
    public static MaxentDoccat load(String resource) {
        try (InputStream in = MaxentDoccat.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing model on the classpath: " + resource
                    + " (built by ModelTrainer in the ejb module's process-classes phase)");
            return new MaxentDoccat(new DoccatModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MaxentDoccat train(List<DocumentSample> samples) {
        return train(samples, ITERATIONS);
    }

    /** As {@link #train(List)} with another number of GIS iterations. */
    public static MaxentDoccat train(List<DocumentSample> samples, int iterations) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("PrintMessages", false);
        try {
            return new MaxentDoccat(DocumentCategorizerME.train("und", ObjectStreamUtils.createObjectStream(samples), p,
                    new DoccatFactory(new FeatureGenerator[]{new BagOfWordsFeatureGenerator()})));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DoccatModel model() { return model; }

    /** Probabilities of {@code outcomes} (in that order; 0 for an outcome the model never saw). */
    public double[] probs(String[] features, String... outcomes) {
        double[] all = probabilities(features);
        double[] out = new double[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            int idx = maxent.getIndex(outcomes[i]);
            out[i] = idx >= 0 ? all[idx] : 0;
        }
        return out;
    }

    /**
     * Probabilities of all outcomes, in {@link #outcomeIndex} order: the softmax of each outcome's summed
     * feature weights, as GIS evaluates (a feature given twice counts twice; the uniform prior cancels out).
     */
    public double[] probabilities(String[] features) {
        double[] sum = new double[maxent.getNumOutcomes()];
        for (String f : features) {
            double[] row = weights.get(f);
            if (row != null) {
                for (int o = 0; o < sum.length; o++) sum[o] += row[o];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : sum) max = Math.max(max, v);
        double normal = 0;
        for (int o = 0; o < sum.length; o++) {
            sum[o] = Math.exp(sum[o] - max);
            normal += sum[o];
        }
        for (int o = 0; o < sum.length; o++) sum[o] /= normal;
        return sum;
    }

    /** What OpenNLP's own evaluation gives; for tests that keep {@link #probabilities} honest. */
    public double[] probabilitiesByOpenNlp(String[] features) {
        String[] ctx = new String[features.length];
        for (int i = 0; i < features.length; i++) ctx[i] = PREFIX + features[i];
        return maxent.eval(ctx);
    }

    /** The outcome's position in {@link #probabilities} and {@link #weights}, or -1. */
    public int outcomeIndex(String outcome) {
        return maxent.getIndex(outcome);
    }

    /** Every feature the model knows, with its weight per outcome (read-only view; do not modify the rows). */
    public Map<String, double[]> weights() {
        return java.util.Collections.unmodifiableMap(weights);
    }

    /** Weight of {@code feature} for {@code outcome} minus its largest weight for another outcome (0 if unknown). */
    public double margin(String feature, String outcome) {
        double[] row = weights.get(feature);
        int target = maxent.getIndex(outcome);
        if (row == null || target < 0) return 0;
        double other = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < row.length; o++) if (o != target) other = Math.max(other, row[o]);
        return row[target] - (other == Double.NEGATIVE_INFINITY ? 0 : other);
    }
}
