package org.normbench.engine.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.normbench.engine.RandomPermutation;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.TwoLayerClassifier;

/**
 * Neuron pruning without retraining at loss checkpoints (spec 000 M4, §6, App. Q; the authors' code). At the first
 * step with ln L ≤ each checkpoint level −K, the hidden neurons are ranked by a score and the lowest p% removed,
 * p = 0, 5, …, 95, and the test accuracy measured:
 * <ul>
 * <li>score by norm: n_u = ‖w_u‖ (the "reference 0" of the paper; EWN e^{a_u}, SWN |g_u|, unnormalized the row norm
 * without bias);</li>
 * <li>score by growth: n_u − n_u(ref), the difference of norms as in the authors' code, from the initialization and
 * from every earlier checkpoint reached at an earlier step;</li>
 * <li>the paper's curve: for each p the best of these references (an oracle choice on the test set, as in the
 * paper), series {@code pruning_curve_at_log_loss_-K};</li>
 * <li>reference curves: random pruning (the mean over a number of uniformly random orders) and unstructured
 * magnitude pruning (the smallest |W₁[u, i]| of the whole hidden layer zeroed, the same fraction p of its weights,
 * ShrinkBench's global magnitude baseline).</li>
 * </ul>
 * Curves are series over p (the step of a point is p in percent). Summaries at each reached level name it, so a
 * pruning score is never read without the training loss it was measured at: the unpruned accuracy, the paper
 * curve's accuracy at 80/85/90/95%, its area (mean over p), the tolerance p_δ (the largest p whose accuracy is within
 * δ = 0.01 of the unpruned one), each reference curve's area and accuracy at 90%, and the norms' participation
 * ratio. Compression ratio and theoretical speedup against p are recorded once, for both kinds of pruning.
 */
public final class PruningProbe implements Probe {

    /** The paper's curve at checkpoint K is this prefix followed by K. */
    public static final String PAPER_CURVE_PREFIX = "pruning_curve_at_log_loss_-";
    /** The reference curves (random, magnitude) at checkpoint K: a prefix followed by K. */
    public static final List<String> REFERENCE_CURVE_PREFIXES = List.of("random_pruning_curve_at_log_loss_-",
            "magnitude_pruning_curve_at_log_loss_-");
    /** p in percent of the hidden neurons (the authors' grid). */
    static final int[] PERCENTS = IntStream.rangeClosed(0, 19).map(i -> 5 * i).toArray();
    /** Where the paper curve's accuracy is reported (spec 000 §6 headline 5). */
    static final int[] REPORTED_PERCENTS = {80, 85, 90, 95};
    /** Where the reference curves' accuracy is reported. */
    static final int REFERENCE_PERCENT = 90;
    /** δ of the tolerance p_δ (spec 000 M4). */
    static final double TOLERATED_DROP = 0.01;

    private record Checkpoint(int level, long step, double[] norms) {
    }

    private final TwoLayerClassifier model;
    private final NDManager manager;
    private final NDArray testInputs;
    private final int[] testLabels;
    private final int[] levels;
    private final int randomDraws;
    private final Random random;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final Map<String, Double> summary = new LinkedHashMap<>();
    private double[] initialNorms;

