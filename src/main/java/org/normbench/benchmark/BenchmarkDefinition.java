package org.normbench.benchmark;

import java.util.List;
import java.util.Optional;

/**
 * What a benchmark is: a fixed task (data, model family, loss, stop rule, metrics) with the schemes it
 * supports and the hyperparameters a user may put on a grid.
 *
 * @param source          the paper and section it reproduces
 * @param headlineMetrics the summary metrics that carry the benchmark's comparison, shown beside every run
 * @param orders          relations between parameters every run must satisfy
 */
public record BenchmarkDefinition(String key, int version, String title, String description, String source,
        List<String> schemes, List<ParameterDefinition> parameters, List<String> headlineMetrics,
        List<ParameterOrder> orders) {

    public BenchmarkDefinition {
        // definitions stored before headline metrics or orders existed have none
        headlineMetrics = headlineMetrics == null ? List.of() : List.copyOf(headlineMetrics);
        orders = orders == null ? List.of() : List.copyOf(orders);
    }

    /** A definition without relations between its parameters. */
    public BenchmarkDefinition(String key, int version, String title, String description, String source,
            List<String> schemes, List<ParameterDefinition> parameters, List<String> headlineMetrics) {
        this(key, version, title, description, source, schemes, parameters, headlineMetrics, List.of());
    }

    /** A definition without headline metrics. */
    public BenchmarkDefinition(String key, int version, String title, String description, String source,
            List<String> schemes, List<ParameterDefinition> parameters) {
        this(key, version, title, description, source, schemes, parameters, List.of(), List.of());
    }

    public Optional<ParameterDefinition> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
