package org.normbench.engine.probe;

import java.util.Map;

/** A metric hook in the training loop: sees every step and the end, and decides what to record. */
public interface Probe {

    /** Called at every step with ln L at the current parameters, before the optimizer moves them. */
    void onStep(long step, double logLoss, MetricSink sink);

    /**
     * Called once with the last step, whether or not {@link #onStep} recorded it; returns the probe's summary
     * metrics (a metric that cannot be computed for this run is left out, never faked).
     */
    Map<String, Double> onFinish(long step, double logLoss, MetricSink sink);
}
