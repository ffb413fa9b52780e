package org.normbench.engine.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.normbench.engine.data.TeacherData;
import org.normbench.engine.loss.ExponentialLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;
import org.normbench.engine.probe.FixedRhoProbe;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.scheme.CoefficientNormalization;
import org.normbench.engine.scheme.Unnormalized;
import org.normbench.engine.train.FixedRadiusDescent;
import org.normbench.engine.train.GradientDescent;
import org.normbench.engine.train.MarginObjective;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 003 E4 (Thm 5, "convergence for finite ρ"): a bias-free K-layer ReLU net is first trained by plain GD on the
 * summed exponential loss for a warm start (unrecorded), then its layers are rescaled to equal norms whose product
 * is ρ and only their directions V_k move, by {@link FixedRadiusDescent} with step stepScale/ρ; float64. The
 * recorded run is the constrained phase; its steps count from 0.
 */
public final class FixedRhoTask implements TrainingTask {

    /** Loss growth over L(0) that counts as divergence. */
    private static final double DIVERGENCE_FACTOR = 1e6;

    /** @param initialWeights W(0) of every layer before the warm start, first to last (the last has one row) */
    public record Config(TeacherData.Split data, List<double[][]> initialWeights, double warmLearningRate,
            long warmSteps, double rho, double stepScale, long steps, long logEvery) {

        public Config {
            if (!(rho > 0) || Double.isInfinite(rho)) {
                throw new IllegalArgumentException("ρ must be a positive finite number, got " + rho);
            }
        }
    }

    private final Config config;

    public FixedRhoTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        TrainingLoop loop = new TrainingLoop(manager.getEngine());
        ExponentialLoss loss = new ExponentialLoss();
        List<DenseLayer> warm = new ArrayList<>();
        for (double[][] w : config.initialWeights()) {
            warm.add(DenseLayer.trained(manager, new Unnormalized(), w));
        }
        FeedForwardNetwork warmNetwork = new FeedForwardNetwork(warm, Activation.RELU);
        TrainingResult warmStart = loop.train(new MarginObjective(manager, warmNetwork, config.data().train(), loss),
                new GradientDescent(config.warmLearningRate()),
                StopRule.stepCap(config.warmSteps(), DIVERGENCE_FACTOR), List.of(), (series, step, value) -> { },
                cancelled);
        if (warmStart.reason() != StopReason.STEP_CAP) {
            return warmStart;
        }
        double layerNorm = Math.pow(config.rho(), 1.0 / warm.size());
        List<DenseLayer> constrained = new ArrayList<>();
        for (DenseLayer layer : warm) {
            NDArray w = layer.weights();
            double[][] rescaled = new double[(int) w.getShape().get(0)][];
            double scale = layerNorm / w.norm().getDouble();
            for (int row = 0; row < rescaled.length; row++) {
                rescaled[row] = w.get(row).mul(scale).toDoubleArray();
            }
            constrained.add(DenseLayer.trainedPerLayer(manager, new CoefficientNormalization(), rescaled));
        }
        FeedForwardNetwork network = new FeedForwardNetwork(constrained, Activation.RELU);
        MarginObjective train = new MarginObjective(manager, network, config.data().train(), loss);
        MarginObjective test = new MarginObjective(manager, network, config.data().test(), loss);
        return loop.train(train,
                new FixedRadiusDescent(config.stepScale() / config.rho(),
                        constrained.stream().map(DenseLayer::parameters).toList()),
                StopRule.stepCap(config.steps(), DIVERGENCE_FACTOR),
                List.of(new LossProbe(config.logEvery()), new FixedRhoProbe(
                        constrained.stream().map(l -> l.parameters().get(0)).toList(),
                        () -> train.margins().toDoubleArray(), () -> test.margins().toDoubleArray(), config.rho(),
                        config.logEvery())),
                sink, cancelled);
    }
}
