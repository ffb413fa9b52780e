package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.SphereRandomData;
import org.normbench.engine.kernel.KernelLimitsProbe;
import org.normbench.engine.kernel.LimitKernels;
import org.normbench.engine.kernel.SymmetricSpectrum;
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
 * measured every kernelEvery steps, and WN runs also measure the directions' norm growth.
 */
public final class TwoLayerRegressionTask implements TrainingTask {

    /**
     * @param examples     n, the number of data points
     * @param dimension    d, the input dimension
     * @param dataSeed     seed of the data draw (fixed across a benchmark's runs)
     * @param width        m, the number of hidden neurons
     * @param scheme       the normalization scheme of the hidden layer
     * @param initSeed     seed of the paired initialization (Z and c)
     * @param learningRate η, shared by all trainable tensors
     * @param stopRule     when to stop
     * @param logEvery     record the loss every this many steps
     * @param kernelEvery  evaluate the tangent kernel's spectrum and the weights' movement every this many steps
     */
    public record Config(int examples, int dimension, long dataSeed, int width, NormalizationScheme scheme,
            long initSeed, double learningRate, StopRule stopRule, long logEvery, long kernelEvery) {
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
        List<Probe> probes = new ArrayList<>(List.of(new LossProbe(config.logEvery()),
                new ConvergenceProbe(config.logEvery()), new KernelLimitsProbe(data),
                new TangentKernelProbe(network, data, config.kernelEvery(), config.learningRate()),
                new WeightMovementProbe(network::hiddenWeights, data, config.kernelEvery())));
        if (config.scheme() instanceof WeightNormalization wn) {
            probes.add(new NormGrowthProbe(network.parameters().get(0), config.learningRate(), config.logEvery()));
            if (!Double.isNaN(wn.alpha()) && data.size() <= KernelLimitsProbe.MAX_EXAMPLES) {
                LimitKernels limits = LimitKernels.of(data.x());
                probes.add(new MovementBoundProbe(network.parameters().get(0), network.parameters().get(1),
                        wn.alpha(), data.size(), SymmetricSpectrum.eigenvalues(limits.v())[0],
                        SymmetricSpectrum.eigenvalues(limits.g())[0]));
            }
        }
        return new TrainingLoop(manager.getEngine()).train(objective,
                new GradientDescent(config.learningRate()), config.stopRule(), probes, sink, cancelled);
    }
}
