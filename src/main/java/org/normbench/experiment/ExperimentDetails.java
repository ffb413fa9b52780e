package org.normbench.experiment;

import java.time.Instant;
import java.util.List;

/** An experiment with the grid it was submitted with and its runs. */
public record ExperimentDetails(long id, String name, String benchmark, int benchmarkVersion, Instant createdAt,
        ExperimentSpec request, List<RunDetails> runs) {

    public static ExperimentDetails of(Experiment experiment) {
        return new ExperimentDetails(experiment.id, experiment.name, experiment.benchmark.key,
                experiment.benchmark.version, experiment.createdAt, StoredJson.spec(experiment),
                Run.ofExperiment(experiment.id).stream().map(RunDetails::brief).toList());
    }
}
