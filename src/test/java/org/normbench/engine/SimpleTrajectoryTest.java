package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.loss.ExponentialLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.probe.AxisLimitProbe;
import org.normbench.engine.probe.NeuronNormsProbe;
import org.normbench.engine.scheme.Schemes;
import org.normbench.engine.task.MarginClassificationTask;
import org.normbench.engine.train.LossAdaptiveStep;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 000 E-ST (Prop. 6) on f = w·z, z = (2, 1), exponential loss, η = k/L^0.9 with backtracking, to e^−50, from
 * the paper's five initial points. Checked against spec 000 §6 headline 2 and the numpy pilot
 * ({@code run_simple_traj.py}): EWN's smaller weight ends within 10% of Prop. 6's limit and the larger one
 * diverges (24–48 at e^−50); the unnormalized w keeps both weights and turns towards z/‖z‖.
 */
class SimpleTrajectoryTest {

    private static final double[] Z = {2, 1};

    /** w₁(0), w₂(0), and the pilot's EWN endpoint at e^−50. */
    @ParameterizedTest(name = "w(0) = ({0}, {1})")
    @CsvSource({"1, 1, 24.195, 2.001", "3, 1, 24.768, 1.179", "1, 3, 2.764, 44.691", "5, 1, 25.15, 1.09",
        "1, 5, 1.586, 47.899"})
    void ewnConvergesToAnAxisAtPropositionSixsLimit(double w1, double w2, double pilot1, double pilot2) {
        Outcome outcome = train("ewn", w1, w2);
        double[] end = outcome.end();
        int large = w1 * Z[0] >= w2 * Z[1] ? 0 : 1;
        int small = 1 - large;
        double[] w0 = {w1, w2};
        double limit = 1 / (1 / w0[small] - Z[small] / (w0[large] * Z[large]));
        System.out.printf("E-ST ewn (%.0f, %.0f): end (%.3f, %.3f), pilot (%.3f, %.3f), Prop. 6 limit %.3f%n", w1, w2,
                end[0], end[1], pilot1, pilot2, limit);
        assertEquals(limit, end[small], 0.1 * limit, "the smaller weight stops near Prop. 6's limit");
        assertTrue(end[large] >= 24 && end[large] <= 48, "the larger weight diverges: " + end[large]);
        assertEquals(pilot1, end[0], 0.1 * pilot1, "w₁ near the pilot's");
        assertEquals(pilot2, end[1], 0.1 * pilot2, "w₂ near the pilot's");
        assertEquals(Math.abs(end[small] - limit) / limit, outcome.summaries().get(AxisLimitProbe.SUMMARY), 1e-12,
                "the probe's distance to the limit");
    }

    @ParameterizedTest(name = "w(0) = ({0}, {1})")
    @CsvSource({"1, 1", "3, 1", "1, 3", "5, 1", "1, 5"})
    void unnormalizedTurnsTowardsTheDataPointAndStaysDense(double w1, double w2) {
        Outcome outcome = train("none", w1, w2);
        double[] end = outcome.end();
        assertFalse(outcome.summaries().containsKey(AxisLimitProbe.SUMMARY), "Prop. 6 is about EWN only");
        double cosine = (end[0] * Z[0] + end[1] * Z[1]) / (Math.hypot(end[0], end[1]) * Math.hypot(Z[0], Z[1]));
        System.out.printf("E-ST none (%.0f, %.0f): end (%.2f, %.2f), cos(w, z) %.4f%n", w1, w2, end[0], end[1],
                cosine);
        // unnormalized GD moves w along z only: w(t) = w(0) + s(t) z
        double s = (end[0] - w1) / Z[0];
        assertEquals(w2 + s * Z[1], end[1], 1e-9 * Math.abs(end[1]), "w − w(0) stays parallel to z");
        assertTrue(cosine >= 0.98, "direction within reach of z/‖z‖: cos " + cosine);
        assertTrue(Math.min(end[0], end[1]) > 8, "both weights grow");
    }

    /** The final (w₁, w₂), read from the per-weight norm series (all weights stay positive here), and the summaries. */
    private record Outcome(double[] end, Map<String, Double> summaries) {
    }

    private static Outcome train(String scheme, double w1, double w2) {
        MarginClassificationTask task = new MarginClassificationTask(new MarginClassificationTask.Config(
                new Dataset(new double[][] {Z}, new double[] {1}), List.<double[][]>of(new double[][] {{w1, w2}}),
                List.of(true), Schemes.create(scheme, Map.of()), Activation.LINEAR, new ExponentialLoss(),
                () -> new LossAdaptiveStep(new LossAdaptiveStep.Settings(0.01, 0.9, 0.1, 1.1)),
                StopRule.logLossLevel(-50, 100_000, 1e6), 1, 1, 0.2, 64, true));
        Map<String, TreeMap<Long, Double>> series = new TreeMap<>();
        TrainingResult result;
        try (NDManager manager = NDManager.newBaseManager()) {
            result = task.run(manager, (name, step, value) -> series.computeIfAbsent(name, k -> new TreeMap<>())
                    .put(step, value), () -> false);
        }
        assertEquals(StopReason.CONVERGED, result.reason());
        return new Outcome(new double[] {series.get(NeuronNormsProbe.SERIES_PREFIX + 0).lastEntry().getValue(),
            series.get(NeuronNormsProbe.SERIES_PREFIX + 1).lastEntry().getValue()}, result.probeSummaries());
    }
}
