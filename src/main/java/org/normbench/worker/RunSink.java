package org.normbench.worker;

import ai.djl.ndarray.NDList;
import org.normbench.engine.probe.MetricSink;

/** A run's sink on a worker: metric points go to {@code points}, parameter snapshots into the run's folder. */
record RunSink(MetricSink points, RunFolder folder) implements MetricSink {

    @Override
    public void point(String series, long step, double value) {
        points.point(series, step, value);
    }

    @Override
    public void snapshot(String checkpoint, long step, double logLoss, NDList parameters) {
        folder.snapshot(checkpoint, step, logLoss, parameters);
    }
}
