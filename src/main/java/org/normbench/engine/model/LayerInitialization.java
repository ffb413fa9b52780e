package org.normbench.engine.model;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

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

    /** Kaiming's normal draw N(0, 2/fan_in) times {@code scale} (spec 003's pilots: He init ×0.5). */
    public static double[][] kaimingNormal(int neurons, int fanIn, double scale, Random random) {
        double std = Math.sqrt(2.0 / fanIn) * scale;
        double[][] w = new double[neurons][fanIn];
        for (double[] row : w) {
            for (int j = 0; j < fanIn; j++) {
                row[j] = random.nextGaussian() * std;
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

    /**
     * The last layer of a deep linear net that makes the whole net compute x ↦ w_initᵀx whatever the hidden
     * layers are (spec 000 §2.3 item 3): with M = W_{D−1}⋯W_1, the row pinv(Mᵀ) w_init, since Mᵀ pinv(Mᵀ) = I
     * when M has full column rank. With no hidden layer it is w_init itself.
     */
    public static double[][] sameLinearFunction(List<double[][]> hidden, double[] wInit) {
        if (hidden.isEmpty()) {
            return new double[][] {wInit.clone()};
        }
        DMatrixRMaj product = CommonOps_DDRM.identity(wInit.length);
        for (double[][] w : hidden) {
            DMatrixRMaj next = new DMatrixRMaj(w.length, product.numCols);
            CommonOps_DDRM.mult(new DMatrixRMaj(w), product, next);
            product = next;
        }
        DMatrixRMaj transposed = CommonOps_DDRM.transpose(product, null);
        DMatrixRMaj inverse = new DMatrixRMaj(transposed.numCols, transposed.numRows);
        CommonOps_DDRM.pinv(transposed, inverse);
        DMatrixRMaj last = new DMatrixRMaj(inverse.numRows, 1);
        CommonOps_DDRM.mult(inverse, new DMatrixRMaj(wInit), last);
        return new double[][] {last.getData().clone()};
    }
}
