package org.normbench.engine.train;

import ai.djl.ndarray.NDList;
import java.util.List;
import org.normbench.engine.scheme.CoefficientNormalization;

/** Gradient descent followed by coefficient normalization's projection V ← V/‖V‖ (spec 003 "proj", eq. 52). */
public final class ProjectedGradientDescent implements Optimizer {

    private final GradientDescent descent;
    private final List<NDList> layers;

    /** @param layers the (V, r) tensors of every coefficient-normalized layer */
    public ProjectedGradientDescent(double learningRate, List<NDList> layers) {
        this.descent = new GradientDescent(learningRate);
        this.layers = List.copyOf(layers);
    }

    @Override
    public double step(NDList parameters, double logLoss, Objective objective) {
        double rate = descent.step(parameters, logLoss, objective);
        for (NDList layer : layers) {
            CoefficientNormalization.project(layer);
        }
        return rate;
    }
}