    /**
     * @param levels      checkpoint levels K (ln L ≤ −K), in increasing order
     * @param randomDraws random orders averaged into the random-pruning curve
     * @param random      draws those orders
     */
    public PruningProbe(NDManager manager, TwoLayerClassifier model, ImageFeatures test, int[] levels,
            int randomDraws, Random random) {
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] <= 0 || i > 0 && levels[i] <= levels[i - 1]) {
                throw new IllegalArgumentException("checkpoint levels must be positive and increasing");
            }
        }
        if (randomDraws < 1) {
            throw new IllegalArgumentException("random pruning needs at least one draw, got " + randomDraws);
        }
        this.model = model;
        this.manager = manager;
        int[] all = IntStream.range(0, test.count()).toArray();
        this.testInputs = manager.create(test.rows(all), new Shape(test.count(), test.dimension()));
        this.testLabels = test.labels(all);
        this.levels = levels.clone();
        this.randomDraws = randomDraws;
        this.random = random;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step == 0) {
            initialNorms = model.hiddenLayer().neuronNorms();
        }
        while (checkpoints.size() < levels.length && logLoss <= -levels[checkpoints.size()]) {
            prune(levels[checkpoints.size()], step, sink);
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        return summary;
    }

    private void prune(int level, long step, MetricSink sink) {
        double[] norms = model.hiddenLayer().neuronNorms();
        NDArray hiddenWeights = model.hiddenLayer().weights();
        NDArray outputWeights = model.outputWeights();
        int neurons = norms.length;
        int classes = (int) outputWeights.getShape().get(0);
        NeuronPruning pruning = new NeuronPruning(model.hiddenActivations(testInputs, hiddenWeights).toDoubleArray(),
                neurons, outputWeights.toDoubleArray(), classes, testLabels);

        Map<String, double[]> byReference = new LinkedHashMap<>();
        byReference.put("pruning_curve_by_norm", pruning.accuracies(NeuronPruning.ascending(norms), PERCENTS));
        byReference.put("pruning_curve_by_growth_from_init", growthCurve(pruning, norms, initialNorms));
        for (Checkpoint earlier : checkpoints) {
            if (earlier.step() < step) {
                byReference.put("pruning_curve_by_growth_from_log_loss_-" + earlier.level(),
                        growthCurve(pruning, norms, earlier.norms()));
            }
        }
        double[] best = new double[PERCENTS.length];
        for (double[] curve : byReference.values()) {
            for (int f = 0; f < best.length; f++) {
                best[f] = Math.max(best[f], curve[f]);
            }
        }
        double[] randomCurve = new double[PERCENTS.length];
        for (int d = 0; d < randomDraws; d++) {
            double[] curve = pruning.accuracies(RandomPermutation.of(neurons, random), PERCENTS);
            for (int f = 0; f < curve.length; f++) {
                randomCurve[f] += curve[f] / randomDraws;
            }
        }
        double[] magnitudeCurve = magnitudeCurve(hiddenWeights, outputWeights);

        String at = "_at_log_loss_-" + level;
        byReference.forEach((name, curve) -> record(sink, name + at, curve));
        record(sink, PAPER_CURVE_PREFIX + level, best);
        record(sink, REFERENCE_CURVE_PREFIXES.get(0) + level, randomCurve);
        record(sink, REFERENCE_CURVE_PREFIXES.get(1) + level, magnitudeCurve);
        if (checkpoints.isEmpty()) {
            recordCosts(sink, new PruningCost((int) hiddenWeights.getShape().get(1), neurons, classes));
        }

        summary.put("unpruned_accuracy" + at, best[0]);
        for (int percent : REPORTED_PERCENTS) {
            summary.put("pruned_" + percent + "pct_accuracy" + at, best[index(percent)]);
        }
        summary.put("pruning_auc" + at, NeuronPruning.area(best));
        summary.put("pruning_tolerance" + at, (double) tolerance(best));
        reference(summary, "norm", byReference.get("pruning_curve_by_norm"), at);
        reference(summary, "random", randomCurve, at);
        reference(summary, "magnitude", magnitudeCurve, at);
        summary.put("participation_ratio" + at, Sparsity.participationRatio(norms));
        checkpoints.add(new Checkpoint(level, step, norms));
    }

    private static double[] growthCurve(NeuronPruning pruning, double[] norms, double[] reference) {
        double[] growth = new double[norms.length];
        for (int u = 0; u < norms.length; u++) {
            growth[u] = norms[u] - reference[u];
        }
        return pruning.accuracies(NeuronPruning.ascending(growth), PERCENTS);
    }

    /** Test accuracy with the smallest |W₁| entries zeroed, p% of the layer's weights (biases and W₂ kept). */
    private double[] magnitudeCurve(NDArray hiddenWeights, NDArray outputWeights) {
        double[] weights = hiddenWeights.toDoubleArray();
        double[] magnitudes = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            magnitudes[i] = Math.abs(weights[i]);
        }
        int[] order = NeuronPruning.ascending(magnitudes);
        double[] curve = new double[PERCENTS.length];
        int removed = 0;
        for (int f = 0; f < PERCENTS.length; f++) {
            int target = (int) ((long) PERCENTS[f] * weights.length / 100);
            for (; removed < target; removed++) {
                weights[order[removed]] = 0;
            }
            // one fraction's tensors at a time: at the paper's size each is ~100 MB
            try (NDScope scope = new NDScope()) {
                NDArray logits = model.hiddenActivations(testInputs, manager.create(weights,
                        hiddenWeights.getShape())).matMul(outputWeights.transpose());
                curve[f] = (double) SoftmaxCrossEntropy.correct(logits, testLabels) / testLabels.length;
                scope.suppressNotUsedWarning();
            }
        }
        return curve;
    }

    private static void reference(Map<String, Double> summary, String kind, double[] curve, String at) {
        summary.put(kind + "_pruning_auc" + at, NeuronPruning.area(curve));
        summary.put(kind + "_pruned_" + REFERENCE_PERCENT + "pct_accuracy" + at, curve[index(REFERENCE_PERCENT)]);
    }

    /** p_δ: the largest p whose accuracy is at least the unpruned accuracy − δ. */
    private static int tolerance(double[] curve) {
        int largest = 0;
        for (int f = 0; f < curve.length; f++) {
            if (curve[f] >= curve[0] - TOLERATED_DROP) {
                largest = PERCENTS[f];
            }
        }
        return largest;
    }

    private static void recordCosts(MetricSink sink, PruningCost cost) {
        long weights = (long) cost.neurons() * cost.features();
        for (int percent : PERCENTS) {
            int neurons = NeuronPruning.removedAt(percent, cost.neurons());
            long single = percent * weights / 100;
            sink.point("neuron_pruning_compression_ratio", percent, cost.neuronCompression(neurons));
            sink.point("neuron_pruning_speedup", percent, cost.neuronSpeedup(neurons));
            sink.point("magnitude_pruning_compression_ratio", percent, cost.weightCompression(single));
            sink.point("magnitude_pruning_speedup", percent, cost.weightSpeedup(single));
        }
    }

    private static void record(MetricSink sink, String series, double[] curve) {
        for (int f = 0; f < curve.length; f++) {
            sink.point(series, PERCENTS[f], curve[f]);
        }
    }

    private static int index(int percent) {
        return Arrays.binarySearch(PERCENTS, percent);
    }
}
