package org.normbench.pruning;

import java.util.List;
import java.util.Map;
import org.normbench.experiment.MetricSeries;

/**
 * What a succeeded pruning job changed on its run: each summary whose value differs from the one the run held (before
 * is null where the run had none), and the run's pruning series as they were before the job replaced them.
 */
public record ReplacedResults(List<Change> changes, Map<String, MetricSeries> series) {

    /** One summary the job set to another value. */
    public record Change(String name, Double before, double after) {
    }
}
