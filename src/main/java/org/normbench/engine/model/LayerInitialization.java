package org.normbench.engine.model;

import java.util.Random;

/** How the specs draw a layer's weights W(0) (rows = neurons); every scheme then starts from the same W(0). */
public final class LayerInitialization {

    private LayerInitialization() {
    }

    /**
     * PyTorch's default for {@code nn.Linear}: w_uj ~ U(−1/√fan_in, +1/√fan_in) (spec 000 §2.3 for Lin-Sep, XOR
     * and the deep linear nets).
     */
    public static double[][] pytorchDefault(int neurons, int fanIn, Random random) {
        double bound = 1 / Math.sqrt(fanIn);
        double[][] w = new double[neurons][fanIn];
        for (double[] row : w) {
            for (int j = 0; j < fanIn; j++) {
                row[j] = (2 * random.nextDouble() - 1) * bound;
            }
        }
        return w;
    }

    /** One output neuron with its first half of weights +1 and the rest −1 (spec 000 XOR, authors' code). */
    public static double[][] halfPlusHalfMinus(int fanIn) {
        double[][] w = new double[1][fanIn];
        for (int j = 0; j < fanIn; j++) {
            w[0][j] = j < fanIn / 2 ? 1 : -1;
        }
        return w;
    }
}
