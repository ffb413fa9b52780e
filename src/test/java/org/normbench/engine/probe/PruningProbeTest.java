package org.normbench.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.model.LayerInitialization;
import org.normbench.engine.model.TwoLayerClassifier;
import org.normbench.engine.scheme.ExponentialWeightNormalization;

/**
 * The pruning probe against a brute-force recomputation: every curve's accuracy from the pruned network's logits
 * (the removed neurons' activations zeroed) in plain Java, with the references the probe should use at each
 * checkpoint.
 */
class PruningProbeTest {

    private static final int FEATURES = 6;
    private static final int NEURONS = 20;
    private static final int CLASSES = 3;
    private static final int POINTS = 60;

    @Test
    void curvesMatchABruteForcePruningOfTheNetwork() {
        Random random = new Random(7);
        ImageFeatures test = randomImages(random);
        try (NDManager manager = NDManager.newBaseManager()) {
            JniUtils.setGradMode(false);
            TwoLayerClassifier model = new TwoLayerClassifier(manager, new ExponentialWeightNormalization(),
                    LayerInitialization.kaimingNormal(NEURONS, FEATURES, 1, random),
                    LayerInitialization.kaimingNormal(CLASSES, NEURONS, 1, random));
            PruningProbe probe = new PruningProbe(manager, model, test, new int[] {5, 10, 30}, 3, new Random(1));
            Map<String, Map<Long, Double>> series = new HashMap<>();
            MetricSink sink = (name, step, value) -> series.computeIfAbsent(name, k -> new LinkedHashMap<>())
                    .put(step, value);

            double[] initial = model.hiddenLayer().neuronNorms();
            probe.onStep(0, -1, sink);
            assertTrue(series.isEmpty(), "no checkpoint above e^−5");
            perturb(model, random);
            double[] atFive = model.hiddenLayer().neuronNorms();
            probe.onStep(1, -5, sink);
            double[] byNormAtFive = bruteForce(model, test, atFive, null);
            perturb(model, random);
            // one step past two levels: both checkpoints are taken at this point
            probe.onStep(2, -40, sink);
            Map<String, Double> summary = probe.onFinish(2, -40, sink);

            assertCurve(series.get("pruning_curve_by_norm_at_log_loss_-5"), byNormAtFive);
            double[] now = model.hiddenLayer().neuronNorms();
            List<double[]> references = List.of(new double[NEURONS], initial, atFive);
            List<double[]> expected = new ArrayList<>();
            for (double[] reference : references) {
                expected.add(bruteForce(model, test, now, reference));
            }
            assertCurve(series.get("pruning_curve_by_norm_at_log_loss_-10"), expected.get(0));
            assertCurve(series.get("pruning_curve_by_growth_from_init_at_log_loss_-10"), expected.get(1));
            assertCurve(series.get("pruning_curve_by_growth_from_log_loss_-5_at_log_loss_-10"), expected.get(2));
            assertFalse(series.containsKey("pruning_curve_by_growth_from_log_loss_-10_at_log_loss_-30"),
                    "a checkpoint taken at the same step is no reference");
            double[] best = new double[PruningProbe.PERCENTS.length];
            for (int f = 0; f < best.length; f++) {
                for (double[] curve : expected) {
                    best[f] = Math.max(best[f], curve[f]);
                }
            }
            assertCurve(series.get("pruning_curve_at_log_loss_-10"), best);
            assertEquals(best[18], summary.get("pruned_90pct_accuracy_at_log_loss_-10"), 1e-15);
            assertEquals(Arrays.stream(best).average().orElseThrow(), summary.get("pruning_auc_at_log_loss_-10"),
                    1e-15);
            assertEquals(best[0], summary.get("unpruned_accuracy_at_log_loss_-10"), 1e-15);
            assertEquals(Sparsity.participationRatio(now), summary.get("participation_ratio_at_log_loss_-10"), 1e-12);
            // reference curves start where the network is whole
            for (String kind : List.of("random", "magnitude")) {
                assertEquals(best[0], series.get(kind + "_pruning_curve_at_log_loss_-30").get(0L), 1e-15, kind);
            }
            assertEquals(expected.get(0)[18], summary.get("norm_pruned_90pct_accuracy_at_log_loss_-10"), 1e-15);
            assertTrue(summary.containsKey("pruned_95pct_accuracy_at_log_loss_-30"));
            assertEquals(1.0, series.get("neuron_pruning_compression_ratio").get(0L), 1e-15);
            assertEquals(10.0, series.get("neuron_pruning_speedup").get(90L), 1e-12, "2 of 20 neurons left");
        }
    }

