package dev.staffdrill.testing;

import java.util.Arrays;
import java.util.Collection;

/**
 * Timings a benchmark collected (nanoseconds), reported the same way by every benchmark:
 * percentiles by nearest rank (the smallest sample with at least q of all samples at or below it),
 * in milliseconds.
 */
public final class Latencies {
    private final long[] sorted;

    private Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
    }

    public static Latencies of(Collection<Long> nanos) {
        return new Latencies(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    public static Latencies of(long[] nanos) {
        return new Latencies(nanos);
    }

    public int count() {
        return sorted.length;
    }

    /** The q-th quantile (0 < q ≤ 1) in milliseconds: p50 is {@code ms(0.5)}, p99 {@code ms(0.99)}. */
    public double ms(double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }

    public double maxMs() {
        return sorted[sorted.length - 1] / 1e6;
    }
}
