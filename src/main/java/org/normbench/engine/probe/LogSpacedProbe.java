package org.normbench.engine.probe;

import java.util.Set;
import java.util.TreeSet;

/**
 * A probe that records at log-spaced steps (spec 003 §8: the phenomena are logarithmic in t) and at the last
 * step: {@code perDecade} steps per decade from 1 to {@code maxSteps}, rounded and deduplicated.
 */
abstract class LogSpacedProbe implements Probe {

    private final Set<Long> logged = new TreeSet<>();
    private long lastRecorded = -1;

    LogSpacedProbe(int perDecade, long maxSteps) {
        int count = (int) (perDecade * Math.ceil(Math.log10(Math.max(10, maxSteps))));
        for (int i = 0; i < count; i++) {
            logged.add(Math.round(Math.pow(maxSteps, i / (count - 1.0))));
        }
    }

    /** Records the current state at {@code step}. */
    abstract void record(long step, MetricSink sink);

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (logged.contains(step)) {
            record(step, sink);
            lastRecorded = step;
        }
    }

    /** Records the last step unless it was on the grid; call first in {@code onFinish}. */
    void recordLast(long step, MetricSink sink) {
        if (step != lastRecorded) {
            record(step, sink);
            lastRecorded = step;
        }
    }
}
