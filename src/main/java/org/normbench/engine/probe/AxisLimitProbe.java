package org.normbench.engine.probe;

import java.util.Map;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.model.DenseLayer;

/**
 * Spec 000 Prop. 6: a linear model f = wᵀx with every weight exponentially normalized (w_i = e^{a_i}), trained on
 * one point z ≻ 0 labelled +1. With j = argmax_i w_i(0) z_i, w_j diverges and every other weight converges to
 * w_i(∞) = (1/w_i(0) − z_i/(w_j(0) z_j))⁻¹. Summary {@value #SUMMARY}: the largest relative distance
 * |w_i − w_i(∞)|/w_i(∞) over the non-divergent weights at the end. {@link #appliesTo} says when the proposition
 * covers a run (one positive point, positive W(0), a unique argmax).
 */
public final class AxisLimitProbe implements Probe {

    public static final String SUMMARY = "axis_limit_error";

    private final DenseLayer layer;
    private final double[] limits;
    private final int divergent;

    /** @param layer the weights, one unit each; {@code initial} w(0) and {@code point} z as in the proposition */
    public AxisLimitProbe(DenseLayer layer, double[] initial, double[] point) {
        if (!appliesTo(initial, point)) {
            throw new IllegalArgumentException("Prop. 6 needs positive w(0) and z with a unique largest w_i(0) z_i");
        }
        this.layer = layer;
        this.divergent = argmax(initial, point);
        this.limits = new double[initial.length];
        double lead = initial[divergent] * point[divergent];
        for (int i = 0; i < initial.length; i++) {
            limits[i] = i == divergent ? Double.NaN : 1 / (1 / initial[i] - point[i] / lead);
        }
    }

    /** Whether Prop. 6 covers training on {@code data} from {@code initial}: one point z ≻ 0, w(0) ≻ 0, |I*| = 1. */
    public static boolean appliesTo(Dataset data, double[] initial) {
        return data.size() == 1 && data.y()[0] == 1 && appliesTo(initial, data.x()[0]);
    }

    private static boolean appliesTo(double[] initial, double[] point) {
        if (initial.length != point.length || initial.length < 2) {
            return false;
        }
        for (int i = 0; i < initial.length; i++) {
            if (!(initial[i] > 0 && point[i] > 0)) {
                return false;
            }
        }
        int j = argmax(initial, point);
        for (int i = 0; i < initial.length; i++) {
            if (i != j && initial[i] * point[i] == initial[j] * point[j]) {
                return false;
            }
        }
        return true;
    }

    private static int argmax(double[] initial, double[] point) {
        int best = 0;
        for (int i = 1; i < initial.length; i++) {
            if (initial[i] * point[i] > initial[best] * point[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        // only the end point is compared with the limit
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        double[] weights = layer.neuronNorms();
        double error = 0;
        for (int i = 0; i < weights.length; i++) {
            if (i != divergent) {
                error = Math.max(error, Math.abs(weights[i] - limits[i]) / limits[i]);
            }
        }
        return Map.of(SUMMARY, error);
    }
}
