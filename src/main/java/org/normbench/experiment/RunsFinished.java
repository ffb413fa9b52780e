package org.normbench.experiment;

import java.util.List;

/**
 * Fired (synchronously, inside the transaction that stored them) when runs reached a final state with their last
 * points and, if they succeeded, their summaries — one run as its last event arrives, or a batch from {@link
 * FinishedRunBackfill} — so observers such as the leaderboard aggregates and the series overviews commit or roll
 * back with them. Observers skip runs they have already handled.
 */
public record RunsFinished(List<Run> runs) {
}
