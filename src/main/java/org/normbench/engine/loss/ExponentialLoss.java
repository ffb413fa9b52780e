package org.normbench.engine.loss;

import ai.djl.ndarray.NDArray;

/** ℓ(s) = e^−s, the loss of spec 000's theory (§1, assumption (1)): ln L = ln Σ_i e^{−s_i}. */
public final class ExponentialLoss implements MarginLoss {

    public static final String NAME = "exponential";

    @Override
    public NDArray logLoss(NDArray margins) {
        return LogSpace.logSumExp(margins.neg());
    }
}
