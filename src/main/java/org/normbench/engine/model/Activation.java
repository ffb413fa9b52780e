package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import org.normbench.engine.Tensors;

/**
 * The hidden-layer nonlinearities of the specs: σ(z) = max(z, 0)^p with p = 1 (ReLU) or p = 2 (ReLU², which
 * is C¹ and so covered by spec 000's theory), or the identity (deep linear nets). {@link #degree} is the
 * positive homogeneity degree: σ(λz) = λ^degree σ(z) for λ &gt; 0.
 */
public enum Activation {
    RELU(1),
    RELU_SQUARED(2),
    LINEAR(1);

    private final int degree;

    Activation(int degree) {
        this.degree = degree;
    }

    public int degree() {
        return degree;
    }

    public NDArray apply(NDArray z) {
        return switch (this) {
            case RELU -> z.maximum(Tensors.constant(z, 0));
            case RELU_SQUARED -> z.maximum(Tensors.constant(z, 0)).square();
            case LINEAR -> z;
        };
    }

    /** The activation whose power p is given (1: ReLU, 2: ReLU²), as benchmarks parameterize it. */
    public static Activation reluPower(int power) {
        return switch (power) {
            case 1 -> RELU;
            case 2 -> RELU_SQUARED;
            default -> throw new IllegalArgumentException("ReLU power must be 1 or 2, got " + power);
        };
    }
}
