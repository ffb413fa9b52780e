package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import java.util.stream.IntStream;
import org.normbench.engine.Tensors;

/**
 * What follows a hidden layer's bias-free weights, z = xW (batch × units): batch normalization (each unit
 * standardized over the batch, spec 004 §2.1), layer normalization (each example standardized over the units),
 * or nothing but a bias. Either normalization makes the weight W scale-invariant — BN per unit and as a whole, LN
 * as a whole — up to the ε inside the square root (spec 004 §2.1: |cos(w, g)| ≤ 1.2e-5 with ε = 1e-5).
 */
public enum FeatureNormalization {
    BATCH,
    LAYER,
    NONE;

    /** PyTorch's default ε of {@code BatchNorm1d} and {@code LayerNorm}, the pilot's value. */
    public static final double EPSILON = 1e-5;

    /** Whether a learnable gain γ follows the normalization (without one, β is a plain bias). */
    public boolean hasGain() {
        return this != NONE;
    }

    /**
     * γ ⊙ (z − μ)/√(σ² + ε) + β with biased batch or layer statistics, or z + β; a null γ or β is left out (a
     * normalization without affine parameters).
     */
    public NDArray apply(NDArray z, NDArray gain, NDArray shift) {
        NDArray out = z;
        if (this != NONE) {
            // BN: every axis but the units' (1); LN: every axis but the examples' (0) — for dense (N, units) and
            // convolutional (N, channels, H, W) activations alike
            int keep = this == BATCH ? 1 : 0;
            int[] axis = IntStream.range(0, z.getShape().dimension()).filter(d -> d != keep).toArray();
            NDArray centred = z.sub(Tensors.mean(z, axis, true));
            NDArray variance = Tensors.mean(centred.square(), axis, true);
            out = centred.div(variance.add(Tensors.constant(z, EPSILON)).sqrt());
        }
        out = gain == null ? out : out.mul(gain);
        return shift == null ? out : out.add(shift);
    }
}
