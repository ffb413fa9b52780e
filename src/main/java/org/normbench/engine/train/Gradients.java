package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;

/** Gradients of an objective as autograd leaves them on its parameters, for updates and for measurements. */
public final class Gradients {

    private Gradients() {
    }

    /**
     * libtorch accumulates gradients across backward passes; manual updates must clear them, in place and to exact
     * zeros even after a non-finite gradient (subtracting a NaN gradient from itself leaves NaN for good).
     */
    public static void zero(NDList parameters) {
        for (NDArray parameter : parameters) {
            JniUtils.zeroGrad((PtNDArray) parameter);
        }
    }

    /**
     * Differentiates ln L afresh at the current parameters, leaving ∇ln L on them (the earlier gradients are
     * cleared first); grad mode is off again afterwards.
     *
     * @return ln L
     */
    public static double differentiate(Objective objective) {
        NDList parameters = objective.parameters();
        zero(parameters);
        double logLoss;
        try (GradientCollector collector = parameters.get(0).getManager().getEngine().newGradientCollector()) {
            NDArray value = objective.logLoss();
            collector.backward(value);
            logLoss = value.getDouble();
        }
        JniUtils.setGradMode(false);
        return logLoss;
    }
}
