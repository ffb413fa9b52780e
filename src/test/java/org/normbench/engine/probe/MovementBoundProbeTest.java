package org.normbench.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec 002 Lemmas C.2–C.3's radii and the measured movement on numbers worked by hand. */
class MovementBoundProbeTest {

    private static final MetricSink NOWHERE = (series, step, value) -> { };

    @Test
    void radiiAndRatiosOfAHandMovedLayer() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray v = manager.create(new double[][] {{1, 0}, {0, 1}});
            NDArray g = manager.create(new double[] {1, 2});
            // n = 4, m = 2, α = 0.5 ≤ 1: ω = λ_0/α² = 0.1/0.25 = 0.4; L(0) = 2, so ‖f(0) − y‖ = √(2L(0)) = 2
            MovementBoundProbe probe = new MovementBoundProbe(v, g, 0.5, 4, 0.1, 7);
            probe.onStep(0, Math.log(2), NOWHERE);
            v.set(new double[] {4, 4, 0, 1});
            g.set(new double[] {1, 1.5});
            Map<String, Double> summary = probe.onFinish(10, -5, NOWHERE);
            double scale = Math.sqrt(4) * 2 / (Math.sqrt(2) * 0.4);
            assertEquals(8 * scale / 0.5, summary.get("movement_bound_v"), 1e-12);
            assertEquals(4 * scale, summary.get("movement_bound_g"), 1e-12);
            assertEquals(5, summary.get("direction_tensor_movement_max"), 1e-15, "v_0 moved by (3, 4)");
            assertEquals(0.5, summary.get("length_movement_max"), 1e-15);
            assertEquals(5 / (8 * scale / 0.5), summary.get("movement_bound_v_ratio"), 1e-15);
        }
    }

    @Test
    void aboveAlphaOneTheLengthRegimeSetsOmega() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray v = manager.create(new double[][] {{1, 0}});
            NDArray g = manager.create(new double[] {1});
            MovementBoundProbe probe = new MovementBoundProbe(v, g, 3, 1, 0.1, 0.5);
            probe.onStep(0, Math.log(0.5), NOWHERE);
            // ω = μ_0 = 0.5, ‖f(0) − y‖ = 1: R'_g = 4·1·1/(1·0.5) = 8
            assertEquals(8, probe.onFinish(0, 0, NOWHERE).get("movement_bound_g"), 1e-12);
        }
    }
}
