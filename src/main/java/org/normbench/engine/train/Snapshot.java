package org.normbench.engine.train;

import java.util.List;

/**
 * A run's parameters as saved at one checkpoint of the training loop ({@link TrainingLoop#INIT}, a loss level, or
 * {@link TrainingLoop#FINAL}): the step, ln L there, and each trainable tensor's values in the model's parameter
 * order (row-major).
 */
public record Snapshot(String checkpoint, long step, double logLoss, List<double[]> parameters) {

    public Snapshot {
        parameters = List.copyOf(parameters);
    }
}
