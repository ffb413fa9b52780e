package org.normbench.engine.data;

import java.util.Random;

/**
 * The "sphere-random" generator of spec 002 §3.2: x_i = z_i/||z_i|| with z_i ~ N(0, I_d), y_i ~ U[-1, 1].
 * No teacher, so the targets carry no structure; unit-norm inputs satisfy the paper's assumption A1.
 */
public final class SphereRandomData {

    private SphereRandomData() {
    }

    public static Dataset generate(int n, int d, long seed) {
        if (n < 1 || d < 1) {
            throw new IllegalArgumentException("n and d must be positive, got n=" + n + ", d=" + d);
        }
        Random random = new Random(seed);
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double norm2 = 0;
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian();
                norm2 += x[i][j] * x[i][j];
            }
            double norm = Math.sqrt(norm2);
            for (int j = 0; j < d; j++) {
                x[i][j] /= norm;
            }
        }
        for (int i = 0; i < n; i++) {
            y[i] = 2 * random.nextDouble() - 1;
        }
        return new Dataset(x, y);
    }
}
