package org.normbench.engine.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.normbench.engine.probe.ConvergenceProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.Probe;

/**
 * The training loop, in log space: at step s, ln L is evaluated at the parameters after s updates and
 * differentiated (unless the optimizer computes its own gradients), probes see it (gradients included), the stop
 * rule decides, then one optimizer step follows. The objective decides what data a step sees: all of it (full-batch
 * GD), or the next minibatch; a step may also be a whole epoch of minibatches ({@link LossAdaptiveSgd}).
 * Probes finish inside the last step, so they still see its gradients. One {@link NDScope} per step frees every
 * intermediate tensor (without it DJL leaks several MB per step). The sink gets parameter snapshots at step 0
 * ({@code init}), at the first step with ln L ≤ k for each of {@link ConvergenceProbe#LOG_LOSS_LEVELS}
 * ({@code log_loss_k}), at every step the sink asks for ({@code step_s}, the run's snapshot steps), and at the last
 * step ({@code final}): the reference points of pruning (spec 000 §6).
 */
public final class TrainingLoop {

    private static final List<Integer> LEVELS = ConvergenceProbe.LOG_LOSS_LEVELS;
    /** The checkpoint of the snapshot at step 0. */
    public static final String INIT = "init";
    /** The checkpoint of the snapshot at the last step. */
    public static final String FINAL = "final";

    private final Engine engine;

    public TrainingLoop(Engine engine) {
        this.engine = engine;
    }

    public TrainingResult train(Objective objective, Optimizer optimizer, StopRule stopRule, List<Probe> probes,
            MetricSink sink, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        long probeNanos = 0;
        NDList parameters = objective.parameters();
        double initialLogLoss = Double.NaN;
        double logLoss;
        boolean stalled = false;
        long step = 0;
        int levelsReached = 0;
        StopReason reason;
        Map<String, Double> summaries = new LinkedHashMap<>();
        // Grad mode is per thread and on in a fresh one; the collector restores whatever it found, and the
        // in-place updates below need it off.
        JniUtils.setGradMode(false);
        while (true) {
            try (NDScope scope = new NDScope()) {
                NDArray logLossTensor;
                if (optimizer.usesObjectiveGradient()) {
                    try (GradientCollector collector = engine.newGradientCollector()) {
                        logLossTensor = objective.logLoss();
                        collector.backward(logLossTensor);
                    }
                } else {
                    logLossTensor = objective.logLoss();
                }
                logLoss = logLossTensor.getDouble();
                if (step == 0) {
                    initialLogLoss = logLoss;
                    sink.snapshot(INIT, step, logLoss, parameters);
                }
                for (; levelsReached < LEVELS.size() && logLoss <= LEVELS.get(levelsReached); levelsReached++) {
                    sink.snapshot(levelCheckpoint(LEVELS.get(levelsReached)), step, logLoss, parameters);
                }
                if (step > 0 && sink.snapshotsAt(step)) {
                    sink.snapshot(stepCheckpoint(step), step, logLoss, parameters);
                }
                long probing = System.nanoTime();
                for (Probe probe : probes) {
                    probe.onStep(step, logLoss, sink);
                }
                probeNanos += System.nanoTime() - probing;
                reason = cancelled.getAsBoolean() ? StopReason.CANCELLED
                        : stalled ? StopReason.STALLED : stopRule.check(step, logLoss, initialLogLoss);
                if (reason != null) {
                    long finishing = System.nanoTime();
                    for (Probe probe : probes) {
                        summaries.putAll(probe.onFinish(step, logLoss, sink));
                    }
                    probeNanos += System.nanoTime() - finishing;
                    sink.snapshot(FINAL, step, logLoss, parameters);
                    break;
                }
                stalled = optimizer.step(parameters, logLoss, objective) == 0;
                if (optimizer.usesObjectiveGradient()) {
                    Gradients.zero(parameters);
                }
                scope.suppressNotUsedWarning();
            }
            step++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new TrainingResult(step, initialLogLoss, logLoss, reason, seconds, probeNanos / 1e9, summaries);
    }

    /** The checkpoint of the snapshot at the first step with ln L ≤ {@code level} (a negative level). */
    public static String levelCheckpoint(int level) {
        return "log_loss_" + level;
    }

    /** The checkpoint of a snapshot the sink asked for at {@code step}. */
    public static String stepCheckpoint(long step) {
        return "step_" + step;
    }
}
