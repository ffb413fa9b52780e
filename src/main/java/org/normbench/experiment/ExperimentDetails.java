package org.normbench.experiment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normbench.account.Caller;
import org.normbench.metric.SummaryMetric;

/**
 * An experiment with the grid it was submitted with, who owns it and how it is shared, what the caller may do with
 * it, and its runs (with their summary metrics).
 */
public record ExperimentDetails(long id, String name, String benchmark, int benchmarkVersion, Instant createdAt,
        String owner, String team, Visibility visibility, boolean youMayComment, boolean youMayManage,
        ExperimentSpec request, List<RunDetails> runs) {

    static ExperimentDetails of(Experiment experiment, Caller caller) {
        Map<Long, Map<String, Double>> summaries = new LinkedHashMap<>();
        for (SummaryMetric s : SummaryMetric.ofExperiment(experiment.id)) {
            summaries.computeIfAbsent(s.runId, k -> new LinkedHashMap<>()).put(s.name, s.value);
        }
        return new ExperimentDetails(experiment.id, experiment.name, experiment.benchmark.key,
                experiment.benchmark.version, experiment.createdAt,
                experiment.owner == null ? null : experiment.owner.username,
                experiment.team == null ? null : experiment.team.name, experiment.visibility,
                ExperimentAccess.canComment(caller, experiment), ExperimentAccess.canManage(caller, experiment),
                StoredJson.spec(experiment), Run.ofExperiment(experiment.id).stream()
                        .map(r -> RunDetails.withSummary(r, summaries.getOrDefault(r.id, Map.of()))).toList());
    }
}
