package vn.langnghe.tools.bench;

import java.util.Arrays;
import java.util.List;

/** Timed calls in nanoseconds, summed up in milliseconds: nearest-rank percentiles and the mean. */
public final class Latencies {
    private final long[] sorted;

    public Latencies(List<Long> nanos) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("no timings");
        }
        sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The smallest time that at least {@code p} % of the calls did not exceed (nearest rank), in ms. */
    public double percentile(double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    public double p50() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    public double p99() {
        return percentile(99);
    }

    public double mean() {
        return Arrays.stream(sorted).average().orElse(0) / 1e6;
    }
}
