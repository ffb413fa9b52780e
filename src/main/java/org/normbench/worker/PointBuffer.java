package org.normbench.worker;

import java.util.ArrayList;
import java.util.List;
import org.normbench.engine.probe.MetricSink;
import org.normbench.queue.RunEvent;

/**
 * Collects a run's metric points and sends them as progress events when enough have piled up or enough
 * time has passed, so a fast loop does not send one record per step.
 */
final class PointBuffer implements MetricSink {

    private final long runId;
    private final String runToken;
    private final String workerId;
    private final RunEventPublisher publisher;
    private final int maxPoints;
    private final long intervalNanos;
    private final List<RunEvent.Point> points = new ArrayList<>();
    private long lastSent = System.nanoTime();

    PointBuffer(long runId, String runToken, String workerId, RunEventPublisher publisher, int maxPoints,
            long intervalNanos) {
        this.runId = runId;
        this.runToken = runToken;
        this.workerId = workerId;
        this.publisher = publisher;
        this.maxPoints = maxPoints;
        this.intervalNanos = intervalNanos;
    }

    @Override
    public void point(String series, long step, double value) {
        points.add(new RunEvent.Point(series, step, value));
        if (points.size() >= maxPoints || System.nanoTime() - lastSent >= intervalNanos) {
            publisher.send(RunEvent.progress(runId, runToken, workerId, drain()));
            lastSent = System.nanoTime();
        }
    }

    /** The points not sent yet; they travel with the run's final event. */
    List<RunEvent.Point> drain() {
        List<RunEvent.Point> pending = List.copyOf(points);
        points.clear();
        return pending;
    }
}
