package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import org.normbench.engine.scheme.NormalizationScheme;

/**
 * Spec 001's depth-L diagonal linear network: one factor x shared by its L layers, so the end-to-end vector is
 * x̃ = x^{⊙L}; for signed signals x = (u; v) and x̃ = u^{⊙L} − v^{⊙L} (eq. 22: the positive model on [A, −A]).
 * The whole vector x is one unit of its scheme: {@code none} trains x, weight normalization trains x = r·u/‖u‖
 * with one radius r for the whole vector ("global" WN, §2.2) — starting from the same x(0) either way.
 */
public final class DiagonalLinearNetwork {

    private final NormalizationScheme scheme;
    private final NDList parameters;
    private final int depth;
    private final boolean signed;

    /**
     * @param initial x(0), positive (length N, or 2N for a signed network)
     * @param depth   L ≥ 1
     */
    public DiagonalLinearNetwork(NDManager manager, NormalizationScheme scheme, double[] initial, int depth,
            boolean signed) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
        if (signed && initial.length % 2 != 0) {
            throw new IllegalArgumentException("a signed network's x = (u; v) needs an even length, got "
                    + initial.length);
        }
        this.scheme = scheme;
        this.parameters = scheme.initialize(manager, new double[][] {initial});
        for (NDArray parameter : parameters) {
            parameter.setRequiresGradient(true);
        }
        this.depth = depth;
        this.signed = signed;
    }

    public NDList parameters() {
        return parameters;
    }

    public NormalizationScheme scheme() {
        return scheme;
    }

    public int depth() {
        return depth;
    }

    public boolean signed() {
        return signed;
    }

    /** The factor x (length N, or 2N when signed), differentiable. */
    public NDArray factor() {
        return scheme.weights(parameters).reshape(-1);
    }

    /** x^{⊙L}, what the operator ([A, −A] when signed) multiplies; differentiable. */
    public NDArray power() {
        NDArray x = factor();
        NDArray result = x;
        for (int layer = 1; layer < depth; layer++) {
            result = result.mul(x);
        }
        return result;
    }

    /** The end-to-end vector x̃ (length N) at the current parameters. */
    public double[] endToEnd() {
        double[] power = power().toDoubleArray();
        if (!signed) {
            return power;
        }
        int n = power.length / 2;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = power[i] - power[n + i];
        }
        return result;
    }
}
