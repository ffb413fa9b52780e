package org.normbench.claim;

/**
 * What one group of a claim measured: runs counted and runs left out (not converged, for claims at a target
 * loss), the mean with its confidence interval (null with fewer than two runs), and the extreme runs.
 */
public record GroupEvidence(String label, Group group, long runs, long excludedRuns, Double mean, Double low,
        Double high, Double min, Long minRunId, Double max, Long maxRunId) {
}
