package org.normbench.experiment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normbench.metric.SummaryMetric;

/** An experiment with the grid it was submitted with and its runs (with their summary metrics). */
public record ExperimentDetails(long id, String name, String benchmark, int benchmarkVersion, Instant createdAt,
        ExperimentSpec request, List<RunDetails> runs) {

    static ExperimentDetails of(Experiment experiment) {
        Map<Long, Map<String, Double>> summaries = new LinkedHashMap<>();
        for (SummaryMetric s : SummaryMetric.ofExperiment(experiment.id)) {
            summaries.computeIfAbsent(s.runId, k -> new LinkedHashMap<>()).put(s.name, s.value);
        }
        return new ExperimentDetails(experiment.id, experiment.name, experiment.benchmark.key,
                experiment.benchmark.version, experiment.createdAt, StoredJson.spec(experiment),
                Run.ofExperiment(experiment.id).stream()
                        .map(r -> RunDetails.withSummary(r, summaries.getOrDefault(r.id, Map.of()))).toList());
    }
}
