package org.normbench.engine.train;

import java.util.Map;

/**
 * The outcome of one training loop: steps taken, first and last loss, why it stopped, wall time, and the
 * summary metrics its probes computed.
 */
public record TrainingResult(long steps, double initialLoss, double finalLoss, StopReason reason, double seconds,
        Map<String, Double> probeSummaries) {
}
