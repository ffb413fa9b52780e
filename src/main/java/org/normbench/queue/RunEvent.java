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
 * @param pruningJob    the pruning job reported on (PRUNED and PRUNING_FAILED; since version 3), else null
 */
public record RunEvent(int schemaVersion, long runId, String runToken, Type type, String workerId, long timeMillis,
        List<Point> points, Map<String, Double> summary, String error, Map<String, String> environment,
        Long pruningJob) {

    /**
     * Version 2 added {@code runToken} and {@code environment}, version 3 {@code pruningJob} with the types PRUNED and
     * PRUNING_FAILED; older events (without them) are still read.
     */
    public static final int SCHEMA_VERSION = 3;

    /**
     * What happened: to the run's training (STARTED to FINISHED or FAILED), or to a pruning job on the finished run
     * (PRUNED with the job's curves and summaries, or PRUNING_FAILED).
     */
    public enum Type {
        STARTED, PROGRESS, FINISHED, FAILED, PRUNED, PRUNING_FAILED;

        public boolean ofPruningJob() {
            return this == PRUNED || this == PRUNING_FAILED;
        }
    }

    /** One value of a metric series at a training step. */
    public record Point(String series, long step, double value) {
    }

    public static RunEvent started(long runId, String runToken, String workerId, Map<String, String> environment) {
        return new RunEvent(SCHEMA_VERSION, runId, runToken, Type.STARTED, workerId, System.currentTimeMillis(), List.of(),
                Map.of(), null, Collections.unmodifiableMap(new LinkedHashMap<>(environment)), null);
    }

    public static RunEvent progress(long runId, String runToken, String workerId, List<Point> points) {
        return new RunEvent(SCHEMA_VERSION, runId, runToken, Type.PROGRESS, workerId, System.currentTimeMillis(),
                List.copyOf(points), Map.of(), null, null, null);
    }

    public static RunEvent finished(long runId, String runToken, String workerId, List<Point> points,
            Map<String, Double> summary) {
        return new RunEvent(SCHEMA_VERSION, runId, runToken, Type.FINISHED, workerId, System.currentTimeMillis(),
                List.copyOf(points), Map.copyOf(summary), null, null, null);
    }

    public static RunEvent failed(long runId, String runToken, String workerId, List<Point> points, String error) {
        return new RunEvent(SCHEMA_VERSION, runId, runToken, Type.FAILED, workerId, System.currentTimeMillis(),
                List.copyOf(points), Map.of(), error, null, null);
    }

    /** A pruning job's result: every point of the curves it drew and its summaries, which replace the run's. */
    public static RunEvent pruned(long runId, String runToken, String workerId, long job, List<Point> points,
            Map<String, Double> summary) {
        return new RunEvent(SCHEMA_VERSION, runId, runToken, Type.PRUNED, workerId, System.currentTimeMillis(),
                List.copyOf(points), Map.copyOf(summary), null, null, job);
    }

    public static RunEvent pruningFailed(long runId, String runToken, String workerId, long job, String error) {
        return new RunEvent(SCHEMA_VERSION, runId, runToken, Type.PRUNING_FAILED, workerId, System.currentTimeMillis(),
                List.of(), Map.of(), error, null, job);
    }
}
