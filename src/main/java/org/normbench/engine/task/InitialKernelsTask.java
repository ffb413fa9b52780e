package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.SphereRandomData;
import org.normbench.engine.kernel.LimitKernels;
import org.normbench.engine.kernel.SymmetricSpectrum;
import org.normbench.engine.kernel.TangentKernel;
import org.normbench.engine.model.TwoLayerReluNetwork;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.scheme.NeuronMetric;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.scheme.Unnormalized;
import org.normbench.engine.scheme.WeightNormalization;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 002 E1 (Prop. 1, Obs. 1, Lemmas B.1, B.2): the kernels at initialization, no training. From one paired
 * initialization (Z and c from the seed) it builds the unnormalized network, WN with scale α and WN with α = 1, and
 * measures V(0) and G(0) (§2.4: the direction part α²·J_v J_vᵀ and the length part J_g J_gᵀ of each WN kernel) and
 * H(0):
 * <ul>
 * <li>Prop. 1: e_P1 = max_ij |V(0) + G(0) − H(0)|;</li>
 * <li>Obs. 1: e_O1 = max_ij |V^α(0) − V^1(0)| + max_ij |G^α(0) − G^1(0)|;</li>
 * <li>concentration: ‖V(0) − V∞‖₂ and ‖G(0) − G∞‖₂, also over λ_0 and μ_0 (B.1 and B.2 ask for ≤ 1/4).</li>
 * </ul>
 * The run's loss is ½‖f(0) − y‖², the same for every α.
 */
public final class InitialKernelsTask implements TrainingTask {

    public record Config(int examples, int dimension, long dataSeed, int width, double alpha, long initSeed) {
    }

    private final Config config;

    public InitialKernelsTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        Dataset data = SphereRandomData.generate(config.examples(), config.dimension(), config.dataSeed());
        double[][] x = data.x();
        TwoLayerReluNetwork unnormalized = network(manager, new Unnormalized());
        TwoLayerReluNetwork normalized = network(manager, new WeightNormalization(config.alpha()));
        double[][] h = TangentKernel.of(x, unnormalized.hiddenWeights(), unnormalized.outputWeights(),
                unnormalized.scheme().metric(unnormalized.parameters()));
        double[][][] parts = parts(x, normalized, config.alpha());
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("prop1_identity_error", maxAbs(plus(plus(parts[0], 1, parts[1]), -1, h)));
        if (cancelled.getAsBoolean()) {
            return KernelLimitsTask.calculation(StopReason.CANCELLED, started, summary);
        }
        double[][][] reference = parts(x, network(manager, new WeightNormalization(1)), 1);
        summary.put("obs1_alpha_invariance_error", maxAbs(plus(parts[0], -1, reference[0]))
                + maxAbs(plus(parts[1], -1, reference[1])));
        LimitKernels limits = LimitKernels.of(x);
        double lambda0 = SymmetricSpectrum.eigenvalues(limits.v())[0];
        double mu0 = SymmetricSpectrum.eigenvalues(limits.g())[0];
        double v = spectralNorm(plus(parts[0], -1, limits.v()));
        double g = spectralNorm(plus(parts[1], -1, limits.g()));
        summary.put("v0_limit_distance", v);
        summary.put("g0_limit_distance", g);
        summary.put("v0_limit_distance_over_lambda0", v / lambda0);
        summary.put("g0_limit_distance_over_mu0", g / mu0);
        double logLoss = Math.log(initialLoss(manager, normalized, data));
        return new TrainingResult(0, logLoss, logLoss, StopReason.STEP_CAP, TrainingTask.secondsSince(started), 0,
                summary);
    }

    private TwoLayerReluNetwork network(NDManager manager, NormalizationScheme scheme) {
        return TwoLayerReluNetwork.initialize(manager, scheme, config.width(), config.dimension(), config.initSeed());
    }

    /**
     * V(0) and G(0) of a WN network with scale α: its kernel Λ = V/α² + G split by the neuron metric into the
     * tangential part (times α²) and the radial part.
     */
    private static double[][][] parts(double[][] x, TwoLayerReluNetwork network, double alpha) {
        NeuronMetric metric = network.scheme().metric(network.parameters());
        int width = metric.tangential().length;
        double[] direction = new double[width];
        for (int k = 0; k < width; k++) {
            direction[k] = alpha * alpha * metric.tangential()[k];
        }
        double[][] w = network.hiddenWeights();
        double[] c = network.outputWeights();
        return new double[][][] {TangentKernel.of(x, w, c, new NeuronMetric(direction, new double[width])),
                TangentKernel.of(x, w, c, new NeuronMetric(new double[width], metric.radial()))};
    }

    private static double initialLoss(NDManager manager, TwoLayerReluNetwork network, Dataset data) {
        double[] f = network.forward(manager.create(data.x())).toDoubleArray();
        double loss = 0;
        for (int i = 0; i < f.length; i++) {
            loss += 0.5 * (f[i] - data.y()[i]) * (f[i] - data.y()[i]);
        }
        return loss;
    }

    /** a + factor·b. */
    private static double[][] plus(double[][] a, double factor, double[][] b) {
        double[][] result = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                result[i][j] = a[i][j] + factor * b[i][j];
            }
        }
        return result;
    }

    private static double maxAbs(double[][] a) {
        double max = 0;
        for (double[] row : a) {
            for (double value : row) {
                max = Math.max(max, Math.abs(value));
            }
        }
        return max;
    }

    /** ‖A‖₂ of a symmetric matrix: its largest eigenvalue in absolute value. */
    private static double spectralNorm(double[][] symmetric) {
        double[] spectrum = SymmetricSpectrum.eigenvalues(symmetric);
        return Math.max(-spectrum[0], spectrum[spectrum.length - 1]);
    }
}
