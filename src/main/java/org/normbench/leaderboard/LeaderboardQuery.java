package org.normbench.leaderboard;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What a leaderboard shows: one benchmark version (latest when {@code version} is null) and metric, either one
 * experiment or every experiment of the benchmark, narrowed by schemes, hyperparameter values, a preset's settings,
 * the experiments' creation time [from, to), owner (account name) and team (team name), and to converged runs; one
 * page of its rows.
 */
public record LeaderboardQuery(String benchmark, Integer version, String metric, Long experimentId,
        Set<String> schemes, Map<String, Double> parameters, String preset, Instant from, Instant to, String owner,
        String team, boolean onlyConverged, int offset, int limit) {

    public LeaderboardQuery {
        schemes = schemes == null ? Set.of() : Set.copyOf(schemes);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        preset = blankToNull(preset);
        owner = blankToNull(owner);
        team = blankToNull(team);
    }

    /** The same board for another metric. */
    public LeaderboardQuery withMetric(String other) {
        return new LeaderboardQuery(benchmark, version, other, experimentId, schemes, parameters, preset, from, to,
                owner, team, onlyConverged, offset, limit);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the board is narrowed to experiments by their owner or team. */
    public boolean byOwnerOrTeam() {
        return owner != null || team != null;
    }
}
