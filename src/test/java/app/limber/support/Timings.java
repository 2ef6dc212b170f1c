package app.limber.support;

import java.util.Arrays;

/** Summaries of measured durations (nanoseconds) for the benchmarks' printed figures. */
public final class Timings {

    private Timings() {
    }

    public static double medianMillis(long[] nanos) {
        return percentileMillis(nanos, 50);
    }

    public static double p90Millis(long[] nanos) {
        return percentileMillis(nanos, 90);
    }

    public static double maxMillis(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1_000_000.0;
    }

    /** The nearest-rank percentile. */
    private static double percentileMillis(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(sorted.length * percentile / 100.0));
        return sorted[rank - 1] / 1_000_000.0;
    }
}
