package org.normbench.experiment;

import java.util.List;
import java.util.Map;
import org.normbench.benchmark.Preset;

/**
 * What a user asks for: a benchmark, the schemes to compare, a grid of hyperparameter values and the
 * seeds. Parameters left off the grid take the benchmark's defaults. {@code snapshotSteps} are steps after which
 * every run saves its parameters too (besides init, the loss levels and the end; none when absent);
 * {@code timeLimitSeconds} is every run's wall-clock limit (none when absent).
 * {@code visibility} defaults to private; {@code team} names the team to share with (needed for team visibility).
 */
public record ExperimentSpec(String name, String benchmark, List<String> schemes, Map<String, List<Double>> grid,
        List<Long> seeds, List<Long> snapshotSteps, Long timeLimitSeconds, Visibility visibility, String team) {

    public ExperimentSpec {
        snapshotSteps = snapshotSteps == null ? List.of() : snapshotSteps;
    }

    /** A benchmark's preset as an experiment, named after both. */
    public static ExperimentSpec of(String benchmark, Preset preset, Visibility visibility) {
        return new ExperimentSpec(benchmark + " · " + preset.name() + " preset: " + preset.title(), benchmark,
                preset.schemes(), preset.grid(), preset.seeds(), List.of(), null, visibility, null);
    }
}
