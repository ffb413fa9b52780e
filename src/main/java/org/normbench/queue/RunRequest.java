package org.normbench.queue;

import java.util.List;
import java.util.Map;

/**
 * "Train this run": a record on the requests topic, keyed by run id. Everything a worker needs is inside,
 * so a worker never reads the portal's database.
 *
 * @param schemaVersion    {@link #SCHEMA_VERSION}; workers refuse other versions
 * @param runId            the run to train
 * @param benchmark        the benchmark's key
 * @param benchmarkVersion the benchmark's version, so a run is reproducible after the benchmark changes
 * @param scheme           the normalization scheme's name
 * @param parameters       resolved hyperparameters (defaults filled in), by name
 * @param seed             the run's initialization seed
 * @param runToken         the run's secret: every event about the run carries it back (null for runs stored
 *                         before run tokens existed)
 * @param snapshotSteps    steps after which the worker saves the parameters too, besides its checkpoints (empty
 *                         when absent, as in versions 1 and 2)
 * @param timeLimitSeconds the run's wall-clock limit: training stops after it and the run ends with what it has
 *                         (null: none)
 */
public record RunRequest(int schemaVersion, long runId, String benchmark, int benchmarkVersion, String scheme,
        Map<String, Double> parameters, long seed, String runToken, List<Long> snapshotSteps, Long timeLimitSeconds) {

    /** Version 2 added {@code runToken}, version 3 {@code snapshotSteps} and {@code timeLimitSeconds}. */
    public static final int SCHEMA_VERSION = 3;

    public RunRequest {
        snapshotSteps = snapshotSteps == null ? List.of() : List.copyOf(snapshotSteps);
    }
}
