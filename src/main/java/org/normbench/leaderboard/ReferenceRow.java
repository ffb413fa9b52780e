package org.normbench.leaderboard;

/**
 * A reference beside a pruning leaderboard: the same runs, at the same loss level, pruned by a rule that knows
 * nothing of the scheme — {@code random} (mean of random orders) or {@code magnitude} (global unstructured magnitude
 * pruning) — so a pruning score reads against what any network would give (ShrinkBench's convention). Unranked.
 *
 * @param reference {@code random} or {@code magnitude}
 * @param metric    the summary metric the row aggregates, e.g. {@code random_pruned_90pct_accuracy_at_log_loss_-100}
 */
public record ReferenceRow(String reference, String metric, LeaderboardRow row) {
}
