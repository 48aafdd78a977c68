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
    private final Map<String, Context> pmap;

    public MaxentDoccat(DoccatModel model) {
        this.model = model;
        this.maxent = model.getMaxentModel();
        Map<String, Context> pm = null;
        if (maxent instanceof opennlp.tools.ml.model.AbstractModel am) {
            Object[] ds = am.getDataStructures();
            if (ds.length > 1 && ds[1] instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked") Map<String, Context> cast = (Map<String, Context>) m;
                pm = cast;
            }
        }
        this.pmap = pm == null ? Map.of() : pm;
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
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
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
        String[] ctx = new String[features.length];
        for (int i = 0; i < features.length; i++) ctx[i] = PREFIX + features[i];
        double[] p = maxent.eval(ctx);
        double[] out = new double[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            int idx = maxent.getIndex(outcomes[i]);
            out[i] = idx >= 0 ? p[idx] : 0;
        }
        return out;
    }

    /** Weight of {@code feature} for {@code outcome} minus its largest weight for another outcome (0 if unknown). */
    public double margin(String feature, String outcome) {
        Context c = pmap.get(PREFIX + feature);
        if (c == null) return 0;
        int target = maxent.getIndex(outcome);
        double mine = 0, other = Double.NEGATIVE_INFINITY;
        int[] outs = c.getOutcomes();
        double[] ps = c.getParameters();
        boolean[] seen = new boolean[maxent.getNumOutcomes()];
        for (int k = 0; k < outs.length; k++) {
            seen[outs[k]] = true;
            if (outs[k] == target) mine = ps[k]; else other = Math.max(other, ps[k]);
        }
        for (int o = 0; o < seen.length; o++) if (!seen[o] && o != target) other = Math.max(other, 0);
        return mine - (other == Double.NEGATIVE_INFINITY ? 0 : other);
    }
}
