package org.normbench.engine.task;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.normbench.engine.Tensors;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.model.LayerInitialization;
import org.normbench.engine.model.TwoLayerClassifier;
import org.normbench.engine.probe.ConvergenceProbe;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.NeuronNormsProbe;
import org.normbench.engine.probe.PruningProbe;
import org.normbench.engine.probe.Sparsity;
import org.normbench.engine.probe.TestAccuracyProbe;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.scheme.Unnormalized;
import org.normbench.engine.train.GroupLassoSgd;
import org.normbench.engine.train.LossAdaptiveSgd;
import org.normbench.engine.train.Snapshot;
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
 *
 * <p>Spec 000 E-L21 puts a group-lasso phase first ({@link GroupLassoSgd}): the unnormalized network trains on the
 * penalized loss, and the scheme then continues from its W₁, b, W₂ (still one function for every scheme of a seed);
 * the loop, its init snapshot and the pruning references start there. Its summaries end in
 * {@code _after_group_lasso}.
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
     * @param groupLasso      the group-lasso phase before the scheme's training, or null for none
     */
    public record Config(ImageFeatures train, ImageFeatures test, NormalizationScheme scheme, int width,
            LossAdaptiveSgd.Settings optimizer, int[] levels, int targetLevel, long maxEpochs, int randomDraws,
            double activeFraction, GroupLassoSgd.Settings groupLasso, long seed, long logEvery) {

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
        long started = System.nanoTime();
        Start start = draws();
        Map<String, Double> groupLassoSummary = new LinkedHashMap<>();
        TwoLayerClassifier model = config.groupLasso() == null ? start.model(manager, config.scheme())
                : afterGroupLasso(manager, start, sink, groupLassoSummary);
        ImageFeatures train = config.train();
        LossAdaptiveSgd optimizer = new LossAdaptiveSgd(manager, model, train, config.optimizer(), start.batches());
        TrainingResult result = new TrainingLoop(manager.getEngine()).train(new TrainingSetObjective(manager, model,
                train), optimizer, StopRule.logLossLevel(-config.targetLevel(), config.maxEpochs(), DIVERGENCE_FACTOR),
                List.of(new LossProbe(config.logEvery()), new ConvergenceProbe(config.logEvery()),
                        new NeuronNormsProbe(model.hiddenLayer(), config.logEvery(), MAX_NORM_SERIES,
                                config.activeFraction()),
                        pruningProbe(manager, model, start), new TestAccuracyProbe(manager, model, config.test(),
                                EVALUATION_CHUNK)),
                sink, cancelled);
        if (groupLassoSummary.isEmpty()) {
            return result;
        }
        groupLassoSummary.putAll(result.probeSummaries());
        return new TrainingResult(result.steps(), result.initialLogLoss(), result.finalLogLoss(), result.reason(),
                TrainingTask.secondsSince(started), result.probeSeconds(), groupLassoSummary);
    }

    /**
     * Trains the unnormalized network of {@code start} through the group-lasso phase and writes its W₁, b, W₂ through
     * the scheme; {@code summary} gets the phase's ln L and its hidden norms' sparsity.
     */
    private TwoLayerClassifier afterGroupLasso(NDManager manager, Start start, MetricSink sink,
            Map<String, Double> summary) {
        TwoLayerClassifier plain = start.model(manager, new Unnormalized());
        double logLoss = new GroupLassoSgd(config.groupLasso()).train(manager, plain, config.train(),
                start.batches(), sink);
        double[] norms = plain.hiddenLayer().neuronNorms();
        summary.put("log_loss_after_group_lasso", logLoss);
        summary.put("active_neurons_after_group_lasso",
                (double) Sparsity.activeCount(norms, config.activeFraction()));
        summary.put("participation_ratio_after_group_lasso", Sparsity.participationRatio(norms));
        return new TwoLayerClassifier(manager, config.scheme(), Tensors.rows(plain.hiddenLayer().weights()),
                plain.hiddenBias(), Tensors.rows(plain.outputWeights()));
    }

    /**
     * Prunes again from the run's saved snapshots, without training (a pruning job): the pruning probe sees the
     * parameters of the init snapshot and of each checkpoint level's snapshot at their steps, as it saw them during
     * training, and draws the same random orders, so the curves and summaries are the run's own.
     *
     * @param snapshots the run's snapshots by checkpoint name ({@link TrainingLoop#INIT},
     *                  {@link TrainingLoop#levelCheckpoint}); others are ignored
     * @return the pruning summaries
     * @throws IllegalArgumentException when the init snapshot is missing or is not this configuration's
     *                                  initialization (the snapshots of another seed, width or scheme), or a
     *                                  checkpoint level the run passed has no snapshot
     */
    public Map<String, Double> prune(NDManager manager, Map<String, Snapshot> snapshots, MetricSink sink) {
        Start start = draws();
        TwoLayerClassifier model = start.model(manager, config.scheme());
        NDList parameters = model.parameters();
        Snapshot init = snapshots.get(TrainingLoop.INIT);
        if (init == null) {
            throw new IllegalArgumentException("there is no init snapshot; pruning by growth needs the initial norms");
        }
        if (config.groupLasso() == null) {
            for (int i = 0; i < parameters.size(); i++) {
                if (init.parameters().size() != parameters.size()
                        || !Arrays.equals(parameters.get(i).toDoubleArray(), init.parameters().get(i))) {
                    throw new IllegalArgumentException("the init snapshot is not this configuration's initialization"
                            + " (tensor " + i + " differs): the snapshots are another seed's, width's or scheme's");
                }
            }
        } else {
            // the group-lasso phase is as long as training to redo: its result, the init snapshot, is taken as saved
            load(parameters, init, "the init snapshot");
        }
        for (int level : config.levels()) {
            if (!ConvergenceProbe.LOG_LOSS_LEVELS.contains(-level)) {
                throw new IllegalArgumentException("no snapshot is taken at the pruning level ln L ≤ −" + level
                        + "; snapshots are taken at " + ConvergenceProbe.LOG_LOSS_LEVELS);
            }
        }
        PruningProbe probe = pruningProbe(manager, model, start);
        probe.onStep(init.step(), init.logLoss(), sink);
        Snapshot last = init;
        Integer skipped = null;
        for (int level : config.levels()) {
            Snapshot at = snapshots.get(TrainingLoop.levelCheckpoint(-level));
            if (at == null) {
                skipped = skipped == null ? level : skipped;
                continue;
            }
            if (skipped != null) {
                throw new IllegalArgumentException("there is no snapshot at ln L ≤ −" + skipped
                        + ", although the run went on to ln L ≤ −" + level);
            }
            load(parameters, at, "the snapshot at ln L ≤ −" + level);
            probe.onStep(at.step(), at.logLoss(), sink);
            last = at;
        }
        return probe.onFinish(last.step(), last.logLoss(), sink);
    }

    private static void load(NDList parameters, Snapshot snapshot, String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (snapshot.parameters().size() != parameters.size()
                    || snapshot.parameters().get(i).length != parameters.get(i).size()) {
                throw new IllegalArgumentException(name + " does not have this network's tensors (tensor " + i + ")");
            }
            parameters.get(i).set(snapshot.parameters().get(i));
        }
    }

    /** W₁(0) and W₂(0), the random pruning orders and the batches, drawn from the seed in that order. */
    private record Start(double[][] hidden, double[][] output, Random pruningOrders, Random batches) {

        /** The classifier of W₁(0), W₂(0) with its hidden layer trained through {@code scheme}. */
        TwoLayerClassifier model(NDManager manager, NormalizationScheme scheme) {
            return new TwoLayerClassifier(manager, scheme, hidden, output);
        }
    }

    private Start draws() {
        Random random = new Random(config.seed());
        ImageFeatures train = config.train();
        double[][] hidden = LayerInitialization.kaimingNormal(config.width(), train.dimension(), 1, random);
        double[][] output = LayerInitialization.kaimingNormal(train.classes(), config.width(), 1, random);
        return new Start(hidden, output, new Random(random.nextLong()), random);
    }

    private PruningProbe pruningProbe(NDManager manager, TwoLayerClassifier model, Start start) {
        return new PruningProbe(manager, model, config.test(), config.levels(), config.randomDraws(),
                start.pruningOrders());
    }
}
