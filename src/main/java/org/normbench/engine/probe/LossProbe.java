package org.normbench.engine.probe;

import java.util.Map;

/** Records the training loss every {@code every} steps and at the last step (series {@value #SERIES}). */
public final class LossProbe implements Probe {

    public static final String SERIES = "loss";

    private final long every;
    private long lastRecorded = -1;

    public LossProbe(long every) {
        if (every < 1) {
            throw new IllegalArgumentException("logging interval must be positive, got " + every);
        }
        this.every = every;
    }

    @Override
    public void onStep(long step, double loss, MetricSink sink) {
        if (step % every == 0) {
            sink.point(SERIES, step, loss);
            lastRecorded = step;
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double loss, MetricSink sink) {
        if (step != lastRecorded) {
            sink.point(SERIES, step, loss);
        }
        return Map.of();
    }
}
