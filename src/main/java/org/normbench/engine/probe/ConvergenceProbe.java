package org.normbench.engine.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Convergence summaries of spec 002 §4.1, with E(s) = 2L(s) (ratios and slopes are the same for L):
 * <ul>
 * <li>{@code steps_to_1e-2} … {@code steps_to_1e-8}: T_ε = min{s : L(s) ≤ ε L(0)}, over every step;</li>
 * <li>{@code steps_to_log_loss_-5} … {@code steps_to_log_loss_-300}: min{s : ln L(s) ≤ −k} for the absolute
 * levels k of spec 000 §4 (M8), over every step;</li>
 * <li>{@code fitted_rate} ρ̂ = −slope of ln L against s by least squares over the logged steps with
 * 1e-6 ≤ L/L(0) ≤ 1e-2, with {@code fitted_rate_r2}; left out when fewer than 3 logged steps fall in
 * the window ("too fast");</li>
 * <li>{@code tail_rate} = −(ln L(s_end) − ln L(s_start))/(s_end − s_start) over the last 10% of logged steps
 * that have L ≥ 1e-20 L(0).</li>
 * </ul>
 */
public final class ConvergenceProbe implements Probe {

    static final double[] THRESHOLDS = {1e-2, 1e-4, 1e-6, 1e-8};
    /** The levels k of ln L ≤ k that every run is timed at, and snapshotted at ({@code TrainingLoop}). */
    public static final List<Integer> LOG_LOSS_LEVELS = List.of(-5, -10, -30, -50, -100, -300);
    private static final double WINDOW_HIGH = 1e-2;
    private static final double WINDOW_LOW = 1e-6;
    private static final int MIN_WINDOW_POINTS = 3;
    private static final double TAIL_FLOOR = 1e-20;
    private static final double TAIL_FRACTION = 0.1;

    private final long logEvery;
    private final long[] stepsTo = new long[THRESHOLDS.length];
    private final long[] stepsToLevel = new long[LOG_LOSS_LEVELS.size()];
    /** (step, ln L) at the logged steps. */
    private final List<double[]> logged = new ArrayList<>();
    private double initialLogLoss = Double.NaN;

    public ConvergenceProbe(long logEvery) {
        if (logEvery < 1) {
            throw new IllegalArgumentException("logging interval must be positive, got " + logEvery);
        }
        this.logEvery = logEvery;
        Arrays.fill(stepsTo, -1);
        Arrays.fill(stepsToLevel, -1);
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step == 0) {
            initialLogLoss = logLoss;
        }
        double logRatio = logLoss - initialLogLoss;
        for (int i = 0; i < THRESHOLDS.length; i++) {
            if (stepsTo[i] < 0 && logRatio <= Math.log(THRESHOLDS[i])) {
                stepsTo[i] = step;
            }
        }
        for (int i = 0; i < LOG_LOSS_LEVELS.size(); i++) {
            if (stepsToLevel[i] < 0 && logLoss <= LOG_LOSS_LEVELS.get(i)) {
                stepsToLevel[i] = step;
            }
        }
        if (step % logEvery == 0) {
            logged.add(new double[] {step, logLoss});
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        Map<String, Double> summary = new LinkedHashMap<>();
        for (int i = 0; i < THRESHOLDS.length; i++) {
            if (stepsTo[i] >= 0) {
                summary.put("steps_to_" + label(THRESHOLDS[i]), (double) stepsTo[i]);
            }
        }
        for (int i = 0; i < LOG_LOSS_LEVELS.size(); i++) {
            if (stepsToLevel[i] >= 0) {
                summary.put("steps_to_log_loss_" + LOG_LOSS_LEVELS.get(i), (double) stepsToLevel[i]);
            }
        }
        if (!Double.isFinite(initialLogLoss)) {
            return summary;
        }
        List<double[]> window = logged.stream()
                .filter(p -> relative(p) <= WINDOW_HIGH && relative(p) >= WINDOW_LOW).toList();
        if (window.size() >= MIN_WINDOW_POINTS) {
            double[] fit = logLinearFit(window);
            summary.put("fitted_rate", -fit[0]);
            summary.put("fitted_rate_r2", fit[1]);
        }
        List<double[]> tailCandidates = logged.stream().filter(p -> relative(p) >= TAIL_FLOOR).toList();
        int tailPoints = Math.max(2, (int) Math.ceil(TAIL_FRACTION * tailCandidates.size()));
        if (tailCandidates.size() >= 2) {
            double[] start = tailCandidates.get(tailCandidates.size() - tailPoints);
            double[] end = tailCandidates.get(tailCandidates.size() - 1);
            summary.put("tail_rate", -(end[1] - start[1]) / (end[0] - start[0]));
        }
        return summary;
    }

    /** L/L(0) at a logged point. */
    private double relative(double[] point) {
        return Math.exp(point[1] - initialLogLoss);
    }

    /** Least-squares slope of ln L against step, and the fit's R². */
    private static double[] logLinearFit(List<double[]> points) {
        int n = points.size();
        double meanX = 0;
        double meanY = 0;
        for (double[] p : points) {
            meanX += p[0] / n;
            meanY += p[1] / n;
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (double[] p : points) {
            double dx = p[0] - meanX;
            double dy = p[1] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        return new double[] {slope, r2};
    }

    private static String label(double threshold) {
        return "1e" + Math.round(Math.log10(threshold));
    }
}
