package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * Plain gradient descent θ ← θ − η ∇L with one step size for every tensor (spec 002 §2.3). The update is
 * manual because DJL's {@code Trainer.step()} does not support float64.
 */
public final class GradientDescent {

    private final double learningRate;

    public GradientDescent(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive finite number, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** Applies one step from the gradients autograd left on the parameters; called with grad mode off. */
    public void step(NDList parameters) {
        for (NDArray parameter : parameters) {
            parameter.subi(parameter.getGradient().mul(learningRate));
        }
    }
}
