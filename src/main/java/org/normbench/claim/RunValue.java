package org.normbench.claim;

import java.util.Map;

/** One run's value of a metric, with its seed: what paired claims compare. */
public record RunValue(long runId, String scheme, Map<String, Double> parameters, long seed, boolean converged,
        double value) {
}
