package org.normbench.engine.train;

import ai.djl.ndarray.NDList;
import org.normbench.engine.scheme.CoefficientNormalization;

/** Gradient descent followed by coefficient normalization's projection V ← V/‖V‖ (spec 003 "proj", eq. 52). */
public final class ProjectedGradientDescent implements Optimizer {

    private final GradientDescent descent;
    private final NDList layerParameters;

    /** @param layerParameters the (V, r) tensors of the coefficient-normalized layer */
    public ProjectedGradientDescent(double learningRate, NDList layerParameters) {
        this.descent = new GradientDescent(learningRate);
        this.layerParameters = layerParameters;
    }

    @Override
    public double step(NDList parameters, double logLoss, Objective objective) {
        double rate = descent.step(parameters, logLoss, objective);
        CoefficientNormalization.project(layerParameters);
        return rate;
    }
}
