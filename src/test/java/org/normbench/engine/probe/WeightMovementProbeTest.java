package org.normbench.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.Dataset;

/** Spec 002 §4.4–4.5's movement metrics on a two-neuron layer moved by hand. */
class WeightMovementProbeTest {

    @Test
    void movementDirectionLengthAndFlipsOfAHandMovedLayer() {
        double[][][] layer = {{{1, 0}, {0, 2}}};
        Dataset data = new Dataset(new double[][] {{1, -1}, {-1, 1}}, new double[] {0, 0});
        try (NDManager manager = NDManager.newBaseManager()) {
            movedByHand(new WeightMovementProbe(() -> manager.create(layer[0]), data, 1), layer);
        }
    }

    private static void movedByHand(WeightMovementProbe probe, double[][][] layer) {
        Map<String, Double> points = new HashMap<>();
        MetricSink sink = (series, step, value) -> points.put(series + "@" + step, value);
        probe.onStep(0, 0, sink);
        assertEquals(0, points.get("weight_movement_max@0"));
        assertEquals(0, points.get("activation_flip_fraction@0"));
        // neuron 0 turns by 90° at the same length, neuron 1 grows from 2 to 3 along its direction
        layer[0] = new double[][] {{0, 1}, {0, 3}};
        Map<String, Double> summary = probe.onFinish(1, 0, sink);
        assertEquals(Math.sqrt(2), summary.get("weight_movement_max"), 1e-15);
        assertEquals(Math.sqrt(1.5), summary.get("weight_movement_rms"), 1e-15);
        assertEquals(Math.sqrt(2), summary.get("direction_change_max"), 1e-15);
        assertEquals(1, summary.get("length_change_max"), 1e-15);
        assertEquals(Math.sqrt(3.0 / 5), summary.get("relative_weight_movement"), 1e-15);
        // neuron 0 fires on point 0 at first and on point 1 after: 2 of 4 (point, neuron) pairs flip
        assertEquals(0.5, summary.get("activation_flip_fraction"), 1e-15);
        assertEquals(0.5, points.get("activation_flip_fraction@1"), "the last step is recorded as a point too");
    }
}
