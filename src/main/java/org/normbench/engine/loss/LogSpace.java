package org.normbench.engine.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import org.normbench.engine.Tensors;

/** Numerically exact log-space building blocks (float64), written with autograd-safe branches. */
final class LogSpace {

    /**
     * Above this margin ln log(1 + e^−s) = −s − e^−s/2 to within e^−2s/5 (relative 1e-27 at s = 30); below it the
     * direct form is exact enough (log1p's argument e^−s ≥ e^−30 is far from underflow).
     */
    private static final double LARGE_MARGIN = 30;

    private LogSpace() {
    }

    /** ln Σ_i e^{a_i}, shifted by the (constant) maximum so nothing overflows or underflows to zero. */
    static NDArray logSumExp(NDArray a) {
        NDArray shift = a.max().stopGradient();
        return a.sub(shift).exp().sum().log().add(shift);
    }

    /**
     * ln ℓ(s) for the logistic loss ℓ(s) = log(1 + e^−s), elementwise. Each branch sees its input clamped to its
     * own range, so the branch that {@code where} discards is finite and contributes a zero gradient.
     */
    static NDArray logLogistic(NDArray s) {
        NDArray large = s.maximum(Tensors.constant(s, LARGE_MARGIN));
        NDArray largeBranch = large.neg().sub(large.neg().exp().mul(Tensors.constant(s, 0.5)));
        NDArray small = s.minimum(Tensors.constant(s, LARGE_MARGIN));
        // softplus(−s) = max(−s, 0) + log1p(e^−|s|)
        NDArray smallBranch = small.neg().maximum(Tensors.constant(s, 0)).add(log1p(small.abs().neg().exp()))
                .log();
        return NDArrays.where(s.gt(LARGE_MARGIN), largeBranch, smallBranch);
    }

    /**
     * log(1 + x) for x ≥ 0, exact also for small x (DJL's PyTorch engine has neither log1p nor atanh). The value is
     * Goldberg's log(u)·x/(u − 1) with u = fl(1 + x) (x itself when u = 1); the gradient is that of log(u),
     * 1/(1 + x) to rounding, because the correction between the two is held constant for autograd.
     */
    static NDArray log1p(NDArray x) {
        NDArray u = x.add(Tensors.constant(x, 1));
        NDArray logU = u.log();
        NDArray rounded = u.sub(Tensors.constant(x, 1));
        NDArray exact = NDArrays.where(rounded.eq(0.0), x, logU.mul(x).div(rounded));
        return logU.add(exact.sub(logU).stopGradient());
    }
}
