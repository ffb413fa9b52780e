package org.normbench.worker;

import ai.djl.ndarray.NDList;
import java.util.Set;
import org.normbench.engine.probe.MetricSink;

/**
 * A run's sink on a worker: metric points go to {@code points}, parameter snapshots into the run's folder, also at
 * the run's {@code snapshotSteps}.
 */
record RunSink(MetricSink points, RunFolder folder, Set<Long> snapshotSteps) implements MetricSink {

    @Override
    public void point(String series, long step, double value) {
        points.point(series, step, value);
    }

    @Override
    public void snapshot(String checkpoint, long step, double logLoss, NDList parameters) {
        folder.snapshot(checkpoint, step, logLoss, parameters);
    }

    @Override
    public boolean snapshotsAt(long step) {
        return snapshotSteps.contains(step);
    }
}
