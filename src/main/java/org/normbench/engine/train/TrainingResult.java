package org.normbench.engine.train;

/** The outcome of one training loop: steps taken, first and last loss, why it stopped, wall time. */
public record TrainingResult(long steps, double initialLoss, double finalLoss, StopReason reason, double seconds) {
}
