package org.normbench.benchmark;

import java.util.List;
import java.util.Optional;

/**
 * What a benchmark is: a fixed task (data, model family, loss, stop rule, metrics) with the schemes it
 * supports and the hyperparameters a user may put on a grid.
 *
 * @param source the paper and section it reproduces
 */
public record BenchmarkDefinition(String key, int version, String title, String description, String source,
        List<String> schemes, List<ParameterDefinition> parameters) {

    public Optional<ParameterDefinition> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
