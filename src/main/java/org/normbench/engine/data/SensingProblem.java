package org.normbench.engine.data;

import java.util.Arrays;
import java.util.Random;

/**
 * A compressed-sensing draw of spec 001 §5 ("cs-gauss"): A = G/√M with G ~ N(0, 1)^{M×N} (rows optionally centred
 * so they sum to zero, Thm 2.1's hypothesis), a signal x*, and b = A x*. Sparse signals put s|z_S|/‖z_S‖₁ on a
 * random support S of size s (so ‖x*‖₁ = s); Gaussian ones are |z| on every entry; signed ones s z_S/‖z_S‖₁.
 */
public record SensingProblem(double[][] a, double[] b, double[] signal, Kind kind) {

    /** Which signal x* the measurements come from. */
    public enum Kind {
        SPARSE, GAUSSIAN, SIGNED;

        /** Whether the signal may be negative, so the model needs the ± form x̃ = u^L − v^L (spec 001 eq. 22). */
        public boolean signed() {
            return this == SIGNED;
        }
    }

    public int measurements() {
        return a.length;
    }

    public int dimension() {
        return signal.length;
    }

    /** Draws A, then z, then the support, from {@code random} in that order. */
    public static SensingProblem draw(int dimension, int measurements, int sparsity, Kind kind, boolean centerRows,
            Random random) {
        if (measurements < 1 || measurements >= dimension) {
            throw new IllegalArgumentException("compressed sensing needs 1 ≤ M < N, got M = " + measurements
                    + ", N = " + dimension);
        }
        if (kind != Kind.GAUSSIAN && (sparsity < 1 || sparsity > dimension)) {
            throw new IllegalArgumentException("sparsity must lie in 1 … N = " + dimension + ", got " + sparsity);
        }
        double[][] a = new double[measurements][dimension];
        double scale = 1 / Math.sqrt(measurements);
        for (double[] row : a) {
            for (int n = 0; n < dimension; n++) {
                row[n] = random.nextGaussian() * scale;
            }
            if (centerRows) {
                double mean = Arrays.stream(row).average().orElseThrow();
                for (int n = 0; n < dimension; n++) {
                    row[n] -= mean;
                }
            }
        }
        double[] z = new double[dimension];
        for (int n = 0; n < dimension; n++) {
            z[n] = random.nextGaussian();
        }
        double[] signal = new double[dimension];
        if (kind == Kind.GAUSSIAN) {
            for (int n = 0; n < dimension; n++) {
                signal[n] = Math.abs(z[n]);
            }
        } else {
            int[] support = support(dimension, sparsity, random);
            double mass = 0;
            for (int n : support) {
                mass += Math.abs(z[n]);
            }
            for (int n : support) {
                signal[n] = sparsity * (kind == Kind.SPARSE ? Math.abs(z[n]) : z[n]) / mass;
            }
        }
        return new SensingProblem(a, times(a, signal), signal, kind);
    }

    /** {@code sparsity} distinct indices of 0 … dimension − 1 (a partial Fisher–Yates shuffle). */
    private static int[] support(int dimension, int sparsity, Random random) {
        int[] indices = new int[dimension];
        for (int n = 0; n < dimension; n++) {
            indices[n] = n;
        }
        for (int k = 0; k < sparsity; k++) {
            int pick = k + random.nextInt(dimension - k);
            int kept = indices[k];
            indices[k] = indices[pick];
            indices[pick] = kept;
        }
        return Arrays.copyOf(indices, sparsity);
    }

    /** A x. */
    public static double[] times(double[][] a, double[] x) {
        double[] result = new double[a.length];
        for (int m = 0; m < a.length; m++) {
            double sum = 0;
            for (int n = 0; n < x.length; n++) {
                sum += a[m][n] * x[n];
            }
            result[m] = sum;
        }
        return result;
    }
}
