package org.normbench.engine.probe;

import static org.normbench.engine.Vectors.norm;

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

    private final Supplier<double[][]> weights;
    private final double[][] inputs;
    private final long every;
    private double[][] initial;
    private boolean[][] initialPattern;
    private long lastRecorded = -1;

    /** @param weights the effective hidden weights, rows = neurons, read when a step is measured */
    public WeightMovementProbe(Supplier<double[][]> weights, Dataset data, long every) {
        if (every < 1) {
            throw new IllegalArgumentException("interval must be positive, got " + every);
        }
        this.weights = weights;
        this.inputs = data.x();
        this.every = every;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step == 0) {
            initial = weights.get();
            initialPattern = pattern(initial);
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

    private Map<String, Double> measure(double[][] w) {
        int m = w.length;
        double maxMove = 0;
        double sumSquares = 0;
        double initialSquares = 0;
        double maxDirection = 0;
        double maxLength = 0;
        for (int k = 0; k < m; k++) {
            double normNow = norm(w[k]);
            double normThen = norm(initial[k]);
            double move = 0;
            double direction = 0;
            for (int j = 0; j < w[k].length; j++) {
                double delta = w[k][j] - initial[k][j];
                move += delta * delta;
                double turn = w[k][j] / normNow - initial[k][j] / normThen;
                direction += turn * turn;
                initialSquares += initial[k][j] * initial[k][j];
            }
            maxMove = Math.max(maxMove, Math.sqrt(move));
            sumSquares += move;
            maxDirection = Math.max(maxDirection, Math.sqrt(direction));
            maxLength = Math.max(maxLength, Math.abs(normNow - normThen));
        }
        boolean[][] now = pattern(w);
        long flips = 0;
        for (int i = 0; i < inputs.length; i++) {
            for (int k = 0; k < m; k++) {
                if (now[i][k] != initialPattern[i][k]) {
                    flips++;
                }
            }
        }
        Map<String, Double> movement = new LinkedHashMap<>();
        movement.put("weight_movement_max", maxMove);
        movement.put("weight_movement_rms", Math.sqrt(sumSquares / m));
        movement.put("direction_change_max", maxDirection);
        movement.put("length_change_max", maxLength);
        movement.put("activation_flip_fraction", (double) flips / ((long) inputs.length * m));
        movement.put("relative_weight_movement", Math.sqrt(sumSquares / initialSquares));
        return movement;
    }

    /** 1{w_k·x_i > 0} for every point i and neuron k. */
    private boolean[][] pattern(double[][] w) {
        boolean[][] active = new boolean[inputs.length][w.length];
        for (int i = 0; i < inputs.length; i++) {
            for (int k = 0; k < w.length; k++) {
                double z = 0;
                for (int j = 0; j < inputs[i].length; j++) {
                    z += w[k][j] * inputs[i][j];
                }
                active[i][k] = z > 0;
            }
        }
        return active;
    }
}
