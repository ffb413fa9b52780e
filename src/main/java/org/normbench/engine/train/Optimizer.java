package org.normbench.engine.train;

import ai.djl.ndarray.NDList;

/** One update rule. Updates are manual because DJL's {@code Trainer.step()} fails on float64. */
public interface Optimizer {

    /**
     * Updates {@code parameters} in place from the gradients of ln L that autograd left on them; called with
     * grad mode off.
     *
     * @param logLoss   ln L at the current parameters
     * @param objective the objective, for rules that evaluate trial points (backtracking)
     * @return the step size η applied to ∇L, or 0 when no acceptable step was found (the run has stalled)
     */
    double step(NDList parameters, double logLoss, Objective objective);

    /**
     * Whether {@link #step} reads the objective's gradient; rules that compute their own (per-minibatch) gradients
     * say no, and the training loop then evaluates ln L without differentiating it.
     */
    default boolean usesObjectiveGradient() {
        return true;
    }
}
