package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.model.LayerInitialization;
import org.normbench.engine.model.TwoLayerClassifier;
import org.normbench.engine.probe.ConvergenceProbe;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.NeuronNormsProbe;
import org.normbench.engine.probe.PruningProbe;
import org.normbench.engine.probe.TestAccuracyProbe;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.train.LossAdaptiveSgd;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.TrainingResult;
import org.normbench.engine.train.TrainingSetObjective;

/**
 * Spec 000 E-PR: a d → H ReLU → K classifier, its hidden layer trained through the scheme, trained by epochs of
 * minibatch SGD with the per-epoch loss-adaptive step until ln L ≤ −target (or an epoch cap), with the hidden neurons
 * pruned at each checkpoint level on the way (float64, in log space). The seed draws W₁(0), W₂(0) (Kaiming normal,
 * zero bias: every scheme of one seed starts from the same function), then the random pruning orders, then the
 * batches.
 */
public final class NeuronPruningTask implements TrainingTask {

    /** Loss growth over L(0) that counts as divergence (epochs that raise the loss are undone, so never reached). */
    private static final double DIVERGENCE_FACTOR = 1e6;
    /** Test images per chunk when measuring the final accuracy. */
    private static final int EVALUATION_CHUNK = 5000;
    /** Per-neuron norm series only for layers this narrow; wider ones get the summaries. */
    private static final int MAX_NORM_SERIES = 64;

    /**
     * @param levels          checkpoint levels K (ln L ≤ −K) where the network is pruned, increasing
     * @param targetLevel     stop at ln L ≤ −targetLevel
     * @param activeFraction  spec 000 M1's τ for the final sparsity summaries
     */
    public record Config(ImageFeatures train, ImageFeatures test, NormalizationScheme scheme, int width,
            LossAdaptiveSgd.Settings optimizer, int[] levels, int targetLevel, long maxEpochs, int randomDraws,
            double activeFraction, long seed, long logEvery) {

        public Config {
            if (width < 1) {
                throw new IllegalArgumentException("width must be positive, got " + width);
            }
            levels = Arrays.stream(levels).filter(level -> level <= targetLevel).toArray();
        }
    }

    private final Config config;

    public NeuronPruningTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        Random random = new Random(config.seed());
        ImageFeatures train = config.train();
        int classes = train.classes();
        double[][] hidden = LayerInitialization.kaimingNormal(config.width(), train.dimension(), 1, random);
        double[][] output = LayerInitialization.kaimingNormal(classes, config.width(), 1, random);
        TwoLayerClassifier model = new TwoLayerClassifier(manager, config.scheme(), hidden, output);
        PruningProbe pruning = new PruningProbe(manager, model, config.test(), config.levels(), config.randomDraws(),
                new Random(random.nextLong()));
        LossAdaptiveSgd optimizer = new LossAdaptiveSgd(manager, model, train, config.optimizer(), random);
        return new TrainingLoop(manager.getEngine()).train(new TrainingSetObjective(manager, model, train), optimizer,
                StopRule.logLossLevel(-config.targetLevel(), config.maxEpochs(), DIVERGENCE_FACTOR),
                List.of(new LossProbe(config.logEvery()), new ConvergenceProbe(config.logEvery()),
                        new NeuronNormsProbe(model.hiddenLayer(), config.logEvery(), MAX_NORM_SERIES,
                                config.activeFraction()),
                        pruning, new TestAccuracyProbe(manager, model, config.test(), EVALUATION_CHUNK)),
                sink, cancelled);
    }
}
