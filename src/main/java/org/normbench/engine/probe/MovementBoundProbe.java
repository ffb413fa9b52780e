package org.normbench.engine.probe;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spec 002 Lemmas C.2 and C.3 (§4.4): under gradient descent every WN neuron stays within
 * R'_v = 8√n‖f(0) − y‖/(α√m ω) of its initial direction tensor v_k(0) and R'_g = 4√n‖f(0) − y‖/(√m ω) of its initial
 * length g_k(0), with ω = λ_0/α² for α ≤ 1 (the V regime) and μ_0 for α > 1 (the G regime), and ‖f(0) − y‖ = √(2L(0))
 * for the summed squared loss. At the end it reports the radii ({@code movement_bound_v}, {@code movement_bound_g}),
 * the measured Δv_max = max_k ‖v_k − v_k(0)‖ and Δg_max = max_k |g_k − g_k(0)| ({@code direction_tensor_movement_max},
 * {@code length_movement_max}) and their ratios ({@code movement_bound_v_ratio}, {@code movement_bound_g_ratio},
 * ≤ 1 when the lemmas hold; the spec expects them far below).
 */
public final class MovementBoundProbe implements Probe {

    private final NDArray directions;
    private final NDArray lengths;
    private final double alpha;
    private final int examples;
    private final double omega;
    private double[] initialDirections;
    private double[] initialLengths;
    private double residual;

    /**
     * @param directions the v_k as rows
     * @param lengths    the g_k
     * @param lambda0    λ_0 = λ_min(V∞) of the data
     * @param mu0        μ_0 = λ_min(G∞) of the data
     */
    public MovementBoundProbe(NDArray directions, NDArray lengths, double alpha, int examples, double lambda0,
            double mu0) {
        this.directions = directions;
        this.lengths = lengths;
        this.alpha = alpha;
        this.examples = examples;
        this.omega = alpha <= 1 ? lambda0 / (alpha * alpha) : mu0;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step == 0) {
            initialDirections = directions.toDoubleArray();
            initialLengths = lengths.toDoubleArray();
            residual = Math.sqrt(2 * Math.exp(logLoss));
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        if (initialDirections == null) {
            return Map.of();
        }
        double[] v = directions.toDoubleArray();
        double[] g = lengths.toDoubleArray();
        int width = g.length;
        int dimension = v.length / width;
        double directionMove = 0;
        double lengthMove = 0;
        for (int k = 0; k < width; k++) {
            double squares = 0;
            for (int j = 0; j < dimension; j++) {
                double delta = v[k * dimension + j] - initialDirections[k * dimension + j];
                squares += delta * delta;
            }
            directionMove = Math.max(directionMove, Math.sqrt(squares));
            lengthMove = Math.max(lengthMove, Math.abs(g[k] - initialLengths[k]));
        }
        double scale = Math.sqrt(examples) * residual / (Math.sqrt(width) * omega);
        double boundV = 8 * scale / alpha;
        double boundG = 4 * scale;
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("movement_bound_v", boundV);
        summary.put("movement_bound_g", boundG);
        summary.put("direction_tensor_movement_max", directionMove);
        summary.put("length_movement_max", lengthMove);
        summary.put("movement_bound_v_ratio", directionMove / boundV);
        summary.put("movement_bound_g_ratio", lengthMove / boundG);
        return summary;
    }
}
