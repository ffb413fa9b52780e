package org.normbench.engine.loss;

import ai.djl.ndarray.NDArray;

/** ℓ(s) = log(1 + e^−s), the binary cross-entropy of spec 000 App. I, summed: ln L = ln Σ_i ℓ(s_i). */
public final class LogisticLoss implements MarginLoss {

    public static final String NAME = "logistic";

    @Override
    public NDArray logLoss(NDArray margins) {
        return LogSpace.logSumExp(LogSpace.logLogistic(margins));
    }
}
