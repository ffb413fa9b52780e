package org.normbench.engine.probe;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.normbench.engine.model.DenseLayer;

/**
 * Per-neuron effective weight norms n_u = ‖w_u‖ of one layer (spec 000 §4, plotted as n_u(t) in Figs. 1, 3):
 * series {@code neuron_norm.<u>} every {@code every} steps and at the end while the layer has at most
 * {@code maxSeries} neurons, and at the end the sparsity summaries M1–M3: {@code active_neurons} (n_u ≥ τ·max,
 * τ = {@code activeFraction}), {@code participation_ratio}, {@code top_10pct_mass}, {@code max_neuron_norm},
 * and {@code growing_neurons} (n_u(end) ≥ 3 n_u(0)).
 */
public final class NeuronNormsProbe implements Probe {

    public static final String SERIES_PREFIX = "neuron_norm.";
    private static final double TOP_FRACTION = 0.1;

    private final DenseLayer layer;
    private final long every;
    private final int maxSeries;
    private final double activeFraction;
    private double[] initialNorms;
    private long lastRecorded = -1;

    public NeuronNormsProbe(DenseLayer layer, long every, int maxSeries, double activeFraction) {
        if (every < 1) {
            throw new IllegalArgumentException("norm interval must be positive, got " + every);
        }
        if (!(activeFraction > 0 && activeFraction <= 1)) {
            throw new IllegalArgumentException("active fraction must lie in (0, 1], got " + activeFraction);
        }
        this.layer = layer;
        this.every = every;
        this.maxSeries = maxSeries;
        this.activeFraction = activeFraction;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step % every == 0) {
            double[] norms = layer.neuronNorms();
            if (step == 0) {
                initialNorms = norms;
            }
            record(step, norms, sink);
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        double[] norms = layer.neuronNorms();
        if (step != lastRecorded) {
            record(step, norms, sink);
        }
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("active_neurons", (double) Sparsity.activeCount(norms, activeFraction));
        summary.put("participation_ratio", Sparsity.participationRatio(norms));
        summary.put("top_10pct_mass", Sparsity.topMass(norms, TOP_FRACTION));
        summary.put("max_neuron_norm", Arrays.stream(norms).max().orElseThrow());
        if (initialNorms != null) {
            int growing = 0;
            for (int u = 0; u < norms.length; u++) {
                if (Sparsity.isGrowing(norms[u], initialNorms[u])) {
                    growing++;
                }
            }
            summary.put("growing_neurons", (double) growing);
        }
        return summary;
    }

    private void record(long step, double[] norms, MetricSink sink) {
        if (norms.length <= maxSeries) {
            for (int u = 0; u < norms.length; u++) {
                sink.point(SERIES_PREFIX + u, step, norms[u]);
            }
        }
        lastRecorded = step;
    }
}
