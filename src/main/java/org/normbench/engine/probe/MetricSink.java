package org.normbench.engine.probe;

import ai.djl.ndarray.NDList;

/**
 * Where a run's measurements go: probes write metric points, the training loop its parameter snapshots at
 * checkpoints and at the steps the sink asks for. The worker forwards points to the portal and uploads snapshots as artifacts.
 */
@FunctionalInterface
public interface MetricSink {

    void point(String series, long step, double value);

    /**
     * The trainable tensors at a checkpoint ({@code init}, {@code log_loss_-10}, … , {@code final}), to be copied
     * before the loop moves on; a sink that keeps no files ignores them.
     */
    default void snapshot(String checkpoint, long step, double logLoss, NDList parameters) {
    }

    /** Whether the parameters after {@code step} updates are wanted as well (a run's snapshot steps). */
    default boolean snapshotsAt(long step) {
        return false;
    }
}
