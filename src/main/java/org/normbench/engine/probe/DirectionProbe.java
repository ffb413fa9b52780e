package org.normbench.engine.probe;

import static org.normbench.engine.Vectors.dot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.model.DenseLayer;

/**
 * Direction convergence of a linear classifier f(x) = w·x (spec 003 §4 items 1, 3, 7, 9; E1): at log-spaced
 * steps s (time t = ηs), ρ = ‖w‖, the direction error ε = ‖w/ρ − u*‖ against the known limit u* (the example
 * itself for one point, the max-margin direction otherwise) and the margin gap γ* − min_i y_i (w/ρ)·x_i. Series
 * {@value #ERROR}, {@value #RHO}, {@value #MARGIN_GAP}; summaries in docs/metrics.md.
 */
public final class DirectionProbe extends LogSpacedProbe {

    public static final String ERROR = "direction_error";
    public static final String RHO = "rho";
    public static final String MARGIN_GAP = "margin_gap";

    /** The rate fits start at t = 20 (spec 003 §6.1–6.2), after the initial transient. */
    static final double FIT_FROM_TIME = 20;
    /** Errors below this are float64 noise of the direction (the pilot's fit cut-off). */
    static final double ERROR_FLOOR = 1e-13;

    private final DenseLayer layer;
    private final double[] target;
    private final Dataset data;
    private final double learningRate;
    private final DoubleSupplier directionNorm;
    private final List<double[]> points = new ArrayList<>();
    private final double targetMargin;

    /**
     * @param target        u*, unit norm
     * @param directionNorm ‖v‖ of a weight-normalized layer's direction tensor, or null for an unnormalized one
     * @param perDecade     recording steps per decade of steps, up to {@code maxSteps}
     */
    public DirectionProbe(DenseLayer layer, double[] target, Dataset data, double learningRate,
            DoubleSupplier directionNorm, int perDecade, long maxSteps) {
        super(perDecade, maxSteps);
        this.layer = layer;
        this.target = target.clone();
        this.data = data;
        this.learningRate = learningRate;
        this.directionNorm = directionNorm;
        this.targetMargin = minMargin(target);
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        recordLast(step, sink);
        double[] last = points.get(points.size() - 1);
        Map<String, Double> summaries = new LinkedHashMap<>();
        summaries.put(ERROR, last[1]);
        summaries.put(MARGIN_GAP, last[3]);
        if (learningRate * step > Math.E) {
            // ρ/ln t is only meaningful once ln t is clearly positive
            summaries.put("rho_over_log_time", last[2] / Math.log(learningRate * step));
        }
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        List<double[]> fit = new ArrayList<>();
        for (double[] p : points) {
            double time = learningRate * p[0];
            if (time >= FIT_FROM_TIME) {
                low = Math.min(low, p[1] * p[2]);
                high = Math.max(high, p[1] * p[2]);
                if (p[1] > ERROR_FLOOR) {
                    double logTime = Math.log(time);
                    fit.add(new double[] {logTime * logTime, Math.log(p[1])});
                }
            }
        }
        if (high > 0) {
            summaries.put("error_rho_spread", high / low);
        }
        if (fit.size() >= 3) {
            LineFit line = LineFit.of(fit);
            summaries.put("log_error_slope", line.slope());
            summaries.put("log_error_slope_r2", line.r2());
            if (directionNorm != null) {
                // discrete-time WN: the direction's step shrinks by 1/‖v‖², so the slope is −½/‖v‖² (spec 003 §6.2)
                double norm = directionNorm.getAsDouble();
                summaries.put("direction_norm", norm);
                summaries.put("log_error_slope_ratio", line.slope() / (-0.5 / (norm * norm)));
            }
        }
        return summaries;
    }

    @Override
    void record(long step, MetricSink sink) {
        double[] w = layer.weights().toDoubleArray();
        double rho = Math.sqrt(dot(w, w));
        double[] u = new double[w.length];
        double error = 0;
        for (int j = 0; j < w.length; j++) {
            u[j] = w[j] / rho;
            error += (u[j] - target[j]) * (u[j] - target[j]);
        }
        error = Math.sqrt(error);
        double gap = targetMargin - minMargin(u);
        sink.point(ERROR, step, error);
        sink.point(RHO, step, rho);
        sink.point(MARGIN_GAP, step, gap);
        points.add(new double[] {step, error, rho, gap});
    }

    private double minMargin(double[] u) {
        double margin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            margin = Math.min(margin, data.y()[i] * dot(u, data.x()[i]));
        }
        return margin;
    }
}
