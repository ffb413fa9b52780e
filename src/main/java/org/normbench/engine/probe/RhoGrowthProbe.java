package org.normbench.engine.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;

/**
 * ρ growth and layer balance of a bias-free homogeneous net f = W_K σ(⋯σ(W_1 x)) under GD (spec 003 §4 items 1,
 * 3, 7, 8, 10; E2b): at log-spaced steps the layer norms ρ_k = ‖W_k‖_F, ρ = Π_k ρ_k, the layer-normalized margin
 * γ_min = min_n y_n f(x_n)/ρ, ργ_min, and the balance B = (max_k Δ_k − min_k Δ_k)/max_k |Δ_k| with
 * Δ_k = ‖W_k‖² − ‖W_k(0)‖² (eq. 63: 0 under gradient flow); the separation step (checked every step until found)
 * and the test error at the end. Series {@value #LAYER_NORM}.k, {@value DirectionProbe#RHO}, {@value #MARGIN},
 * {@value #RHO_MARGIN}, {@value #BALANCE}.
 */
public final class RhoGrowthProbe extends LogSpacedProbe {

    public static final String LAYER_NORM = "layer_norm";
    public static final String MARGIN = "layer_normalized_margin";
    public static final String RHO_MARGIN = "rho_margin";
    public static final String BALANCE = "balance_error";

    /** Lemma 8's monotonicity is checked with this slack (spec 003 §6.6). */
    static final double MONOTONICITY_TOLERANCE = 1e-9;
    /** The ργ slope is fitted over the last two decades of steps (spec 003 §4 item 7). */
    static final double FIT_DECADES = 2;

    private final FeedForwardNetwork network;
    private final Supplier<double[]> trainMargins;
    private final Supplier<double[]> testMargins;
    private final double learningRate;
    private final double[] initialSquares;
    private final List<double[]> points = new ArrayList<>();
    private long separation = -1;

    /** @param trainMargins y_n f(x_n) on the training set; {@code testMargins} the same on the test set */
    public RhoGrowthProbe(FeedForwardNetwork network, Supplier<double[]> trainMargins, Supplier<double[]> testMargins,
            double learningRate, int perDecade, long maxSteps) {
        super(perDecade, maxSteps);
        this.network = network;
        this.trainMargins = trainMargins;
        this.testMargins = testMargins;
        this.learningRate = learningRate;
        this.initialSquares = squaredNorms();
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (separation < 0 && min(trainMargins.get()) > 0) {
            separation = step;
        }
        super.onStep(step, logLoss, sink);
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        recordLast(step, sink);
        double[] last = points.get(points.size() - 1);
        Map<String, Double> summaries = new LinkedHashMap<>();
        summaries.put(MARGIN, last[2]);
        summaries.put(BALANCE, last[3]);
        List<double[]> fit = new ArrayList<>();
        double from = Math.max(1, step / Math.pow(10, FIT_DECADES));
        for (double[] p : points) {
            if (p[0] >= from && p[0] > 0) {
                fit.add(new double[] {Math.log(learningRate * p[0]), p[1] * p[2]});
            }
        }
        if (fit.size() >= 3) {
            summaries.put("rho_margin_slope", LineFit.of(fit).slope());
        }
        if (separation >= 0) {
            summaries.put("separation_step", (double) separation);
            int violations = 0;
            double previous = Double.NEGATIVE_INFINITY;
            for (double[] p : points) {
                if (p[0] >= 2 * separation) {
                    violations += p[2] < previous - MONOTONICITY_TOLERANCE ? 1 : 0;
                    previous = p[2];
                }
            }
            summaries.put("margin_violations", (double) violations);
        }
        summaries.put("test_error", errorRate(testMargins.get()));
        return summaries;
    }

    @Override
    void record(long step, MetricSink sink) {
        double[] squares = squaredNorms();
        double rho = 1;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double largest = 0;
        for (int k = 0; k < squares.length; k++) {
            rho *= Math.sqrt(squares[k]);
            sink.point(LAYER_NORM + "." + (k + 1), step, Math.sqrt(squares[k]));
            double change = squares[k] - initialSquares[k];
            low = Math.min(low, change);
            high = Math.max(high, change);
            largest = Math.max(largest, Math.abs(change));
        }
        double margin = min(trainMargins.get()) / rho;
        double balance = largest > 0 ? (high - low) / largest : 0;
        sink.point(DirectionProbe.RHO, step, rho);
        sink.point(MARGIN, step, margin);
        sink.point(RHO_MARGIN, step, rho * margin);
        sink.point(BALANCE, step, balance);
        points.add(new double[] {step, rho, margin, balance});
    }

    /** The share of margins y f(x) ≤ 0: misclassified points. */
    static double errorRate(double[] margins) {
        int wrong = 0;
        for (double m : margins) {
            wrong += m > 0 ? 0 : 1;
        }
        return (double) wrong / margins.length;
    }

    private double[] squaredNorms() {
        List<DenseLayer> layers = network.layers();
        double[] squares = new double[layers.size()];
        for (int k = 0; k < squares.length; k++) {
            squares[k] = layers.get(k).weights().square().sum().getDouble();
        }
        return squares;
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }
}
