package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import java.util.List;
import org.normbench.engine.scheme.CoefficientNormalization;

/**
 * Spec 003 E4's constrained dynamics at fixed ρ: projected gradient descent on ln L over the directions V_k of
 * coefficient-normalized layers (w_k = r_k V_k), the radii r_k frozen — V_k ← V_k − h∇_{V_k} ln L, then
 * V_k ← V_k/‖V_k‖ (the pilot's "fixrho", step h = 0.05/ρ). Descending ln L rather than L keeps the step meaningful
 * at large ρ, where L is a hard minimum over the samples (the paper's Thm 5).
 */
public final class FixedRadiusDescent implements Optimizer {

    private final double step;
    private final List<NDList> layers;

    /** @param layers the (V, r) tensors of every layer; only V moves */
    public FixedRadiusDescent(double step, List<NDList> layers) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("step must be a positive finite number, got " + step);
        }
        this.step = step;
        this.layers = List.copyOf(layers);
    }

    @Override
    public double step(NDList parameters, double logLoss, Objective objective) {
        for (NDList layer : layers) {
            NDArray direction = layer.get(0);
            direction.subi(direction.getGradient().mul(step));
            CoefficientNormalization.project(layer);
        }
        return step;
    }
}
