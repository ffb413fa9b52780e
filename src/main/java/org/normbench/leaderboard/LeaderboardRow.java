package org.normbench.leaderboard;

import java.util.Map;

/**
 * One setting on a leaderboard, aggregated over its seeds: rank (0 when the metric has no better direction; equal
 * ranks are ties), mean, sample standard deviation and confidence interval (null with one seed), how many runs
 * reported the metric out of the setting's finished runs, and the best and worst runs.
 *
 * @param setting the setting's hash: names this row's runs in a comparison
 */
public record LeaderboardRow(int rank, boolean tied, String scheme, Map<String, Double> parameters, String setting,
        long seeds, long runs, double mean, Double standardDeviation, Double intervalLow, Double intervalHigh,
        double best, long bestRunId, double worst, long worstRunId) {
}
