package org.normbench.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/** Autograd against central differences: the engine's gradient checks (float64). */
final class GradientCheck {

    /** The step of the central differences. */
    private static final double H = 1e-6;
    /** Gradients below this are compared absolutely, not relatively. */
    private static final double SMALL = 1e-3;

    private GradientCheck() {
    }

    /** ln L from {@code logLoss}, its gradients left on the parameters by autograd; grad mode is off afterwards. */
    static double differentiate(Supplier<NDArray> logLoss) {
        double value;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray l = logLoss.get();
            collector.backward(l);
            value = l.getDouble();
        }
        JniUtils.setGradMode(false);
        return value;
    }

    /**
     * The worst relative error between the gradients autograd left on {@code parameters} and central differences
     * of {@code logLoss}; call with grad mode off.
     */
    static double worstRelativeError(NDList parameters, DoubleSupplier logLoss) {
        double worst = 0;
        for (NDArray parameter : parameters) {
            double[] analytic = parameter.getGradient().toDoubleArray();
            double[] numeric = centralDifferences(parameter, logLoss);
            for (int i = 0; i < numeric.length; i++) {
                worst = Math.max(worst, Math.abs(numeric[i] - analytic[i]) / Math.max(SMALL, Math.abs(analytic[i])));
            }
        }
        return worst;
    }

    /** ∂ ln L/∂ of every entry of {@code parameter} by central differences; the parameter is left as found. */
    static double[] centralDifferences(NDArray parameter, DoubleSupplier logLoss) {
        double[] values = parameter.toDoubleArray();
        double[] numeric = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double[] moved = values.clone();
            moved[i] = values[i] + H;
            parameter.set(moved);
            double plus = logLoss.getAsDouble();
            moved[i] = values[i] - H;
            parameter.set(moved);
            double minus = logLoss.getAsDouble();
            parameter.set(values);
            numeric[i] = (plus - minus) / (2 * H);
        }
        return numeric;
    }
}
