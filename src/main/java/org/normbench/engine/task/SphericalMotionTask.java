package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.model.FeatureNormalization;
import org.normbench.engine.model.NormalizedNetwork;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.SphericalMotionProbe;
import org.normbench.engine.probe.TestAccuracyProbe;
import org.normbench.engine.train.HeavyBallMomentum;
import org.normbench.engine.train.LearningRateSchedule;
import org.normbench.engine.train.MinibatchObjective;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 004's setting (S2–S5): a normalized MLP trained on images by minibatch SGD or SGD-momentum with coupled
 * weight decay for a fixed number of steps, in float64 or float32 (the spec's pilot), while
 * {@link SphericalMotionProbe} follows its hidden weights in float64. The seed draws the weights, then the batches, so every normalization of one seed starts from the same
 * weights and sees the same batches.
 */
public final class SphericalMotionTask implements TrainingTask {

    /** Test images normalized together when measuring accuracy (the pilot's chunk). */
    private static final int EVALUATION_CHUNK = 5000;
    /** Loss growth over L(0) that counts as divergence. */
    private static final double DIVERGENCE_FACTOR = 1e6;

    /**
     * @param affine         whether the normalization has a learnable gain and shift
     * @param convolutional  3×3 convolutions on the 28×28 images instead of dense layers (spec 004 S2's CNN)
     * @param rescaleAtDrops divide the hidden weights by k^{1/4} when η drops by k (spec 004 §5.2)
     * @param dataType       float64 or float32, the type the network trains in
     * @param angleSpan      k of the probe's angle turned in k steps (spec 004 S6), 0 for none
     */
    public record Config(ImageFeatures train, ImageFeatures test, FeatureNormalization normalization, boolean affine,
            boolean convolutional, int width,
            int hiddenLayers, double initScale, LearningRateSchedule schedule, double momentum, double weightDecay,
            boolean rescaleAtDrops, int batchSize, long steps, DataType dataType, int angleSpan, long seed,
            long logEvery) {

        public Config {
            if (!(initScale > 0) || Double.isInfinite(initScale)) {
                throw new IllegalArgumentException("initial scale must be a positive finite number, got " + initScale);
            }
        }
    }

    private final Config config;

    public SphericalMotionTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        Random random = new Random(config.seed());
        ImageFeatures train = config.train();
        int classes = train.classes();
        NormalizedNetwork model = new NormalizedNetwork(manager, config.normalization(), config.affine(),
                config.convolutional(), train.dimension(),
                config.width(), config.hiddenLayers(), classes, config.initScale(), random, config.dataType());
        MinibatchObjective objective = new MinibatchObjective(manager, model, train, config.batchSize(), random);
        HeavyBallMomentum optimizer = new HeavyBallMomentum(model.parameters(), model.decayedWeights(),
                config.schedule(), config.momentum(), config.weightDecay(),
                config.rescaleAtDrops() ? model.hiddenWeights() : List.of());
        return new TrainingLoop(manager.getEngine()).train(objective, optimizer,
                StopRule.stepCap(config.steps(), DIVERGENCE_FACTOR),
                List.of(new LossProbe(config.logEvery()),
                        new SphericalMotionProbe(model.hiddenWeights(), optimizer, config.logEvery(),
                                config.angleSpan()),
                        new TestAccuracyProbe(manager, model, config.test(), EVALUATION_CHUNK)),
                sink, cancelled);
    }
}
