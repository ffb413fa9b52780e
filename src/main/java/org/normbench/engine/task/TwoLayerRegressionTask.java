package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.SphereRandomData;
import org.normbench.engine.kernel.KernelLimitsProbe;
import org.normbench.engine.kernel.LimitKernels;
import org.normbench.engine.kernel.SymmetricSpectrum;
import org.normbench.engine.kernel.TangentKernel;
import org.normbench.engine.kernel.TangentKernelProbe;
import org.normbench.engine.model.TwoLayerReluNetwork;
import org.normbench.engine.probe.ConvergenceProbe;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.MovementBoundProbe;
import org.normbench.engine.probe.NormGrowthProbe;
import org.normbench.engine.probe.Probe;
import org.normbench.engine.probe.WeightMovementProbe;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.scheme.WeightNormalization;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.GradientDescent;
import org.normbench.engine.train.RegressionObjective;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 002's setting: a two-layer ReLU network (fixed c, 1/√m) on sphere-random data, summed squared
 * loss, full-batch GD with one step size, float64 throughout; the kernel and the hidden weights' movement are
 * measured every kernelEvery steps, and WN runs also measure the directions' norm growth. The step size is fixed,
 * or relative to the training kernel at initialization, η = scale/λ_max(K(0)) (Thm C.1's rule at scale 1/3, the
 * gradient-flow limit at 0.01); either way the summary {@code learning_rate} records η, and
 * {@code rate_over_linearized} and {@code tail_rate_over_linearized} the fitted and the tail rate over the NTK
 * prediction. WN runs with α ≤ 1 (α ≥ 1) also report the fitted rate per unit time t = ηs over Thm B.1's λ_0/α²
 * (Thm B.2's μ_0), {@code rate_over_flow_bound}.
 */
public final class TwoLayerRegressionTask implements TrainingTask {

    /**
     * @param examples     n, the number of data points
     * @param dimension    d, the input dimension
     * @param dataSeed     seed of the data draw (fixed across a benchmark's runs)
     * @param width        m, the number of hidden neurons
     * @param scheme       the normalization scheme of the hidden layer
     * @param initSeed     seed of the paired initialization (Z and c)
     * @param step         how η, shared by all trainable tensors, is set
     * @param stopRule     when to stop
     * @param logEvery     record the loss every this many steps
     * @param kernelEvery  evaluate the tangent kernel's spectrum and the weights' movement every this many steps
     */
    public record Config(int examples, int dimension, long dataSeed, int width, NormalizationScheme scheme,
            long initSeed, StepSize step, StopRule stopRule, long logEvery, long kernelEvery) {
    }

    /** η itself ({@code relative} false), or η = value/λ_max(K(0)). */
    public record StepSize(double value, boolean relative) {

        public static StepSize fixed(double learningRate) {
            return new StepSize(learningRate, false);
        }

        public static StepSize relativeToKernel(double scale) {
            return new StepSize(scale, true);
        }
    }

    private final Config config;

    public TwoLayerRegressionTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        Dataset data = SphereRandomData.generate(config.examples(), config.dimension(), config.dataSeed());
        TwoLayerReluNetwork network = TwoLayerReluNetwork.initialize(manager, config.scheme(), config.width(),
                config.dimension(), config.initSeed());
        RegressionObjective objective = new RegressionObjective(manager, network, data);
        double learningRate = config.step().relative() ? config.step().value() / initialKernelMax(network, data)
                : config.step().value();
        List<Probe> probes = new ArrayList<>(List.of(new LossProbe(config.logEvery()),
                new ConvergenceProbe(config.logEvery()), new KernelLimitsProbe(data),
                new TangentKernelProbe(network, data, config.kernelEvery(), learningRate),
                new WeightMovementProbe(network::hiddenWeightTensor, data, config.kernelEvery())));
        if (config.scheme() instanceof WeightNormalization wn) {
            probes.add(new NormGrowthProbe(network.parameters().get(0), learningRate, config.logEvery()));
            if (!Double.isNaN(wn.alpha()) && data.size() <= KernelLimitsProbe.MAX_EXAMPLES) {
                LimitKernels limits = LimitKernels.of(data.x());
                probes.add(new MovementBoundProbe(network.parameters().get(0), network.parameters().get(1),
                        wn.alpha(), data.size(), SymmetricSpectrum.eigenvalues(limits.v())[0],
                        SymmetricSpectrum.eigenvalues(limits.g())[0]));
            }
        }
        TrainingResult result = new TrainingLoop(manager.getEngine()).train(objective,
                new GradientDescent(learningRate), config.stopRule(), probes, sink, cancelled);
        Map<String, Double> summary = result.probeSummaries();
        summary.put("learning_rate", learningRate);
        Double fitted = summary.get("fitted_rate");
        Double linearized = summary.get("linearized_rate");
        if (linearized != null) {
            if (fitted != null) {
                summary.put("rate_over_linearized", fitted / linearized);
            }
            if (summary.containsKey("tail_rate")) {
                summary.put("tail_rate_over_linearized", summary.get("tail_rate") / linearized);
            }
        }
        if (fitted != null && config.scheme() instanceof WeightNormalization wn && !Double.isNaN(wn.alpha())
                && summary.containsKey(LimitKernels.LAMBDA0)) {
            double bound = wn.alpha() <= 1 ? summary.get(LimitKernels.LAMBDA0) / (wn.alpha() * wn.alpha())
                    : summary.get(LimitKernels.MU0);
            summary.put("rate_over_flow_bound", fitted / learningRate / bound);
        }
        return result;
    }

    /** λ_max of the training kernel at initialization (O(n²m), once). */
    private static double initialKernelMax(TwoLayerReluNetwork network, Dataset data) {
        double[] spectrum = SymmetricSpectrum.eigenvalues(TangentKernel.of(data.x(), network.hiddenWeights(),
                network.outputWeights(), network.scheme().metric(network.parameters())));
        return spectrum[spectrum.length - 1];
    }
}
