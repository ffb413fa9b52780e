package org.normbench.experiment;

import java.time.Instant;
import java.util.Map;

/** One row of the experiment list: what it is, who shares it how, and how many of its runs are in each state. */
public record ExperimentSummary(long id, String name, String benchmark, int benchmarkVersion, Instant createdAt,
        String owner, String team, Visibility visibility, long runs, Map<RunState, Long> runsByState) {

    static ExperimentSummary of(Experiment e, Map<RunState, Long> byState) {
        return new ExperimentSummary(e.id, e.name, e.benchmark.key, e.benchmark.version, e.createdAt,
                e.owner == null ? null : e.owner.username, e.team == null ? null : e.team.name, e.visibility,
                byState.values().stream().mapToLong(Long::longValue).sum(), byState);
    }
}
