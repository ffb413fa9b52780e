package org.normbench.engine.probe;

import java.util.Map;

/**
 * Records the training loss L every {@code every} steps and at the last step (series {@value #SERIES}); a loss
 * below e^−745 is recorded as 0 (the run's summary keeps ln L exactly).
 */
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
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step % every == 0) {
            record(step, logLoss, sink);
            lastRecorded = step;
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        if (step != lastRecorded) {
            record(step, logLoss, sink);
        }
        return Map.of();
    }

    private static void record(long step, double logLoss, MetricSink sink) {
        sink.point(SERIES, step, Math.exp(logLoss));
    }
}
