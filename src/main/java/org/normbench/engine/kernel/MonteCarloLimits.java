package org.normbench.engine.kernel;

import java.util.Random;

/**
 * The expectations that define H∞, V∞ and G∞ (spec 002 eqs. 4.2, 4.3), estimated by Monte Carlo over directions
 * w ~ N(0, I_d), against the closed forms of {@link LimitKernels}: per sample,
 * H_ij = x_i·x_j 1_i 1_j, G_ij = (u·x_i)(u·x_j) 1_i 1_j with u = w/‖w‖ and 1_i = 1{w·x_i ≥ 0}, V = H − G.
 * Each entry's error is also measured in its own standard errors (sample standard deviation/√M), so a wrong
 * closed form shows as a large z whatever the sample size, while a right one stays within a few.
 *
 * @param maxErrorH  max_ij |Ĥ_ij − H∞_ij|
 * @param maxZ       the largest |error|/standard error over every entry of the three kernels
 */
public record MonteCarloLimits(double maxErrorH, double maxErrorV, double maxErrorG, double maxZ) {

    public static MonteCarloLimits estimate(double[][] x, LimitKernels closed, int samples, long seed) {
        if (samples < 2) {
            throw new IllegalArgumentException("Monte Carlo needs at least two samples, got " + samples);
        }
        int n = x.length;
        int d = x[0].length;
        int pairs = n * (n + 1) / 2;
        double[] inner = new double[pairs];
        for (int i = 0, q = 0; i < n; i++) {
            for (int j = i; j < n; j++, q++) {
                for (int k = 0; k < d; k++) {
                    inner[q] += x[i][k] * x[j][k];
                }
            }
        }
        // sums and sums of squares of each pair's sample, for H, G and V
        double[][] sum = new double[3][pairs];
        double[][] squares = new double[3][pairs];
        Random random = new Random(seed);
        double[] w = new double[d];
        double[] projection = new double[n];
        int[] active = new int[n];
        for (int s = 0; s < samples; s++) {
            double norm2 = 0;
            for (int k = 0; k < d; k++) {
                w[k] = random.nextGaussian();
                norm2 += w[k] * w[k];
            }
            double norm = Math.sqrt(norm2);
            int count = 0;
            for (int i = 0; i < n; i++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += w[k] * x[i][k];
                }
                projection[i] = dot / norm;
                if (dot >= 0) {
                    active[count++] = i;
                }
            }
            // only pairs with both points active contribute; the rest add zeros
            for (int a = 0; a < count; a++) {
                int i = active[a];
                int row = i * n - i * (i - 1) / 2 - i;
                for (int b = a; b < count; b++) {
                    int j = active[b];
                    int q = row + j;
                    double h = inner[q];
                    double g = projection[i] * projection[j];
                    double v = h - g;
                    sum[0][q] += h;
                    squares[0][q] += h * h;
                    sum[1][q] += g;
                    squares[1][q] += g * g;
                    sum[2][q] += v;
                    squares[2][q] += v * v;
                }
            }
        }
        double[][][] exact = {closed.h(), closed.g(), closed.v()};
        double[] maxError = new double[3];
        double maxZ = 0;
        for (int kernel = 0; kernel < 3; kernel++) {
            for (int i = 0, q = 0; i < n; i++) {
                for (int j = i; j < n; j++, q++) {
                    double mean = sum[kernel][q] / samples;
                    double variance = Math.max(0, (squares[kernel][q] - samples * mean * mean) / (samples - 1));
                    double error = Math.abs(mean - exact[kernel][i][j]);
                    maxError[kernel] = Math.max(maxError[kernel], error);
                    // a constant sample (zero spread) still shows an error, as a huge but finite z
                    double standardError = Math.max(Math.sqrt(variance / samples), Math.ulp(1.0));
                    maxZ = Math.max(maxZ, error / standardError);
                }
            }
        }
        return new MonteCarloLimits(maxError[0], maxError[2], maxError[1], maxZ);
    }
}
