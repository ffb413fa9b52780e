package org.normbench.leaderboard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * One metric over the seeds of one setting: count, mean, Welford's sum of squared deviations (exact where
 * Σx² − (Σx)²/n would cancel) and the extremes with the runs that produced them. Immutable; {@link #plus} adds a
 * run and {@link #merge} joins two disjoint sets of runs (Chan et al.), so experiments' aggregates add up to a
 * global one.
 */
public record SeedStatistics(long count, double mean, double m2, double min, long minRunId, double max,
        long maxRunId) {

    /** Student-t quantiles are computed by iteration; a leaderboard asks for the same few many times. */
    private static final Map<Quantile, Double> T_QUANTILES = new ConcurrentHashMap<>();

    private record Quantile(long degreesOfFreedom, double level) {
    }

    public static SeedStatistics of(double value, long runId) {
        return new SeedStatistics(1, value, 0, value, runId, value, runId);
    }

    public SeedStatistics plus(double value, long runId) {
        return merge(of(value, runId));
    }

    public SeedStatistics merge(SeedStatistics other) {
        long n = count + other.count;
        double delta = other.mean - mean;
        double newMean = mean + delta * other.count / n;
        double newM2 = m2 + other.m2 + delta * delta * ((double) count * other.count / n);
        // ties keep the lower run id, so the result does not depend on the order runs arrived in
        boolean otherMin = other.min < min || (other.min == min && other.minRunId < minRunId);
        boolean otherMax = other.max > max || (other.max == max && other.maxRunId < maxRunId);
        return new SeedStatistics(n, newMean, newM2, otherMin ? other.min : min, otherMin ? other.minRunId : minRunId,
                otherMax ? other.max : max, otherMax ? other.maxRunId : maxRunId);
    }

    /** Sample variance (n − 1 in the denominator); NaN for a single seed. */
    public double variance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /**
     * The two-sided Student-t interval for the mean at {@code level} (e.g. 0.95): mean ± t·s/√n with n − 1 degrees
     * of freedom; unbounded for a single seed, whose spread is unknown.
     */
    public Interval confidenceInterval(double level) {
        if (count < 2) {
            return Interval.UNBOUNDED;
        }
        double t = T_QUANTILES.computeIfAbsent(new Quantile(count - 1, level),
                q -> new TDistribution(null, q.degreesOfFreedom()).inverseCumulativeProbability(0.5 + q.level() / 2));
        double halfWidth = t * standardDeviation() / Math.sqrt(count);
        return new Interval(mean - halfWidth, mean + halfWidth);
    }

    /** A closed interval of values; the unbounded one stands for "unknown". */
    public record Interval(double low, double high) {

        public static final Interval UNBOUNDED = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

        public boolean bounded() {
            return Double.isFinite(low) && Double.isFinite(high);
        }
    }
}
