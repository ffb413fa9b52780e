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
 * @param pruning          when present, the worker does not train: it prunes the finished run again from these
 *                         files (a pruning job); null for a run to train, as in versions 1 to 3
 */
public record RunRequest(int schemaVersion, long runId, String benchmark, int benchmarkVersion, String scheme,
        Map<String, Double> parameters, long seed, String runToken, List<Long> snapshotSteps, Long timeLimitSeconds,
        PruningOrder pruning) {

    /** Version 2 added {@code runToken}, 3 {@code snapshotSteps} and {@code timeLimitSeconds}, 4 {@code pruning}. */
    public static final int SCHEMA_VERSION = 4;

    public RunRequest {
        snapshotSteps = snapshotSteps == null ? List.of() : List.copyOf(snapshotSteps);
    }

    /** The same run, to be pruned again from its files instead of trained. */
    public RunRequest toPrune(PruningOrder order) {
        return new RunRequest(schemaVersion, runId, benchmark, benchmarkVersion, scheme, parameters, seed, runToken,
                snapshotSteps, timeLimitSeconds, order);
    }

    /**
     * "Prune this finished run again": the job to report on, and the run's stored files; the worker fetches the
     * parameter snapshots among them from the portal ({@code GET /api/runs/{id}/artifacts/{name}} with the run's
     * token) and checks each against its SHA-256.
     */
    public record PruningOrder(long jobId, List<RunFile> files) {

        public PruningOrder {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** One stored file of the run: its artifact name, size and SHA-256 (hex). */
    public record RunFile(String name, long sizeBytes, String sha256) {
    }
}
