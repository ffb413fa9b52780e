package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.task.NormalizedLossTask;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 003 §3.3 (E7): the random-label mixture and the constant input, and the task on a small synthetic problem —
 * it stops {@code holdSteps} after fitting every label, and its normalized cross-entropy lies just below log K
 * (f/ρ is small).
 */
class NormalizedLossTest {

    @Test
    void randomLabelsReplaceTheAskedShareAndTheConstantFeatureIsAppended() {
        int n = 20_000;
        ImageFeatures clean = new ImageFeatures(1, new float[n], new int[n]);
        ImageFeatures mixed = clean.withRandomLabels(0.5, 10, new Random(3));
        long changed = IntStream.of(mixed.labels()).filter(label -> label != 0).count();
        // half are redrawn, and 9 in 10 redraws differ from the true label 0
        assertEquals(0.45, changed / (double) n, 0.01);
        assertArrayEquals(clean.labels(), clean.withRandomLabels(0, 10, new Random(3)).labels());
        ImageFeatures two = new ImageFeatures(2, new float[] {1, 2, 3, 4}, new int[] {0, 1});
        ImageFeatures extended = two.withConstantFeature(1);
        assertEquals(3, extended.dimension());
        assertArrayEquals(new float[] {1, 2, 1, 3, 4, 1}, extended.values());
    }

    @Test
    void trainingStopsAfterInterpolationAndReportsTheNormalizedLosses() {
        Random random = new Random(5);
        ImageFeatures train = gaussianClasses(60, random);
        ImageFeatures test = gaussianClasses(200, random);
        TrainingResult result;
        try (NDManager manager = NDManager.newBaseManager()) {
            result = new NormalizedLossTask(new NormalizedLossTask.Config(train, test, 0.2, 32, 0.1, 0.9, 50, 5000, 1,
                    10)).run(manager, (series, step, value) -> { }, () -> false);
        }
        Map<String, Double> summary = result.probeSummaries();
        assertEquals(StopReason.CONVERGED, result.reason(), summary.toString());
        assertEquals(1.0, summary.get("train_accuracy"));
        assertEquals(summary.get("interpolation_step") + 50, result.steps(), 1, "stops holdSteps after fitting");
        double logClasses = Math.log(3);
        assertTrue(summary.get("normalized_train_ce") < logClasses && summary.get("normalized_train_ce") > 0.9
                * logClasses, summary.toString());
        assertEquals(summary.get("normalized_test_ce") - summary.get("normalized_train_ce"),
                summary.get("normalized_ce_gap"), 1e-15);
        assertTrue(summary.get("rho_final") > 1, summary.toString());
    }

    /** Three classes of 4-dimensional points around well separated means. */
    private static ImageFeatures gaussianClasses(int n, Random random) {
        float[] values = new float[n * 4];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < 4; j++) {
                values[i * 4 + j] = (float) ((j == labels[i] ? 2 : 0) + random.nextGaussian());
            }
        }
        return new ImageFeatures(4, values, labels);
    }
}
