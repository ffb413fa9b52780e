package org.normbench.engine.loss;

import ai.djl.ndarray.NDArray;

/**
 * A binary classification loss of the margins s_i = y_i f(x_i), y_i ∈ {−1, +1}, summed over the points (spec
 * 000 §2.4: L = Σ_i ℓ(s_i), not a mean) and returned as ln L, so that losses far below the smallest double
 * (e^−745) and their gradients stay exact in float64.
 */
public interface MarginLoss {

    /** ln Σ_i ℓ(s_i) for the margins {@code s} (shape (n)), recorded for autograd. */
    NDArray logLoss(NDArray margins);
}
