package vn.langnghe.analysis.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Platt scaling of the chosen label's probability: {@code confidence = σ(a·logit(p) + b)}, with p the
 * blended probability of the label {@link SentimentClassifier} picks. The blend's probabilities are not
 * probabilities of being right (the lexicon prior and the unregularised MaxEnt make them overconfident);
 * the two parameters are fitted by {@link vn.langnghe.analysis.train.ModelTrainer} on cross-validated
 * predictions over the training corpus, so that among labels given with confidence 0.8 about 80 % are
 * right on text like the corpus. Stored next to the model ({@code analysis/models/sentiment-xx.calibration},
 * a properties file). Scaling is monotone: it never changes which label wins.
 */
public record SentimentCalibration(double a, double b, int fittedOn) {
    /** No scaling: confidence = p. */
    public static final SentimentCalibration IDENTITY = new SentimentCalibration(1, 0, 0);
    private static final double EPS = 1e-6;
    /** Pulls a towards 1 and b towards 0 a little, so that a corpus the model gets all right still gives finite values. */
    private static final double RIDGE = 1e-3;

    public double apply(double p) {
        double q = Math.min(1 - EPS, Math.max(EPS, p));
        return sigmoid(a * Math.log(q / (1 - q)) + b);
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /**
     * Maximum-likelihood a, b for P(right | p) = σ(a·logit(p) + b), by damped Newton steps from (1, 0) with a tiny
     * ridge ({@value #RIDGE}). Deterministic.
     *
     * @param p     probability of the chosen label, per prediction
     * @param right whether that label was the gold one
     */
    /** Negative log-likelihood plus the ridge term. */
    private static double loss(double[] x, boolean[] right, double a, double b) {
        double l = RIDGE / 2 * ((a - 1) * (a - 1) + b * b);
        for (int i = 0; i < x.length; i++) {
            double z = a * x[i] + b;
            // log(1 + e^z) − y·z, computed without overflow
            l += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - (right[i] ? z : 0);
        }
        return l;
    }

    public static SentimentCalibration fit(double[] p, boolean[] right) {
        int n = p.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
            x[i] = Math.log(q / (1 - q));
        }
        double a = 1, b = 0;
        double loss = loss(x, right, a, b);
        for (int it = 0; it < 100; it++) {
            double ga = RIDGE * (a - 1), gb = RIDGE * b, haa = RIDGE, hab = 0, hbb = RIDGE;
            for (int i = 0; i < n; i++) {
                double s = sigmoid(a * x[i] + b), y = right[i] ? 1 : 0, w = s * (1 - s);
                ga += (s - y) * x[i];
                gb += s - y;
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (det <= 0) break;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            // damped Newton: halve the step until the loss does not grow (a full step can overshoot far from the optimum)
            double step = 1, next = loss(x, right, a - da, b - db);
            while (next > loss && step > 1e-6) {
                step /= 2;
                next = loss(x, right, a - step * da, b - step * db);
            }
            a -= step * da;
            b -= step * db;
            boolean done = loss - next < 1e-12;
            loss = next;
            if (done) break;
        }
        return new SentimentCalibration(a, b, n);
    }

    /** From the classpath; {@link #IDENTITY} if the resource is missing (a model trained without calibration). */
    public static SentimentCalibration load(String resource) {
        try (InputStream in = SentimentCalibration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return IDENTITY;
            Properties p = new Properties();
            p.load(in);
            return new SentimentCalibration(Double.parseDouble(p.getProperty("a")), Double.parseDouble(p.getProperty("b")),
                    Integer.parseInt(p.getProperty("fittedOn", "0")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written as sorted lines without a date, so that the same corpus gives the same file. */
    public void write(Path file) throws IOException {
        String body = String.format(Locale.ROOT, "# Platt scaling of the chosen sentiment label's probability (SentimentCalibration)%n"
                + "a=%s%nb=%s%nfittedOn=%d%n", Double.toString(a), Double.toString(b), fittedOn);
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }
}
