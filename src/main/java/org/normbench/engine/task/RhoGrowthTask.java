package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.normbench.engine.data.TeacherData;
import org.normbench.engine.loss.ExponentialLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;
import org.normbench.engine.probe.HessianProbe;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.Probe;
import org.normbench.engine.probe.RhoGrowthProbe;
import org.normbench.engine.scheme.CoefficientNormalization;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.scheme.Unnormalized;
import org.normbench.engine.train.GradientDescent;
import org.normbench.engine.train.MarginObjective;
import org.normbench.engine.train.Optimizer;
import org.normbench.engine.train.ProjectedGradientDescent;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 003 E2b and E3: a bias-free K-layer ReLU net with one output, every layer trained through one scheme — as it
 * is, weight-normalized or coefficient-normalized (then projected after every step), per neuron or per layer —
 * by full-batch GD with a constant step on the summed exponential loss over separable teacher data, float64 in
 * log space, for a fixed number of steps; {@link RhoGrowthProbe} follows ρ, the layer norms, the normalized
 * margin and the layer balance of the effective weights.
 */
public final class RhoGrowthTask implements TrainingTask {

    /** Loss growth over L(0) that counts as divergence. */
    private static final double DIVERGENCE_FACTOR = 1e6;
    /** The Hessian costs 2P gradients and a P×P eigen-decomposition: K = 2 and 3 at width 32, not K = 4 (2400). */
    private static final int MAX_HESSIAN_PARAMETERS = 1500;

    /**
     * @param initialWeights W(0) of every layer, first to last (the last has one row), the same for every scheme
     * @param perLayer       whether the scheme's unit is the whole matrix (one g or r per layer) or each neuron
     */
    public record Config(TeacherData.Split data, List<double[][]> initialWeights, NormalizationScheme scheme,
            boolean perLayer, double learningRate, long steps, int logsPerDecade, long logEvery) {
    }

    private final Config config;

    public RhoGrowthTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        List<DenseLayer> layers = new ArrayList<>();
        for (double[][] w : config.initialWeights()) {
            layers.add(config.perLayer() ? DenseLayer.trainedPerLayer(manager, config.scheme(), w)
                    : DenseLayer.trained(manager, config.scheme(), w));
        }
        FeedForwardNetwork network = new FeedForwardNetwork(layers, Activation.RELU);
        ExponentialLoss loss = new ExponentialLoss();
        MarginObjective train = new MarginObjective(manager, network, config.data().train(), loss);
        MarginObjective test = new MarginObjective(manager, network, config.data().test(), loss);
        Optimizer optimizer = config.scheme() instanceof CoefficientNormalization
                ? new ProjectedGradientDescent(config.learningRate(),
                        layers.stream().map(DenseLayer::parameters).toList())
                : new GradientDescent(config.learningRate());
        List<Probe> probes = new ArrayList<>(List.of(new LossProbe(config.logEvery()), new RhoGrowthProbe(network,
                () -> train.margins().toDoubleArray(), () -> test.margins().toDoubleArray(),
                config.learningRate(), config.logsPerDecade(), config.steps())));
        if (config.scheme() instanceof Unnormalized) {
            // spec 003 E5's Hessian is with respect to W itself
            probes.add(new HessianProbe(train, () -> rho(network), MAX_HESSIAN_PARAMETERS, config.steps()));
        }
        return new TrainingLoop(manager.getEngine()).train(train, optimizer,
                StopRule.stepCap(config.steps(), DIVERGENCE_FACTOR), probes, sink, cancelled);
    }

    /** ρ = Π_k ‖W_k‖_F. */
    private static double rho(FeedForwardNetwork network) {
        double rho = 1;
        for (DenseLayer layer : network.layers()) {
            rho *= layer.weights().norm().getDouble();
        }
        return rho;
    }
}
