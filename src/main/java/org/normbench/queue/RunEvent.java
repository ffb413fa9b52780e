package org.normbench.queue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a worker reports about a run, on the events topic keyed by run id. The portal applies events
 * idempotently: a redelivered or repeated event changes nothing.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param runId         the run reported on
 * @param runToken      the token of the run's request: proof the sender was given the run (since version 2)
 * @param type          what happened
 * @param workerId      the reporting worker
 * @param timeMillis    when it happened (epoch milliseconds, worker clock)
 * @param points        metric points recorded since the previous event (PROGRESS and FINISHED)
 * @param summary       summary metrics (FINISHED)
 * @param error         why the run failed (FAILED)
 * @param environment   what the run is computed with: versions, device, threads (STARTED; since version 2)
 */
public record RunEvent(int schemaVersion, long runId, String runToken, Type type, String workerId, long timeMillis,
        List<Point> points, Map<String, Double> summary, String error, Map<String, String> environment) {

    /** Version 2 added {@code runToken} and {@code environment}; version 1 events (without them) are still read. */
    public static final int SCHEMA_VERSION = 2;

    public enum Type { STARTED, PROGRESS, FINISHED, FAILED }

    /** One value of a metric series at a training step. */
    public record Point(String series, long step, double value) {
    }

    public static RunEvent started(long runId, String runToken, String workerId, Map<String, String> environment) {
        return new RunEvent(SCHEMA_VERSION, runId, runToken, Type.STARTED, workerId, System.currentTimeMillis(), List.of(),
                Map.of(), null, Collections.unmodifiableMap(new LinkedHashMap<>(environment)));
    }

    public static RunEvent progress(long runId, String runToken, String workerId, List<Point> points) {
        return new RunEvent(SCHEMA_VERSION, runId, runToken, Type.PROGRESS, workerId, System.currentTimeMillis(),
                List.copyOf(points), Map.of(), null, null);
    }

    public static RunEvent finished(long runId, String runToken, String workerId, List<Point> points,
            Map<String, Double> summary) {
        return new RunEvent(SCHEMA_VERSION, runId, runToken, Type.FINISHED, workerId, System.currentTimeMillis(),
                List.copyOf(points), Map.copyOf(summary), null, null);
    }

    public static RunEvent failed(long runId, String runToken, String workerId, List<Point> points, String error) {
        return new RunEvent(SCHEMA_VERSION, runId, runToken, Type.FAILED, workerId, System.currentTimeMillis(),
                List.copyOf(points), Map.of(), error, null);
    }
}
