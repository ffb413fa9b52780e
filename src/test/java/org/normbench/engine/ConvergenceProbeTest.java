package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.engine.probe.ConvergenceProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.scheme.WeightNormalization;
import org.normbench.engine.task.TwoLayerRegressionTask;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingResult;

/** Spec 002 §4.1's convergence summaries on hand-computed sequences and against the pilot. */
class ConvergenceProbeTest {

    private static final MetricSink IGNORE = (series, step, value) -> { };

    private static Map<String, Double> feed(ConvergenceProbe probe, double[] losses) {
        for (int s = 0; s < losses.length; s++) {
            probe.onStep(s, Math.log(losses[s]), IGNORE);
        }
        return probe.onFinish(losses.length - 1, Math.log(losses[losses.length - 1]), IGNORE);
    }

    @Test
    void geometricDecayHasItsExactRateAndThresholdSteps() {
        double q = 0.8; // L(s) = 3 q^s
        double[] losses = new double[120];
        for (int s = 0; s < losses.length; s++) {
            losses[s] = 3 * Math.pow(q, s);
        }
        Map<String, Double> summary = feed(new ConvergenceProbe(1), losses);
        assertEquals(-Math.log(q), summary.get("fitted_rate"), 1e-12);
        assertEquals(1.0, summary.get("fitted_rate_r2"), 1e-12);
        assertEquals(-Math.log(q), summary.get("tail_rate"), 1e-12);
        // T_ε = ceil(ln ε / ln q): 21, 42, 62, 83
        assertEquals(21.0, summary.get("steps_to_1e-2"));
        assertEquals(42.0, summary.get("steps_to_1e-4"));
        assertEquals(62.0, summary.get("steps_to_1e-6"));
        assertEquals(83.0, summary.get("steps_to_1e-8"));
    }

    @Test
    void tooFewPointsInTheWindowLeaveTheRateOut() {
        // falls from 1 to 1e-9 in 3 steps: at most one logged point inside [1e-6, 1e-2]
        Map<String, Double> summary = feed(new ConvergenceProbe(1), new double[] {1, 1e-1, 1e-4, 1e-9});
        assertFalse(summary.containsKey("fitted_rate"), summary.toString());
        assertEquals(3.0, summary.get("steps_to_1e-8"));
    }

    @Test
    void thresholdsNeverReachedAreLeftOut() {
        Map<String, Double> summary = feed(new ConvergenceProbe(1), new double[] {1, 0.5, 0.2, 0.1});
        assertFalse(summary.containsKey("steps_to_1e-2"));
        assertFalse(summary.containsKey("fitted_rate"));
    }

    /** Spec 002 E3, fixed η = 0.25, α = 1, m = 2000: the pilot fitted 0.127 (its own data and init draw). */
    @Test
    void fittedRateAgreesWithThePilot() {
        TwoLayerRegressionTask task = new TwoLayerRegressionTask(new TwoLayerRegressionTask.Config(50, 50, 1, 2000,
                new WeightNormalization(1), 0, TwoLayerRegressionTask.StepSize.fixed(0.25), StopRule.relative(1e-8, 20_000, 1e6), 1, 25));
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingResult result = task.run(manager, IGNORE, () -> false);
            double rate = result.probeSummaries().get("fitted_rate");
            System.out.printf("fitted rate %.4f (R² %.5f), tail rate %.4f%n", rate,
                    result.probeSummaries().get("fitted_rate_r2"), result.probeSummaries().get("tail_rate"));
            assertEquals(0.127, rate, 0.127 * 0.15, "within 15% of the pilot");
            assertTrue(result.probeSummaries().get("fitted_rate_r2") >= 0.99, "spec 002 §4.1: R² ≥ 0.99");
        }
    }
}
