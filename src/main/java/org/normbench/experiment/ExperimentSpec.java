package org.normbench.experiment;

import java.util.List;
import java.util.Map;

/**
 * What a user asks for: a benchmark, the schemes to compare, a grid of hyperparameter values and the
 * seeds. Parameters left off the grid take the benchmark's defaults. {@code visibility} defaults to private;
 * {@code team} names the team to share with (needed for team visibility).
 */
public record ExperimentSpec(String name, String benchmark, List<String> schemes, Map<String, List<Double>> grid,
        List<Long> seeds, Visibility visibility, String team) {
}
