package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.normbench.engine.probe.DirectionProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 003 E2a (Theory III §11.1.2, Fig. 2, eqs. 64–68): the gradient flow of a K-layer network on one example
 * (N = 1) with balanced layers, every layer norm r obeying r' = f̃ r^{K−1} e^{−r^K f̃} from r(0) = 1 with f̃ = 1, so
 * the product ρ = r^K has ρ' = K ρ^{2−2/K} e^{−ρ} and the loss is e^{−ρ}. No training and no ODE solver: separating
 * variables gives t(ρ) = (1/K) ∫₁^ρ e^x x^{2/K−2} dx exactly, so ρ(t) is the root of that integral (for K = 1,
 * e^ρ = e + t). Each time point continues the integral from the previous ρ (Simpson's rule on a fine grid) and
 * finds its root by Newton's method kept inside a bracket. Records ρ and r = ρ^{1/K} at log-spaced whole t up to
 * 10^horizon; the "step" of a point is t.
 */
public final class BalancedFlowTask implements TrainingTask {

    /** Simpson intervals per unit of ρ: the integrand varies on the scale of 1, so this is far below 1e-10. */
    private static final int INTERVALS_PER_UNIT = 2000;
    /** Safeguarded Newton iterations per time point; a handful suffice. */
    private static final int ROOT_ITERATIONS = 200;
    /** Relative accuracy of t(ρ) at each root. */
    private static final double TOLERANCE = 1e-12;
    /** ρ is reported as a summary every this many decades of t. */
    private static final int REPORTED_DECADES = 3;

    /**
     * @param depth            K
     * @param horizon          the last time is 10^horizon
     * @param pointsPerDecade  records per decade of t
     */
    public record Config(int depth, int horizon, int pointsPerDecade) {

        public Config {
            if (depth < 1 || horizon < 1 || pointsPerDecade < 1) {
                throw new IllegalArgumentException("depth, horizon and points per decade must be positive");
            }
        }
    }

    private final Config config;

    public BalancedFlowTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        int depth = config.depth();
        int perDecade = config.pointsPerDecade();
        Map<String, Double> summary = new LinkedHashMap<>();
        double rho = 1;
        double time = 0;
        long previous = 0;
        int points = config.horizon() * perDecade;
        for (int i = 0; i <= points; i++) {
            if (cancelled.getAsBoolean()) {
                return new TrainingResult(i, -1, -rho, StopReason.CANCELLED, TrainingTask.secondsSince(started), 0,
                        summary);
            }
            // whole times, so each point has a step of its own (t < 10 has fewer than perDecade of them)
            long t = Math.round(Math.pow(10, (double) i / perDecade));
            if (t > previous) {
                double next = advance(rho, time, t, depth);
                time += integral(rho, next, depth);
                rho = next;
                sink.point(DirectionProbe.RHO, t, rho);
                sink.point("balanced_layer_norm", t, Math.pow(rho, 1.0 / depth));
                previous = t;
            }
            if (i > 0 && i % (REPORTED_DECADES * perDecade) == 0) {
                summary.put("rho_at_t_1e" + i / perDecade, rho);
            }
        }
        summary.put("balanced_layer_norm_final", Math.pow(rho, 1.0 / depth));
        summary.put("rho_over_log_t", rho / (config.horizon() * Math.log(10)));
        return new TrainingResult(points, -1, -rho, StopReason.STEP_CAP, TrainingTask.secondsSince(started), 0,
                summary);
    }

    /** The ρ ≥ {@code from} at which t(ρ) = t, given t(from) = {@code time} ≤ t. */
    public static double advance(double from, double time, double t, int depth) {
        double low = from;
        double high = from + 1;
        while (time + integral(from, high, depth) < t) {
            high = from + 2 * (high - from);
        }
        double rho = (low + high) / 2;
        for (int i = 0; i < ROOT_ITERATIONS; i++) {
            double excess = time + integral(from, rho, depth) - t;
            if (Math.abs(excess) <= TOLERANCE * t) {
                return rho;
            }
            if (excess > 0) {
                high = rho;
            } else {
                low = rho;
            }
            double newton = rho - excess * depth / integrand(rho, depth);
            rho = newton > low && newton < high ? newton : (low + high) / 2;
        }
        throw new IllegalStateException("no root of t(ρ) = " + t + " for K = " + depth);
    }

    /** (1/K) ∫_a^b e^x x^{2/K−2} dx by Simpson's rule. */
    static double integral(double a, double b, int depth) {
        int intervals = 2 * Math.max(1, (int) Math.ceil((b - a) * INTERVALS_PER_UNIT / 2));
        double h = (b - a) / intervals;
        double sum = integrand(a, depth) + integrand(b, depth);
        for (int i = 1; i < intervals; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * integrand(a + i * h, depth);
        }
        return sum * h / 3 / depth;
    }

    private static double integrand(double x, int depth) {
        return Math.exp(x) * Math.pow(x, 2.0 / depth - 2);
    }
}
