package org.normbench.engine.probe;

import java.util.Map;
import java.util.function.Supplier;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;

/**
 * The normalized margin of spec 000 §4 M10 (repo's {@code param_margin}): γ̄ = min_i y_i f(x_i)/‖θ‖^L with
 * ‖θ‖² = Σ_u ‖w_u‖² over every neuron and L the network's homogeneity degree, every {@code every} steps (series
 * {@value #SERIES}) and at the end (summary). Only meaningful for a bias-free network whose every layer is
 * trained (then f(λθ) = λ^L f(θ)); {@link #appliesTo} says whether it is.
 */
public final class MarginProbe implements Probe {

    public static final String SERIES = "normalized_margin";

    private final FeedForwardNetwork network;
    private final Supplier<double[]> margins;
    private final long every;

    /** @param margins the current margins y_i f(x_i) */
    public MarginProbe(FeedForwardNetwork network, Supplier<double[]> margins, long every) {
        if (!appliesTo(network)) {
            throw new IllegalArgumentException("the normalized margin needs every layer trained");
        }
        if (every < 1) {
            throw new IllegalArgumentException("interval must be positive, got " + every);
        }
        this.network = network;
        this.margins = margins;
        this.every = every;
    }

    public static boolean appliesTo(FeedForwardNetwork network) {
        return network.layers().stream().allMatch(DenseLayer::isTrained);
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step % every == 0) {
            sink.point(SERIES, step, value());
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        return Map.of(SERIES, value());
    }

    private double value() {
        double squaredNorm = 0;
        for (DenseLayer layer : network.layers()) {
            for (double n : layer.neuronNorms()) {
                squaredNorm += n * n;
            }
        }
        double minMargin = Double.POSITIVE_INFINITY;
        for (double s : margins.get()) {
            minMargin = Math.min(minMargin, s);
        }
        return minMargin / Math.pow(squaredNorm, network.homogeneityDegree() / 2.0);
    }
}
