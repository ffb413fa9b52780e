package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.normbench.engine.task.BalancedFlowTask;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 003 E2a: the balanced N = 1 flow against its closed form for K = 1, the ODE itself, and the pilot's table
 * (`p2_rho_growth.py`: ρ at t = 10³ and 10¹² and the per-layer norm at 10¹², for K = 2, 4, 8).
 */
class BalancedFlowTest {

    private record Run(TrainingResult result, Map<Long, Double> rho) {
    }

    private static Run run(int depth) {
        Map<Long, Double> rho = new TreeMap<>();
        TrainingResult result = new BalancedFlowTask(new BalancedFlowTask.Config(depth, 12, 10)).run(null,
                (series, step, value) -> {
                    if (series.equals("rho")) {
                        rho.put(step, value);
                    }
                }, () -> false);
        return new Run(result, rho);
    }

    @Test
    void oneLayerHasTheClosedForm() {
        Run one = run(1);
        assertEquals(118, one.rho().size(), "1, 2, 3, 4, 5, 6, 8, 10, 13, … (whole times)");
        one.rho().forEach((t, rho) -> assertEquals(Math.log(Math.E + t), rho, 1e-11 * rho, "t = " + t));
        assertEquals(-Math.log(Math.E + 1e12), one.result().finalLogLoss(), 1e-10, "the loss is e^−ρ");
    }

    @Test
    void deeperNetsFollowTheOdeAndThePilot() {
        Map<Integer, double[]> pilot = Map.of(2, new double[] {9.75, 31.75, 5.64}, 4, new double[] {11.85, 34.27,
                2.42}, 8, new double[] {13.37, 35.93, 1.57});
        pilot.forEach((depth, expected) -> {
            Run run = run(depth);
            assertEquals(expected[0], run.rho().get(1000L), 0.006, "ρ(10³), K = " + depth);
            assertEquals(expected[1], run.result().probeSummaries().get("rho_at_t_1e12"), 0.006, "K = " + depth);
            assertEquals(expected[2], run.result().probeSummaries().get("balanced_layer_norm_final"), 0.006);
            // ρ' = K ρ^{2−2/K} e^{−ρ}, checked by a central difference in t on the solver itself
            double t = 1e6;
            double h = 1e-3 * t;
            double rho = rootAt(t, depth);
            double derivative = (rootAt(t + h, depth) - rootAt(t - h, depth)) / (2 * h);
            assertEquals(depth * Math.pow(rho, 2 - 2.0 / depth) * Math.exp(-rho), derivative, 1e-6 * derivative);
        });
    }

    private static double rootAt(double t, int depth) {
        return BalancedFlowTask.advance(1, 0, t, depth);
    }
}
