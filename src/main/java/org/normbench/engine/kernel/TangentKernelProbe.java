package org.normbench.engine.kernel;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import java.util.LinkedHashMap;
import java.util.Map;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.model.TwoLayerReluNetwork;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.Probe;

/**
 * Tracks the training kernel K(s) (Λ for WN, H unnormalized; spec 002 §4.2) every {@code every} steps:
 * series {@code lambda_min_k}, {@code lambda_max_k}; summaries λ_min, λ_max and κ of K(0),
 * {@code kernel_stability} = min_s λ_min(K(s))/λ_min(K(0)) over the evaluated steps, and the linearized
 * (NTK) rate prediction ρ_lin = −2 ln max_i |1 − η λ_i(K(0))| (spec 002 §4.1). Data sets above
 * {@link KernelLimitsProbe#MAX_EXAMPLES} points are skipped (O(n²m) per evaluation).
 */
public final class TangentKernelProbe implements Probe {

    public static final String MIN_SERIES = "lambda_min_k";
    public static final String MAX_SERIES = "lambda_max_k";

    private final TwoLayerReluNetwork network;
    private final Dataset data;
    private final long every;
    private final double learningRate;
    private NDArray inputs;
    private NDArray gram;
    private double[] initialSpectrum;
    private double stability = Double.NaN;

    public TangentKernelProbe(TwoLayerReluNetwork network, Dataset data, long every, double learningRate) {
        if (every < 1) {
            throw new IllegalArgumentException("kernel interval must be positive, got " + every);
        }
        this.network = network;
        this.data = data;
        this.every = every;
        this.learningRate = learningRate;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step % every != 0 || data.size() > KernelLimitsProbe.MAX_EXAMPLES) {
            return;
        }
        if (inputs == null) {
            inputs = network.outputWeightTensor().getManager().create(data.x());
            gram = inputs.matMul(inputs.transpose());
            NDScope.unregister(inputs, gram); // kept for the run: not closed with the step that made them
        }
        double[] spectrum;
        try (NDScope scope = new NDScope()) {
            spectrum = SymmetricSpectrum.eigenvalues(TangentKernel.of(inputs, gram, network.hiddenWeightTensor(),
                    network.outputWeightTensor(), network.scheme().metric(network.parameters())));
        }
        double min = spectrum[0];
        double max = spectrum[spectrum.length - 1];
        sink.point(MIN_SERIES, step, min);
        sink.point(MAX_SERIES, step, max);
        if (step == 0) {
            initialSpectrum = spectrum;
        }
        double ratio = min / initialSpectrum[0];
        stability = Double.isNaN(stability) ? ratio : Math.min(stability, ratio);
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        Map<String, Double> summary = new LinkedHashMap<>();
        if (initialSpectrum == null) {
            return summary;
        }
        double min = initialSpectrum[0];
        double max = initialSpectrum[initialSpectrum.length - 1];
        summary.put("lambda_min_k0", min);
        summary.put("lambda_max_k0", max);
        summary.put("kappa_k0", max / min);
        summary.put("kernel_stability", stability);
        double worst = Math.max(Math.abs(1 - learningRate * min), Math.abs(1 - learningRate * max));
        summary.put("linearized_rate", -2 * Math.log(worst));
        return summary;
    }
}
