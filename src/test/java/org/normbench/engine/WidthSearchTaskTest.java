package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.normbench.engine.task.TrainingTask;
import org.normbench.engine.task.WidthSearchTask;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/** Spec 002 E6's bisection over the width, on trials whose outcome is set by the width alone. */
class WidthSearchTaskTest {

    private final Map<String, List<Double>> points = new HashMap<>();

    /** Widths from 37 up converge with a stable kernel; narrower ones keep only 0.3 of λ_min. */
    private static TrainingTask trial(int width) {
        boolean wide = width >= 37;
        Map<String, Double> summary = new HashMap<>(Map.of("kernel_stability", wide ? 0.8 : 0.3,
                "fitted_rate_r2", 0.999, "fitted_rate", (double) width));
        return (manager, sink, cancelled) -> new TrainingResult(100, 1, wide ? -14 : -3,
                wide ? StopReason.CONVERGED : StopReason.STEP_CAP, 0.1, 0.01, summary);
    }

    private TrainingResult search(int minWidth, int maxWidth, double resolution) {
        return search(minWidth, maxWidth, resolution, () -> false);
    }

    private TrainingResult search(int minWidth, int maxWidth, double resolution, BooleanSupplier cancelled) {
        WidthSearchTask task = new WidthSearchTask(new WidthSearchTask.Config(minWidth, maxWidth, resolution, 0.5,
                0.99, WidthSearchTaskTest::trial));
        try (NDManager manager = NDManager.newBaseManager()) {
            return task.run(manager, (series, step, value) -> points.computeIfAbsent(series,
                    s -> new ArrayList<>()).add(value), cancelled);
        }
    }

    @Test
    void bisectsInLogWidthToTheResolution() {
        TrainingResult result = search(4, 4096, 1.1);
        // 4096 passes, 4 fails, then √(lo·hi): 128 ✓, 23 ✗, 54 ✓, 35 ✗, 43 ✓, 39 ✓, 37 ✓ (37/35 ≤ 1.1)
        assertEquals(List.of(4096.0, 4.0, 128.0, 23.0, 54.0, 35.0, 43.0, 39.0, 37.0), points.get("trial_width"));
        assertEquals(List.of(1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0), points.get("trial_passed"));
        assertEquals(37.0, result.probeSummaries().get(WidthSearchTask.WIDTH_NEEDED));
        assertEquals(9.0, result.probeSummaries().get("width_trials"));
        assertEquals(37.0, result.probeSummaries().get("fitted_rate"), "the summaries of the training at m*");
        assertEquals(StopReason.CONVERGED, result.reason());
        assertEquals(900, result.steps());
        assertEquals(-14, result.finalLogLoss());
    }

    @Test
    void aCoarseResolutionStopsEarlierWithAnUpperEnd() {
        TrainingResult result = search(4, 4096, 4);
        // 4096 ✓, 4 ✗, 128 ✓, 23 ✗, 54 ✓: 54/23 ≤ 4
        assertEquals(List.of(4096.0, 4.0, 128.0, 23.0, 54.0), points.get("trial_width"));
        assertEquals(54.0, result.probeSummaries().get(WidthSearchTask.WIDTH_NEEDED));
    }

    @Test
    void aNarrowestWidthThatPassesIsTheAnswer() {
        assertEquals(40.0, search(40, 400, 1.1).probeSummaries().get(WidthSearchTask.WIDTH_NEEDED));
        assertEquals(List.of(400.0, 40.0), points.get("trial_width"));
    }

    @Test
    void whenEvenTheWidestFailsThereIsNoWidthAndTheRunSaysSo() {
        TrainingResult result = search(2, 30, 1.1);
        assertFalse(result.probeSummaries().containsKey(WidthSearchTask.WIDTH_NEEDED));
        assertEquals(1.0, result.probeSummaries().get("width_trials"));
        assertEquals(StopReason.STEP_CAP, result.reason());
    }

    /** A search cancelled after its third trial names no m*: its bracket was still 4 … 128. */
    @Test
    void aCancelledSearchReportsNoWidth() {
        TrainingResult result = search(4, 4096, 1.1,
                () -> points.getOrDefault("trial_width", List.of()).size() >= 3);
        assertEquals(List.of(4096.0, 4.0, 128.0), points.get("trial_width"));
        assertFalse(result.probeSummaries().containsKey(WidthSearchTask.WIDTH_NEEDED));
        assertEquals(StopReason.CANCELLED, result.reason());
    }

    @Test
    void badBracketsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WidthSearchTask.Config(10, 5, 1.1, 0.5, 0.99,
                WidthSearchTaskTest::trial));
        assertThrows(IllegalArgumentException.class, () -> new WidthSearchTask.Config(1, 5, 1, 0.5, 0.99,
                WidthSearchTaskTest::trial));
    }
}
