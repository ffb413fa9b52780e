package org.normbench.experiment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normbench.artifact.Artifact;
import org.normbench.metric.SummaryMetric;

/**
 * A run as the API and the UI show it: configuration, state, what it was computed with, and (when finished) its
 * summary metrics and artifacts (lists of runs leave the environment and artifacts out).
 */
public record RunDetails(long id, long experimentId, String benchmark, int benchmarkVersion, String scheme,
        Map<String, Double> parameters, long seed, RunState state, String worker, Instant createdAt,
        Instant startedAt, Instant finishedAt, String error, Map<String, Double> summary,
        Map<String, String> environment, List<ArtifactDto> artifacts) {

    /** A file a run produced. */
    public record ArtifactDto(String name, long sizeBytes, String sha256) {
    }

    /** The run with its summary metrics, without artifacts (for lists). */
    static RunDetails withSummary(Run run, Map<String, Double> summary) {
        return of(run, summary, Map.of(), List.of());
    }

    static RunDetails full(Run run) {
        Map<String, Double> summary = new LinkedHashMap<>();
        SummaryMetric.ofRun(run.id).forEach(s -> summary.put(s.name, s.value));
        List<ArtifactDto> artifacts = Artifact.ofRun(run.id).stream()
                .map(a -> new ArtifactDto(a.name, a.sizeBytes, a.sha256)).toList();
        return of(run, summary, StoredJson.environment(run), artifacts);
    }

    private static RunDetails of(Run run, Map<String, Double> summary, Map<String, String> environment,
            List<ArtifactDto> artifacts) {
        return new RunDetails(run.id, run.experiment.id, run.experiment.benchmark.key, run.experiment.benchmark.version,
                run.scheme, StoredJson.parameters(run), run.seed, run.state, run.worker, run.createdAt, run.startedAt,
                run.finishedAt, run.error, summary, environment, artifacts);
    }
}