    /** Test accuracy per p with the lowest norm − reference scores removed (null reference: the norm itself). */
    private static double[] bruteForce(TwoLayerClassifier model, ImageFeatures test, double[] norms,
            double[] reference) {
        double[] w1 = model.hiddenLayer().weights().toDoubleArray();
        double[] w2 = model.outputWeights().toDoubleArray();
        double[] bias = model.parameters().get(2).toDoubleArray();
        double[] scores = new double[NEURONS];
        for (int u = 0; u < NEURONS; u++) {
            scores[u] = norms[u] - (reference == null ? 0 : reference[u]);
        }
        Integer[] order = new Integer[NEURONS];
        for (int u = 0; u < NEURONS; u++) {
            order[u] = u;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double[] curve = new double[PruningProbe.PERCENTS.length];
        for (int f = 0; f < curve.length; f++) {
            boolean[] removed = new boolean[NEURONS];
            for (int r = 0; r < PruningProbe.PERCENTS[f] * NEURONS / 100; r++) {
                removed[order[r]] = true;
            }
            int correct = 0;
            for (int i = 0; i < test.count(); i++) {
                double[] logits = new double[CLASSES];
                for (int u = 0; u < NEURONS; u++) {
                    double z = bias[u];
                    for (int p = 0; p < FEATURES; p++) {
                        z += w1[u * FEATURES + p] * test.values()[i * FEATURES + p];
                    }
                    for (int j = 0; j < CLASSES && !removed[u]; j++) {
                        logits[j] += Math.max(z, 0) * w2[j * NEURONS + u];
                    }
                }
                int predicted = 0;
                for (int j = 1; j < CLASSES; j++) {
                    predicted = logits[j] > logits[predicted] ? j : predicted;
                }
                correct += predicted == test.labels()[i] ? 1 : 0;
            }
            curve[f] = (double) correct / test.count();
        }
        return curve;
    }

    private static void assertCurve(Map<Long, Double> recorded, double[] expected) {
        assertEquals(expected.length, recorded.size());
        for (int f = 0; f < expected.length; f++) {
            assertEquals(expected[f], recorded.get((long) PruningProbe.PERCENTS[f]), 1e-15, "at p = "
                    + PruningProbe.PERCENTS[f]);
        }
    }

    /** Moves every tensor of the hidden layer and the bias, so the norms change between checkpoints. */
    private static void perturb(TwoLayerClassifier model, Random random) {
        for (int t = 0; t < 3; t++) {
            NDArray parameter = model.parameters().get(t);
            double[] values = parameter.toDoubleArray();
            for (int i = 0; i < values.length; i++) {
                values[i] += 0.3 * random.nextGaussian();
            }
            parameter.set(values);
        }
    }

    private static ImageFeatures randomImages(Random random) {
        float[] values = new float[POINTS * FEATURES];
        int[] labels = new int[POINTS];
        for (int i = 0; i < POINTS; i++) {
            labels[i] = i % CLASSES;
            for (int p = 0; p < FEATURES; p++) {
                values[i * FEATURES + p] = (float) (random.nextGaussian() + (p == labels[i] ? 1.5 : 0));
            }
        }
        return new ImageFeatures(FEATURES, values, labels);
    }
}
