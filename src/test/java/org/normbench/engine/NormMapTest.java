package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.engine.task.NormMapTask;
import org.normbench.engine.task.NormMapTask.Shape;

/**
 * Spec 004 S1: the exact norm maps against their fixed point, Thm 3's angular update, the pilot's contraction
 * factors ({@code run_maps.py}: 1 − ρ = 4.000e-4 for SGD, 4.156e-3 at α = 0.9) and its tracking of a sine.
 */
class NormMapTest {

    private static final double ETA = 0.1;
    private static final double LAMBDA = 1e-3;

    @Test
    void startedAtItsFixedPointTheNoiseFreeMapStaysThereWithThm3sAngle() {
        for (double alpha : new double[] {0, 0.9}) {
            // eq. (89): (w*)² = √(Lη/(λ(1−α)(2 − λη/(1+α))))
            double fixedPoint = Math.sqrt(10 * ETA / (LAMBDA * (1 - alpha) * (2 - LAMBDA * ETA / (1 + alpha))));
            List<double[]> norms = new ArrayList<>();
            List<Double> angles = new ArrayList<>();
            Map<String, Double> summary = new NormMapTask(new NormMapTask.Config(alpha, ETA, LAMBDA, fixedPoint, 10,
                    Shape.CONSTANT, 0, 5000, 10_000, 1, 1)).run(null, (series, step, value) -> {
                        if (series.equals("squared_norm")) {
                            norms.add(new double[] {step, value});
                        } else if (series.equals("angular_update")) {
                            angles.add(value);
                        }
                    }, () -> false).probeSummaries();
            // the start has no motion (w_{−1} = w_0), off SGDM's fixed point, a transient that decays like e^{−0.004 t}
            double last = norms.get(norms.size() - 1)[1];
            assertEquals(fixedPoint, last, 1e-9 * fixedPoint, "α = " + alpha + ": eq. (89) is the fixed point");
            double exactAngle = Math.acos(1 - LAMBDA * ETA / (1 + alpha));
            assertEquals(exactAngle, angles.get(angles.size() - 1), 1e-9, "cos Δ* = 1 − λη/(1+α)");
            assertEquals(Math.sqrt(2 * LAMBDA * ETA / (1 + alpha)), exactAngle, 1e-4 * exactAngle, "Thm 3");
            assertEquals(1, summary.get("steps_to_norm_equilibrium"), "steps count from 1");
            double expected = alpha == 0 ? 4.000e-4 : 4.156e-3;
            assertEquals(expected, summary.get("linearized_contraction"), 1e-3 * expected);
        }
    }

    @Test
    void momentumTracksASineThatPlainSgdCannotFollow() {
        Map<String, Double> sgd = sine(0);
        Map<String, Double> sgdm = sine(0.9);
        // pilot (numpy's noise): 0.389 and 0.100
        assertEquals(0.389, sgd.get("tracking_error_tail"), 0.01);
        assertEquals(0.100, sgdm.get("tracking_error_tail"), 0.01);
        assertTrue(!sgd.containsKey("steps_to_norm_equilibrium") || sgd.get("steps_to_norm_equilibrium") > 0);
    }

    private static Map<String, Double> sine(double alpha) {
        return new NormMapTask(new NormMapTask.Config(alpha, ETA, LAMBDA, 10, 10, Shape.SINE, 3, 5000, 20_000, 100,
                1)).run(null, (series, step, value) -> { }, () -> false).probeSummaries();
    }
}
