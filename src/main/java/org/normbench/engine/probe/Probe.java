package org.normbench.engine.probe;

/** A metric hook in the training loop: sees every step and the end, and decides what to record. */
public interface Probe {

    void onStep(long step, double loss, MetricSink sink);

    /** Called once with the last step, whether or not {@link #onStep} recorded it. */
    void onFinish(long step, double loss, MetricSink sink);
}
