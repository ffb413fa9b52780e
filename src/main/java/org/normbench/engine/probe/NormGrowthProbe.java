package org.normbench.engine.probe;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gradient descent's norm growth of weight-normalized directions (spec 002 eq. (2.3), §4.3–4.4): ∇_v L ⊥ v, so a
 * GD step can only lengthen each v_k, by exactly η²‖∇_{v_k}L‖². Every step it measures
 * e_23(s) = max_k |‖v_k(s+1)‖² − ‖v_k(s)‖² − η²‖∇_{v_k}L(s)‖²| / ‖v_k(s)‖² (float64 rounding, about 1e-15) and
 * records ν(s) = (1/m) Σ_k ‖v_k(s)‖/‖v_k(0)‖ (series {@value #SERIES}, ≥ 1 under GD, = 1 under gradient flow) every
 * {@code every} steps; summaries {@code norm_growth} (final ν) and {@code norm_growth_identity_error} (max e_23).
 */
public final class NormGrowthProbe implements Probe {

    public static final String SERIES = "norm_growth";

    private final NDArray directions;
    private final double learningRate;
    private final long every;
    private double[] initialNorms;
    private double[] previousSquares;
    private double[] predictedIncrements;
    private double identityError;
    private double growth;

    /** @param directions the v_k as rows, updated in place by plain GD with step {@code learningRate} */
    public NormGrowthProbe(NDArray directions, double learningRate, long every) {
        this.directions = directions;
        this.learningRate = learningRate;
        this.every = every;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        double loss = Math.exp(logLoss);
        // row sums as tensor reductions: only m numbers per step cross to Java, not the m × d tensors
        double[] squares = directions.square().sum(new int[] {1}).toDoubleArray();
        double[] gradientSquares = directions.getGradient().square().sum(new int[] {1}).toDoubleArray();
        int rows = squares.length;
        double[] increments = new double[rows];
        for (int k = 0; k < rows; k++) {
            increments[k] = learningRate * learningRate * loss * loss * gradientSquares[k];
        }
        if (initialNorms == null) {
            initialNorms = new double[rows];
            for (int k = 0; k < rows; k++) {
                initialNorms[k] = Math.sqrt(squares[k]);
            }
        } else {
            for (int k = 0; k < rows; k++) {
                double error = Math.abs(squares[k] - previousSquares[k] - predictedIncrements[k]) / previousSquares[k];
                identityError = Math.max(identityError, error);
            }
        }
        previousSquares = squares;
        predictedIncrements = increments;
        growth = 0;
        for (int k = 0; k < rows; k++) {
            growth += Math.sqrt(squares[k]) / initialNorms[k] / rows;
        }
        if (step % every == 0) {
            sink.point(SERIES, step, growth);
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        sink.point(SERIES, step, growth);
        Map<String, Double> summaries = new LinkedHashMap<>();
        summaries.put(SERIES, growth);
        if (step > 0) {
            summaries.put("norm_growth_identity_error", identityError);
        }
        return summaries;
    }
}
