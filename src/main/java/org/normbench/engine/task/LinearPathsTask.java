package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 003 E6 (Theory III §4.1, Observation 1, Fig. 1): a linear classifier with two parameters on two examples
 * labelled +1, exponential loss L = Σ_n e^{−w·x_n}, followed three ways with the same small step η (Euler steps of
 * the flows, time t = η·step):
 * <ul>
 * <li>gradient descent on w: ẇ = Σ_n x_n e^{−w·x_n};</li>
 * <li>its (ρ, V) reparametrization, eqs. (13)–(14): ρ̇ = Vᵀẇ, V̇ = (I − VVᵀ)ẇ/ρ, ‖V‖ = 1 kept by renormalizing, and
 * w = ρV;</li>
 * <li>standard weight normalization w = g v/‖v‖ with gradient descent on g and v (eq. 12: from ‖v‖ = 1 the direction
 * moves ρ² times faster than in the reparametrization).</li>
 * </ul>
 * Observation 1: the first two are the same dynamics, so their paths differ only by the O(η) of Euler's method;
 * Fig. 1: weight normalization takes a different path. Records each path's w at log-spaced times and the largest
 * relative distance of either path from gradient descent's.
 */
public final class LinearPathsTask implements TrainingTask {

    /** Records per decade of time. */
    private static final int POINTS_PER_DECADE = 20;

    /**
     * @param x1, x2  the two examples (both labelled +1)
     * @param initial w(0) = ρ(0)V(0) = g(0)v(0), ‖v(0)‖ = 1
     * @param horizon the last time t = η·steps
     */
    public record Config(double[] x1, double[] x2, double[] initial, double learningRate, double horizon) {

        public Config {
            if (x1.length != 2 || x2.length != 2 || initial.length != 2) {
                throw new IllegalArgumentException("the network has two parameters: examples and w(0) are 2-vectors");
            }
            if (!(learningRate > 0) || !(horizon >= learningRate) || norm(initial) == 0) {
                throw new IllegalArgumentException("need η > 0, a horizon of at least one step and w(0) ≠ 0");
            }
        }
    }

    private final Config config;

    public LinearPathsTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        double eta = config.learningRate();
        double[] w = config.initial().clone();
        double rho = norm(w);
        double[] v = {w[0] / rho, w[1] / rho};
        double g = rho;
        double[] u = v.clone();
        long steps = Math.round(config.horizon() / eta);
        double reparamGap = 0;
        double normalizedGap = 0;
        double initialLogLoss = Math.log(loss(w));
        long nextRecord = 1;
        for (long s = 1; s <= steps; s++) {
            if (cancelled.getAsBoolean()) {
                return new TrainingResult(s, initialLogLoss, Math.log(loss(w)), StopReason.CANCELLED,
                        TrainingTask.secondsSince(started), 0, Map.of());
            }
            double[] flow = flow(w);
            w = new double[] {w[0] + eta * flow[0], w[1] + eta * flow[1]};
            // eqs. (13)-(14) at w = ρV
            double[] reparamFlow = flow(new double[] {rho * v[0], rho * v[1]});
            double radial = dot(v, reparamFlow);
            double[] tangential = {reparamFlow[0] - radial * v[0], reparamFlow[1] - radial * v[1]};
            double[] moved = {v[0] + eta * tangential[0] / rho, v[1] + eta * tangential[1] / rho};
            rho += eta * radial;
            v = unit(moved);
            // weight normalization: ∂L/∂g = ûᵀ∇_w L, ∂L/∂u = (g/‖u‖)(I − ûûᵀ)∇_w L
            double uNorm = norm(u);
            double[] direction = {u[0] / uNorm, u[1] / uNorm};
            double[] wnFlow = flow(new double[] {g * direction[0], g * direction[1]});
            double along = dot(direction, wnFlow);
            u = new double[] {u[0] + eta * g / uNorm * (wnFlow[0] - along * direction[0]),
                u[1] + eta * g / uNorm * (wnFlow[1] - along * direction[1])};
            g += eta * along;
            double[] reparamW = {rho * v[0], rho * v[1]};
            double[] normalizedW = {g * u[0] / norm(u), g * u[1] / norm(u)};
            reparamGap = Math.max(reparamGap, distance(w, reparamW) / norm(w));
            normalizedGap = Math.max(normalizedGap, distance(w, normalizedW) / norm(w));
            if (s == nextRecord || s == steps) {
                record(sink, "gd", s, w);
                record(sink, "reparam", s, reparamW);
                record(sink, "wn", s, normalizedW);
                nextRecord = Math.max(s + 1, Math.round(Math.pow(10, Math.floor(Math.log10(s) * POINTS_PER_DECADE + 1)
                        / POINTS_PER_DECADE)));
            }
        }
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("reparam_path_gap", reparamGap);
        summary.put("wn_path_gap", normalizedGap);
        return new TrainingResult(steps, initialLogLoss, Math.log(loss(w)), StopReason.STEP_CAP,
                TrainingTask.secondsSince(started), 0, summary);
    }

    /** ẇ = −∇L = Σ_n x_n e^{−w·x_n}. */
    private double[] flow(double[] w) {
        double a = Math.exp(-dot(w, config.x1()));
        double b = Math.exp(-dot(w, config.x2()));
        return new double[] {a * config.x1()[0] + b * config.x2()[0], a * config.x1()[1] + b * config.x2()[1]};
    }

    private double loss(double[] w) {
        return Math.exp(-dot(w, config.x1())) + Math.exp(-dot(w, config.x2()));
    }

    private static void record(MetricSink sink, String path, long step, double[] w) {
        sink.point(path + "_w1", step, w[0]);
        sink.point(path + "_w2", step, w[1]);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1];
    }

    private static double norm(double[] a) {
        return Math.hypot(a[0], a[1]);
    }

    private static double[] unit(double[] a) {
        double n = norm(a);
        return new double[] {a[0] / n, a[1] / n};
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
