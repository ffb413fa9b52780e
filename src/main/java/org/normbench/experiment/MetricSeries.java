package org.normbench.experiment;

import java.util.List;

/** One metric series of a run: parallel lists of steps and values, ordered by step. */
public record MetricSeries(List<Long> steps, List<Double> values) {
}
