package org.normbench.api;

import java.time.Instant;
import java.util.List;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.ExperimentSpec;
import org.normbench.experiment.Run;
import org.normbench.experiment.StoredJson;

/** An experiment with the grid it was submitted with and its runs. */
public record ExperimentDto(long id, String name, String benchmark, int benchmarkVersion, Instant createdAt,
        ExperimentSpec request, List<RunDto> runs) {

    static ExperimentDto of(Experiment experiment) {
        return new ExperimentDto(experiment.id, experiment.name, experiment.benchmark.key,
                experiment.benchmark.version, experiment.createdAt, StoredJson.spec(experiment),
                Run.ofExperiment(experiment.id).stream().map(RunDto::brief).toList());
    }
}
