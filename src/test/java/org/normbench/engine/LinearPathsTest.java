package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.engine.task.LinearPathsTask;

/**
 * Spec 003 E6 (Observation 1, Fig. 1): the (ρ, V) reparametrization follows gradient descent's path up to Euler's
 * first-order error — halving η halves the gap — while weight normalization's path stays apart whatever η is.
 */
class LinearPathsTest {

    @Test
    void theReparametrizationIsGradientDescentAndWeightNormalizationIsNot() {
        Map<String, Double> coarse = paths(0.02);
        Map<String, Double> fine = paths(0.01);
        assertEquals(2, coarse.get("reparam_path_gap") / fine.get("reparam_path_gap"), 0.1, coarse + " " + fine);
        assertTrue(fine.get("reparam_path_gap") < 0.01, fine.toString());
        assertTrue(fine.get("wn_path_gap") > 0.1, fine.toString());
        assertEquals(coarse.get("wn_path_gap"), fine.get("wn_path_gap"), 0.02, "WN's gap is not a step-size effect");
    }

    private static Map<String, Double> paths(double learningRate) {
        return new LinearPathsTask(new LinearPathsTask.Config(new double[] {1, 0.2}, new double[] {0.3, 1},
                new double[] {0.5, -0.5}, learningRate, 100)).run(null, (series, step, value) -> { }, () -> false)
                .probeSummaries();
    }
}
