package org.normbench.leaderboard;

import java.util.List;
import java.util.Map;
import org.normbench.experiment.Page;
import org.normbench.metric.MetricDefinition;

/**
 * A ranked page of settings for one metric. {@code header} names the metric and the summary of the run it is
 * (e.g. "active_neurons — final value"); parameters equal on every row are listed once in {@code
 * sharedParameters}, those that differ in {@code varyingParameters}, so the differences between rows stand out.
 * A pruning score comes with its {@code references}: the same runs pruned at random and by magnitude.
 */
public record Leaderboard(String benchmark, int version, String metric, String header, MetricDefinition definition,
        String scope, double confidenceLevel, Map<String, Double> sharedParameters, List<String> varyingParameters,
        Page<LeaderboardRow> rows, List<ReferenceRow> references) {
}
