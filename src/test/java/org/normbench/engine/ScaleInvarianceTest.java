package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.model.FeatureNormalization;
import org.normbench.engine.task.ScaleInvarianceTask;

/**
 * Spec 004 S0 (Lemma 1) on a synthetic batch: BN and LN make every hidden weight matrix scale-invariant (orthogonal
 * gradient, unchanged loss, gradient scaled by 1/k) up to their ε, the head never is, and the unnormalized net has
 * no invariant tensor.
 */
class ScaleInvarianceTest {

    @Test
    void normalizedHiddenLayersAreScaleInvariantAndTheHeadIsNot() {
        for (FeatureNormalization normalization : new FeatureNormalization[] {FeatureNormalization.BATCH,
            FeatureNormalization.LAYER}) {
            Map<String, Double> summary = measure(normalization);
            assertTrue(summary.get("max_weight_gradient_cosine_hidden") < 1e-4, summary.toString());
            assertTrue(summary.get("max_gradient_scaling_error_hidden") < 1e-3, summary.toString());
            assertTrue(summary.get("max_scaled_loss_change_hidden") < 1e-5, summary.toString());
            assertTrue(summary.get("scaled_loss_change_head") > 1e-3, "the head is not invariant: " + summary);
            assertEquals(3.0, summary.get("scale_invariant_tensors"), normalization + ": " + summary);
        }
        Map<String, Double> none = measure(FeatureNormalization.NONE);
        assertEquals(0.0, none.get("scale_invariant_tensors"), none.toString());
        // every layer of the homogeneous unnormalized net: the same loss change, gradients far from g/k — measured at
        // the unscaled weights for each tensor, not where scaling the previous one left them
        for (String tensor : new String[] {"hidden_1", "hidden_2", "hidden_3", "head"}) {
            assertTrue(none.get("gradient_scaling_" + tensor) > 1.5, tensor + ": " + none);
            assertEquals(none.get("scaled_loss_change_hidden_1"), none.get("scaled_loss_change_" + tensor), 1e-9);
        }
    }

    private static Map<String, Double> measure(FeatureNormalization normalization) {
        Random random = new Random(2);
        int n = 64;
        float[] values = new float[n * 6];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < 6; j++) {
                values[i * 6 + j] = (float) random.nextGaussian();
            }
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            return new ScaleInvarianceTask(new ScaleInvarianceTask.Config(new ImageFeatures(6, values, labels),
                    normalization, 16, 3, 32, 3.7, 1)).run(manager, (series, step, value) -> { }, () -> false)
                    .probeSummaries();
        }
    }
}
