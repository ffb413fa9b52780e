package org.normbench.engine.loss;

import ai.djl.ndarray.NDArray;
import org.normbench.engine.Tensors;

/** L = ½ Σ_i (f_i − y_i)², summed and not averaged (spec 002 §2.3: a mean changes the effective step by 2/n). */
public final class SummedSquaredLoss {

    public NDArray evaluate(NDArray predictions, NDArray targets) {
        return predictions.sub(targets).square().sum().mul(Tensors.constant(predictions, 0.5));
    }
}
