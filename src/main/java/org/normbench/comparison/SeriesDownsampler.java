package org.normbench.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Min/max-preserving downsampling of one series (M4, Jugel et al., VLDB 2014), fed point by point in step
 * order and holding O(buckets) memory: the step range [from, to] is cut into equal buckets and each keeps its
 * first, last, lowest and highest point. So a line drawn through the kept points shows every spike the full
 * series has, and the series' first and last points in the range always survive. The first point where the
 * series reaches each threshold (value ≤ threshold, after being above it) is kept with its predecessor, so a
 * "steps to threshold" read off the plot is exact.
 */
public final class SeriesDownsampler {

    private final long from;
    private final long to;
    private final int buckets;
    private final double[] thresholds;
    private final double[][] first;
    private final double[][] last;
    private final double[][] lowest;
    private final double[][] highest;
    private final boolean[] reached;
    private final List<double[]> crossings = new ArrayList<>();
    private double[] previous;

    /** Buckets over [from, to]; {@code thresholds} may be empty. */
    public SeriesDownsampler(long from, long to, int buckets, double... thresholds) {
        if (to < from || buckets < 1) {
            throw new IllegalArgumentException("need from ≤ to and at least one bucket, got [" + from + ", " + to
                    + "] and " + buckets);
        }
        this.from = from;
        this.to = to;
        this.buckets = buckets;
        this.thresholds = thresholds.clone();
        first = new double[buckets][];
        last = new double[buckets][];
        lowest = new double[buckets][];
        highest = new double[buckets][];
        reached = new boolean[thresholds.length];
    }

    /** Adds the next point; steps must increase, points outside [from, to] are ignored. */
    public void accept(long step, double value) {
        if (step < from || step > to) {
            return;
        }
        double[] point = {step, value};
        int b = bucket(step);
        if (first[b] == null) {
            first[b] = point;
            lowest[b] = point;
            highest[b] = point;
        }
        last[b] = point;
        if (value < lowest[b][1]) {
            lowest[b] = point;
        }
        if (value > highest[b][1]) {
            highest[b] = point;
        }
        for (int i = 0; i < thresholds.length; i++) {
            if (!reached[i] && value <= thresholds[i]) {
                reached[i] = true;
                if (previous != null && previous[1] > thresholds[i]) {
                    crossings.add(previous);
                    crossings.add(point);
                }
            }
        }
        previous = point;
    }

    /**
     * The bucket of a step in [from, to], in exact integer arithmetic: so the buckets of a coarser downsampling
     * of the same range nest exactly in a finer one's (floor(floor(k·x/n)/k') = floor(x/n') when k = k'·n'/n).
     */
    public int bucket(long step) {
        return (int) (Math.multiplyExact(step - from, (long) buckets) / (to - from + 1));
    }

    public long from() {
        return from;
    }

    public long to() {
        return to;
    }

    public int buckets() {
        return buckets;
    }

    /** The last point in bucket {@code b}, {step, value}; null when the series has none there. */
    public double[] last(int b) {
        return last[b];
    }

    public double[] lowest(int b) {
        return lowest[b];
    }

    public double[] highest(int b) {
        return highest[b];
    }

    /** The kept points in step order, each once: {step, value}. */
    public List<double[]> points() {
        TreeMap<Double, double[]> byStep = new TreeMap<>();
        for (int b = 0; b < buckets; b++) {
            if (first[b] != null) {
                for (double[] p : List.of(first[b], lowest[b], highest[b], last[b])) {
                    byStep.put(p[0], p);
                }
            }
        }
        crossings.forEach(p -> byStep.put(p[0], p));
        return byStep.values().stream().map(p -> Arrays.copyOf(p, 2)).toList();
    }
}
