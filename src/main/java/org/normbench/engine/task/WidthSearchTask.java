package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 002 E6: the smallest width m* at which a network trains the way the theory describes — it reaches the stop
 * rule's target, keeps λ_min of its training kernel at ≥ {@code minKernelStability} of the initial value, and its
 * loss falls log-linearly (R² of the fitted rate ≥ {@code minFitR2}) — found by bisection in log m between
 * {@code minWidth} and {@code maxWidth} until the bracket's ratio is at most {@code resolution}. Each trial is a
 * whole training at one width. Series (by trial number): {@code trial_width}, {@code trial_passed} (1/0),
 * {@code trial_kernel_stability}; summaries {@code width_needed} (m*, with the summaries of the training at m*) and
 * {@code width_trials}. m* is left out when even {@code maxWidth} fails (the run then ends as STEP_CAP) and when
 * the search is cancelled before its end. Bisection assumes that a wider network never does worse, which holds in
 * expectation, not draw by draw: m* is the bracket's upper end, not a threshold every wider width passes.
 */
public final class WidthSearchTask implements TrainingTask {

    public static final String WIDTH_NEEDED = "width_needed";

    /**
     * @param minWidth           the narrowest width tried
     * @param maxWidth           the widest width tried
     * @param resolution         stop when the bracket's upper end over its lower end is at most this (&gt; 1)
     * @param minKernelStability min_s λ_min(K(s))/λ_min(K(0)) a passing trial keeps (spec 002: 1/2)
     * @param minFitR2           R² of the fitted rate a passing trial reaches (spec 002: 0.99)
     * @param trialAtWidth       the training at one width
     */
    public record Config(int minWidth, int maxWidth, double resolution, double minKernelStability, double minFitR2,
            IntFunction<TrainingTask> trialAtWidth) {

        public Config {
            if (minWidth < 1 || maxWidth < minWidth) {
                throw new IllegalArgumentException("widths must satisfy 1 ≤ min ≤ max, got " + minWidth + " and "
                        + maxWidth);
            }
            if (!(resolution > 1)) {
                throw new IllegalArgumentException("the bracket's resolution must exceed 1, got " + resolution);
            }
        }
    }

    private final Config config;
    private long trials;
    private long steps;
    private double probeSeconds;

    public WidthSearchTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        trials = 0;
        steps = 0;
        probeSeconds = 0;
        Map<String, Double> summary = new LinkedHashMap<>();
        Trial widest = trial(config.maxWidth(), manager, sink, cancelled);
        Trial needed = null;
        if (widest.passed()) {
            needed = widest;
            int low = config.minWidth();
            int high = config.maxWidth();
            Trial narrowest = trial(low, manager, sink, cancelled);
            if (narrowest.passed()) {
                needed = narrowest;
                high = low;
            }
            while (high > low && (double) high / low > config.resolution() && !cancelled.getAsBoolean()) {
                int middle = (int) Math.round(Math.sqrt((double) low * high));
                if (middle <= low || middle >= high) {
                    break;
                }
                Trial t = trial(middle, manager, sink, cancelled);
                if (t.passed()) {
                    high = middle;
                    needed = t;
                } else {
                    low = middle;
                }
            }
            if (!cancelled.getAsBoolean()) {
                summary.putAll(needed.result().probeSummaries());
                summary.put(WIDTH_NEEDED, (double) needed.width());
            }
        }
        summary.put("width_trials", (double) trials);
        TrainingResult shown = needed != null ? needed.result() : widest.result();
        StopReason reason = cancelled.getAsBoolean() ? StopReason.CANCELLED
                : needed != null ? StopReason.CONVERGED : StopReason.STEP_CAP;
        return new TrainingResult(steps, shown.initialLogLoss(), shown.finalLogLoss(), reason,
                TrainingTask.secondsSince(started), probeSeconds, summary);
    }

    private Trial trial(int width, NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        TrainingResult result;
        // each trial's tensors are freed before the next; its own points would swamp the run's series
        try (NDManager trialManager = manager.newSubManager()) {
            result = config.trialAtWidth().apply(width).run(trialManager, (series, step, value) -> { }, cancelled);
        }
        steps += result.steps();
        probeSeconds += result.probeSeconds();
        Map<String, Double> s = result.probeSummaries();
        double stability = s.getOrDefault("kernel_stability", Double.NaN);
        boolean passed = result.reason() == StopReason.CONVERGED && stability >= config.minKernelStability()
                && s.getOrDefault("fitted_rate_r2", Double.NaN) >= config.minFitR2();
        sink.point("trial_width", trials, width);
        sink.point("trial_passed", trials, passed ? 1 : 0);
        if (!Double.isNaN(stability)) {
            sink.point("trial_kernel_stability", trials, stability);
        }
        trials++;
        return new Trial(width, passed, result);
    }

    private record Trial(int width, boolean passed, TrainingResult result) {
    }
}
