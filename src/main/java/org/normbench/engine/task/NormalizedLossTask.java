package org.normbench.engine.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.BiasFreeClassifier;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.Probe;
import org.normbench.engine.train.HeavyBallMomentum;
import org.normbench.engine.train.LearningRateSchedule;
import org.normbench.engine.train.MinibatchObjective;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 003 §3.3 (E7, proposed beside the paper's Thm 4): does the cross-entropy of the normalized network f/ρ on the
 * training set predict its test loss? A bias-free two-layer ReLU classifier on training images whose labels are
 * partly random, trained by full-batch GD with heavy-ball momentum on the mean softmax
 * cross-entropy until every training label is fitted plus {@code holdSteps} more steps (then the run has
 * converged), or the step cap. At the end: ρ = ‖W₁‖_F‖W₂‖_F, the normalized cross-entropy
 * NCE = mean(log Σ_j e^{f_j/ρ} − f_y/ρ) on the training labels as trained and on the clean test labels, their gap,
 * the unnormalized test cross-entropy and the test error. The seed draws the random labels, then the weights (as
 * the pilot {@code p5_normloss_fmnist.py} does).
 */
public final class NormalizedLossTask implements TrainingTask {

    private static final double DIVERGENCE_FACTOR = 1e6;

    /**
     * @param train      training images with clean labels
     * @param test       test images with clean labels
     * @param labelNoise the fraction p of training labels replaced by uniform random ones
     * @param holdSteps  steps trained on after the first step that fits every training label
     */
    public record Config(ImageFeatures train, ImageFeatures test, double labelNoise, int width, double learningRate,
            double momentum, long holdSteps, long maxSteps, long seed, long logEvery) {
    }

    private final Config config;

    public NormalizedLossTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        Random random = new Random(config.seed());
        int classes = Math.max(config.train().classes(), config.test().classes());
        ImageFeatures train = config.train().withRandomLabels(config.labelNoise(), classes, random);
        BiasFreeClassifier model = new BiasFreeClassifier(manager, train.dimension(), config.width(), classes, random);
        // full batch: the permutation only reorders the mean
        MinibatchObjective objective = new MinibatchObjective(manager, model, train, train.count(),
                new Random(config.seed()));
        HeavyBallMomentum optimizer = new HeavyBallMomentum(model.parameters(), List.of(),
                LearningRateSchedule.constant(config.learningRate()), config.momentum(), 0, List.of());
        Interpolation interpolation = new Interpolation(manager, model, train);
        TrainingResult result = new TrainingLoop(manager.getEngine()).train(objective, optimizer,
                StopRule.stepCap(config.maxSteps(), DIVERGENCE_FACTOR),
                List.of(new LossProbe(config.logEvery()), interpolation), sink,
                () -> cancelled.getAsBoolean() || interpolation.held());
        return result.reason() == StopReason.CANCELLED && interpolation.held()
                ? result.withReason(StopReason.CONVERGED) : result;
    }

    /** Watches the training accuracy every step; at the end measures the normalized losses. */
    private final class Interpolation implements Probe {

        private final NDManager manager;
        private final BiasFreeClassifier model;
        private final ImageFeatures train;
        private final NDArray trainInputs;
        private long fittedSince = -1;
        private long lastStep;

        Interpolation(NDManager manager, BiasFreeClassifier model, ImageFeatures train) {
            this.manager = manager;
            this.model = model;
            this.train = train;
            this.trainInputs = inputs(manager, train);
        }

        /** Every training label fitted for {@code holdSteps} steps. */
        boolean held() {
            return fittedSince >= 0 && lastStep - fittedSince >= config.holdSteps();
        }

        @Override
        public void onStep(long step, double logLoss, MetricSink sink) {
            lastStep = step;
            if (fittedSince < 0 && SoftmaxCrossEntropy.correct(model.logits(trainInputs), train.labels())
                    == train.count()) {
                fittedSince = step;
            }
        }

        @Override
        public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
            double rho = model.rho();
            NDArray trainLogits = model.logits(trainInputs);
            NDArray testLogits = model.logits(inputs(manager, config.test()));
            int[] testLabels = config.test().labels();
            double trainNormalized = crossEntropy(trainLogits.div(rho), train.labels());
            double testNormalized = crossEntropy(testLogits.div(rho), testLabels);
            Map<String, Double> summary = new LinkedHashMap<>();
            summary.put("rho_final", rho);
            summary.put("normalized_train_ce", trainNormalized);
            summary.put("normalized_test_ce", testNormalized);
            summary.put("normalized_ce_gap", testNormalized - trainNormalized);
            summary.put("test_ce", crossEntropy(testLogits, testLabels));
            summary.put("test_error", 1 - (double) SoftmaxCrossEntropy.correct(testLogits, testLabels)
                    / testLabels.length);
            summary.put("train_accuracy", (double) SoftmaxCrossEntropy.correct(trainLogits, train.labels())
                    / train.count());
            if (fittedSince >= 0) {
                summary.put("interpolation_step", (double) fittedSince);
            }
            return summary;
        }
    }

    /** The mean softmax cross-entropy. */
    private static double crossEntropy(NDArray logits, int[] labels) {
        return Math.exp(SoftmaxCrossEntropy.logMean(logits, labels).getDouble());
    }

    private static NDArray inputs(NDManager manager, ImageFeatures data) {
        int[] all = IntStream.range(0, data.count()).toArray();
        return manager.create(data.rows(all), new Shape(data.count(), data.dimension()));
    }
}
