package org.normbench.engine.task;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.loss.ExponentialLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;
import org.normbench.engine.probe.DirectionProbe;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.MetricSink;
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
 * Spec 003 E1 (the paper's §12, Fig. 3): a linear classifier f(x) = w·x trained by full-batch GD with a constant
 * step on the summed exponential loss, float64 in log space, for a fixed number of steps — w itself (`none`),
 * w = g v/‖v‖ (`swn`, unit v(0)), or coefficient normalization (`proj`: GD on (V, r), then V ← V/‖V‖) — while
 * {@link DirectionProbe} follows the direction's distance to its limit u*.
 */
public final class DirectionConvergenceTask implements TrainingTask {

    /** Loss growth over L(0) that counts as divergence. */
    private static final double DIVERGENCE_FACTOR = 1e6;

    /**
     * @param initial  w(0), the same for every scheme of a seed
     * @param target   u*, unit norm
     */
    public record Config(Dataset data, double[] target, double[] initial, NormalizationScheme scheme,
            double learningRate, long steps, int logsPerDecade, long logEvery) {
    }

    private final Config config;

    public DirectionConvergenceTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        DenseLayer layer = DenseLayer.trained(manager, config.scheme(), new double[][] {config.initial()});
        FeedForwardNetwork network = new FeedForwardNetwork(List.of(layer), Activation.LINEAR);
        NDList parameters = layer.parameters();
        Optimizer optimizer = config.scheme() instanceof CoefficientNormalization
                ? new ProjectedGradientDescent(config.learningRate(), List.of(parameters))
                : new GradientDescent(config.learningRate());
        DoubleSupplier directionNorm = config.scheme() instanceof Unnormalized ? null
                : () -> parameters.get(0).norm().getDouble();
        return new TrainingLoop(manager.getEngine()).train(
                new MarginObjective(manager, network, config.data(), new ExponentialLoss()),
                optimizer, StopRule.stepCap(config.steps(), DIVERGENCE_FACTOR),
                List.of(new LossProbe(config.logEvery()), new DirectionProbe(layer, config.target(), config.data(),
                        config.learningRate(), directionNorm, config.logsPerDecade(), config.steps())),
                sink, cancelled);
    }
}
