package org.normbench.engine.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.normbench.engine.data.Dataset;

/**
 * How far a hidden layer moves from its initialization (spec 002 §4.4–4.5: the "lazy" trajectories of wide
 * networks, Lemmas B.7–C.3), from the effective weights w_k of any scheme, every {@code every} steps and at the end:
 * <ul>
 * <li>{@code weight_movement_max} max_k ‖w_k(s) − w_k(0)‖ and {@code weight_movement_rms}
 * √((1/m) Σ_k ‖w_k(s) − w_k(0)‖²);</li>
 * <li>{@code direction_change_max} max_k ‖w_k(s)/‖w_k(s)‖ − w_k(0)/‖w_k(0)‖‖ (WN's Δu) and {@code length_change_max}
 * max_k |‖w_k(s)‖ − ‖w_k(0)‖| (WN's Δg while g stays positive);</li>
 * <li>{@code activation_flip_fraction} F(s) = (1/(nm)) Σ_{i,k} 1[1{w_k(s)·x_i > 0} ≠ 1{w_k(0)·x_i > 0}];</li>
 * <li>summaries: each at the last step, and {@code relative_weight_movement} ‖W(s) − W(0)‖_F/‖W(0)‖_F.</li>
 * </ul>
 */
public final class WeightMovementProbe implements Probe {

    private final Supplier<NDArray> weights;
    private final double[][] data;
    private final long every;
    private NDArray inputs;
    private NDArray initial;
    private NDArray initialNorms;
    private NDArray initialUnits;
    private NDArray initialPattern;
    private double initialSquares;
    private long lastRecorded = -1;

    /**
     * @param weights the effective hidden weights, rows = neurons, read when a step is measured (a new tensor each
     *                time, inside the step's scope); the sums run as tensor reductions where the network trains
     */
    public WeightMovementProbe(Supplier<NDArray> weights, Dataset data, long every) {
        if (every < 1) {
            throw new IllegalArgumentException("interval must be positive, got " + every);
        }
        this.weights = weights;
        this.data = data.x();
        this.every = every;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step == 0) {
            NDArray w = weights.get();
            inputs = w.getManager().create(data);
            initial = w.duplicate();
            initialNorms = initial.norm(new int[] {1});
            initialUnits = initial.div(initialNorms.expandDims(1));
            initialPattern = pattern(initial);
            initialSquares = initial.square().sum().getDouble();
            // kept for the run: not closed with the step that made them
            NDScope.unregister(inputs, initial, initialNorms, initialUnits, initialPattern);
        }
        if (step % every == 0) {
            measure(sink, step);
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        if (initial == null) {
            return Map.of();
        }
        return step == lastRecorded ? measure(weights.get()) : measure(sink, step);
    }

    private Map<String, Double> measure(MetricSink sink, long step) {
        Map<String, Double> movement = measure(weights.get());
        movement.forEach((name, value) -> {
            if (!name.equals("relative_weight_movement")) {
                sink.point(name, step, value);
            }
        });
        lastRecorded = step;
        return movement;
    }

    private Map<String, Double> measure(NDArray w) {
        long m = w.getShape().get(0);
        NDArray moves = w.sub(initial).norm(new int[] {1});
        NDArray norms = w.norm(new int[] {1});
        double sumSquares = moves.square().sum().getDouble();
        long flips = pattern(w).neq(initialPattern).toType(DataType.INT64, false).sum().getLong();
        Map<String, Double> movement = new LinkedHashMap<>();
        movement.put("weight_movement_max", moves.max().getDouble());
        movement.put("weight_movement_rms", Math.sqrt(sumSquares / m));
        movement.put("direction_change_max", w.div(norms.expandDims(1)).sub(initialUnits).norm(new int[] {1}).max()
                .getDouble());
        movement.put("length_change_max", norms.sub(initialNorms).abs().max().getDouble());
        movement.put("activation_flip_fraction", (double) flips / (data.length * m));
        movement.put("relative_weight_movement", Math.sqrt(sumSquares / initialSquares));
        return movement;
    }

    /** 1{w_k·x_i > 0} for every point i and neuron k. */
    private NDArray pattern(NDArray w) {
        return inputs.matMul(w.transpose()).gt(0);
    }
}
