package org.normbench.experiment;

import java.time.Instant;
import java.util.Map;

/** One row of the experiment list: what it is and how many of its runs are in each state. */
public record ExperimentSummary(long id, String name, String benchmark, int benchmarkVersion, Instant createdAt,
        long runs, Map<RunState, Long> runsByState) {
}
