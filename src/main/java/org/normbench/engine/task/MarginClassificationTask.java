package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.loss.MarginLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;
import org.normbench.engine.probe.AxisLimitProbe;
import org.normbench.engine.probe.ConvergenceProbe;
import org.normbench.engine.probe.DescentAssumptionProbe;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.MarginProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.NeuronNormsProbe;
import org.normbench.engine.probe.Probe;
import org.normbench.engine.probe.WeightGradientProbe;
import org.normbench.engine.scheme.ExponentialWeightNormalization;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.train.LossAdaptiveStep;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.MarginObjective;
import org.normbench.engine.train.Optimizer;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 000's toy setting: a bias-free MLP with one output, some layers reparameterized by one scheme and the
 * rest fixed, trained full-batch on a margin loss in log space (with the loss-adaptive step or constant-step
 * GD), float64. Probes: the loss, convergence summaries (incl. steps to e^−k), the first layer's neuron norms
 * and sparsity, the weight–gradient relations, the normalized margin when every layer is trained, the distance
 * to Prop. 6's limits in its one-point EWN setting, and under the loss-adaptive step the checks of its assumptions
 * (B1) and (B3).
 */
public final class MarginClassificationTask implements TrainingTask {

    /**
     * @param data           inputs and ±1 labels
     * @param initialWeights W(0) of every layer, first to last (the last has one row)
     * @param trained        which layers the scheme reparameterizes and training moves; the others stay fixed
     * @param scheme         the normalization scheme of the trained layers
     * @param activation     σ between layers
     * @param loss           the margin loss
     * @param optimizer      makes the run's (stateful) optimizer
     * @param stopRule       when to stop
     * @param logEvery       record the loss every this many steps
     * @param normEvery      record neuron norms, invariant spreads and the margin every this many steps
     * @param activeFraction τ of the active-neuron count (spec 000 M1: 0.2)
     * @param maxNormSeries  record per-neuron series only for layers with at most this many neurons
     * @param weightUnits    whether the scheme treats every single weight as a unit instead of every neuron
     */
    public record Config(Dataset data, List<double[][]> initialWeights, List<Boolean> trained,
            NormalizationScheme scheme, Activation activation, MarginLoss loss, Supplier<Optimizer> optimizer,
            StopRule stopRule, long logEvery, long normEvery, double activeFraction, int maxNormSeries,
            boolean weightUnits) {

        public Config {
            if (initialWeights.size() != trained.size()) {
                throw new IllegalArgumentException(initialWeights.size() + " layers but " + trained.size()
                        + " trained flags");
            }
        }

        /** A configuration whose scheme normalizes neurons (the usual case). */
        public Config(Dataset data, List<double[][]> initialWeights, List<Boolean> trained,
                NormalizationScheme scheme, Activation activation, MarginLoss loss, Supplier<Optimizer> optimizer,
                StopRule stopRule, long logEvery, long normEvery, double activeFraction, int maxNormSeries) {
            this(data, initialWeights, trained, scheme, activation, loss, optimizer, stopRule, logEvery, normEvery,
                    activeFraction, maxNormSeries, false);
        }
    }

    private final Config config;

    public MarginClassificationTask(Config config) {
        this.config = config;
    }

    /** The network at its initialization, in {@code manager}. */
    public FeedForwardNetwork network(NDManager manager) {
        List<DenseLayer> layers = new ArrayList<>();
        for (int i = 0; i < config.initialWeights().size(); i++) {
            double[][] w = config.initialWeights().get(i);
            if (!config.trained().get(i)) {
                layers.add(DenseLayer.fixed(manager, w));
            } else if (config.weightUnits()) {
                layers.add(DenseLayer.trainedPerWeight(manager, config.scheme(), w));
            } else {
                layers.add(DenseLayer.trained(manager, config.scheme(), w));
            }
        }
        return new FeedForwardNetwork(layers, config.activation());
    }

    /** Spec 000 Prop. 6's setting: one linear layer of exponentially normalized single weights on one point. */
    private boolean coveredByProposition6() {
        List<double[][]> layers = config.initialWeights();
        return config.weightUnits() && config.scheme() instanceof ExponentialWeightNormalization
                && layers.size() == 1 && layers.get(0).length == 1 && config.trained().get(0)
                && AxisLimitProbe.appliesTo(config.data(), layers.get(0)[0]);
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        FeedForwardNetwork network = network(manager);
        MarginObjective objective = new MarginObjective(manager, network, config.data(), config.loss());
        List<Probe> probes = new ArrayList<>(List.of(new LossProbe(config.logEvery()),
                new ConvergenceProbe(config.logEvery()),
                new NeuronNormsProbe(network.layer(0), config.normEvery(), config.maxNormSeries(),
                        config.activeFraction()),
                new WeightGradientProbe(network, config.normEvery())));
        if (MarginProbe.appliesTo(network)) {
            probes.add(new MarginProbe(network, () -> objective.margins().toDoubleArray(), config.normEvery()));
        }
        if (coveredByProposition6()) {
            probes.add(new AxisLimitProbe(network.layer(0), config.initialWeights().get(0)[0], config.data().x()[0]));
        }
        Optimizer optimizer = config.optimizer().get();
        if (optimizer instanceof LossAdaptiveStep adaptive) {
            probes.add(new DescentAssumptionProbe(network, adaptive::logProposedStep, config.normEvery()));
        }
        return new TrainingLoop(manager.getEngine()).train(objective, optimizer, config.stopRule(), probes, sink,
                cancelled);
    }
}
