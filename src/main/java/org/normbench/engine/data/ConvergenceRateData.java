package org.normbench.engine.data;

import java.util.Random;

/**
 * The 20-point linearly separable set of spec 000 E-CR (authors' {@code conv_rate.py}): (1, 1) and 9 points
 * ~U(1.5, 2)² labelled −1, then (−1, 1) and 9 points ~−U(1.5, 2)² labelled +1.
 */
public final class ConvergenceRateData {

    private static final int RANDOM_PER_CLASS = 9;
    private static final double LOW = 1.5;
    private static final double HIGH = 2;

    private ConvergenceRateData() {
    }

    public static Dataset generate(Random random) {
        int n = 2 * (RANDOM_PER_CLASS + 1);
        double[][] x = new double[n][];
        double[] y = new double[n];
        int i = 0;
        x[i] = new double[] {1, 1};
        y[i++] = -1;
        for (int k = 0; k < RANDOM_PER_CLASS; k++, i++) {
            x[i] = new double[] {uniform(random), uniform(random)};
            y[i] = -1;
        }
        x[i] = new double[] {-1, 1};
        y[i++] = 1;
        for (int k = 0; k < RANDOM_PER_CLASS; k++, i++) {
            x[i] = new double[] {-uniform(random), -uniform(random)};
            y[i] = 1;
        }
        return new Dataset(x, y);
    }

    private static double uniform(Random random) {
        return LOW + (HIGH - LOW) * random.nextDouble();
    }
}
