package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/** Plain gradient descent θ ← θ − η ∇L with one step size for every tensor (spec 002 §2.3). */
public final class GradientDescent implements Optimizer {

    private final double learningRate;

    public GradientDescent(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive finite number, got " + learningRate);
        }
        this.learningRate = learningRate;
    }

    /** ∇L = L·∇ln L, so the update is θ ← θ − η L ∇ln L. */
    @Override
    public double step(NDList parameters, double logLoss, Objective objective) {
        double factor = learningRate * Math.exp(logLoss);
        for (NDArray parameter : parameters) {
            parameter.subi(parameter.getGradient().mul(factor));
        }
        return learningRate;
    }
}
