package org.normbench.engine.train;

import java.util.Map;

/**
 * The outcome of one training loop: steps taken, first and last ln L, why it stopped, wall time and the part of it
 * spent in probe calls (the 20% budget of docs/performance.md; 0 for a calculation without a training loop), and
 * the summary metrics its probes computed. A calculation that trains nothing (spec 002 E0) has no loss: NaN.
 */
public record TrainingResult(long steps, double initialLogLoss, double finalLogLoss, StopReason reason,
        double seconds, double probeSeconds, Map<String, Double> probeSummaries) {

    /** The same result, ended for another reason (a task or runner that knows better than the loop). */
    public TrainingResult withReason(StopReason newReason) {
        return new TrainingResult(steps, initialLogLoss, finalLogLoss, newReason, seconds, probeSeconds,
                probeSummaries);
    }

    public double initialLoss() {
        return Math.exp(initialLogLoss);
    }

    /** The final loss; 0 when it lies below the smallest double (ln L &lt; −745), see {@link #finalLogLoss}. */
    public double finalLoss() {
        return Math.exp(finalLogLoss);
    }
}
