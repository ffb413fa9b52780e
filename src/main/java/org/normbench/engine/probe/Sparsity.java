package org.normbench.engine.probe;

import java.util.Arrays;

/**
 * Neuron-sparsity measures of spec 000 §4 (M1–M3) over the neuron norms n_u = ‖w_u‖ of one layer.
 */
public final class Sparsity {

    /** M3: a neuron is growing once its norm reaches this multiple of its initial norm. */
    public static final double GROWTH_RATIO = 3;

    private Sparsity() {
    }

    /** M3: whether a neuron of norm {@code norm} that started at {@code initialNorm} is growing. */
    public static boolean isGrowing(double norm, double initialNorm) {
        return norm >= GROWTH_RATIO * initialNorm;
    }

    /** M1: #{u : n_u ≥ τ · max_v n_v}. */
    public static int activeCount(double[] norms, double tau) {
        double threshold = tau * Arrays.stream(norms).max().orElse(0);
        return (int) Arrays.stream(norms).filter(n -> n >= threshold).count();
    }

    /** M2: PR = (Σ n_u)² / Σ n_u², the effective number of neurons, in [1, H]. */
    public static double participationRatio(double[] norms) {
        double sum = 0;
        double sumSquares = 0;
        for (double n : norms) {
            sum += n;
            sumSquares += n * n;
        }
        return sum * sum / sumSquares;
    }

    /** M2: the share of Σ n_u held by the ⌈qH⌉ largest norms. */
    public static double topMass(double[] norms, double q) {
        double[] sorted = norms.clone();
        Arrays.sort(sorted);
        int top = (int) Math.ceil(q * norms.length);
        double total = Arrays.stream(sorted).sum();
        double topSum = 0;
        for (int i = sorted.length - top; i < sorted.length; i++) {
            topSum += sorted[i];
        }
        return topSum / total;
    }
}
