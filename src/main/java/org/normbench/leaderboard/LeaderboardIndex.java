package org.normbench.leaderboard;

import java.util.List;
import org.normbench.metric.MetricDefinition;
import org.normbench.metric.MetricDefinition.Family;

/**
 * The leaderboards a benchmark version offers: one per headline family (convergence rate, sparsity, pruning
 * accuracy), then the other families, each listing the metrics its runs have reported, headline metrics first.
 * A family whose runs reported nothing yet is listed empty, so a missing leaderboard is visible rather than hidden.
 */
public record LeaderboardIndex(String benchmark, int version, String title, List<Board> boards) {

    /** One family's leaderboards; {@code metrics[0]} is the one shown first. */
    public record Board(Family family, String title, List<MetricDefinition> metrics) {
    }
}
