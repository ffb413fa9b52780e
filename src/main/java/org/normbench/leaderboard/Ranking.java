package org.normbench.leaderboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.normbench.leaderboard.SeedStatistics.Interval;
import org.normbench.metric.MetricDefinition.Direction;

/**
 * Ranks settings by a metric's direction without claiming more than the seeds show: a setting's rank is 1 + the
 * number of settings whose confidence interval lies entirely on the better side of its own. Settings whose
 * intervals overlap can therefore share a rank, and are shown as tied. A metric without a better direction is
 * listed by mean, unranked (rank 0).
 */
public final class Ranking {

    /** A setting to rank: its mean and its confidence interval. */
    public interface Candidate {
        double mean();

        Interval interval();
    }

    /** A candidate with its rank (0 when unranked) and whether another candidate shares that rank. */
    public record Ranked<T extends Candidate>(int rank, boolean tied, T candidate) {
    }

    private Ranking() {
    }

    /** The candidates, best first (ties by mean, then in the given order), with their ranks. O(n log n). */
    public static <T extends Candidate> List<Ranked<T>> rank(List<T> candidates, Direction direction) {
        if (direction == Direction.NONE) {
            return candidates.stream().sorted(Comparator.comparingDouble(Candidate::mean))
                    .map(c -> new Ranked<>(0, false, c)).toList();
        }
        boolean lowerIsBetter = direction == Direction.LOWER;
        // the edge of each interval that faces the competition: the upper end when lower is better
        double[] betterEdges = candidates.stream()
                .mapToDouble(c -> lowerIsBetter ? c.interval().high() : -c.interval().low()).sorted().toArray();
        List<Ranked<T>> ranked = new ArrayList<>(candidates.size());
        Map<Integer, Integer> sharing = new HashMap<>();
        for (T candidate : candidates) {
            double ownEdge = lowerIsBetter ? candidate.interval().low() : -candidate.interval().high();
            int rank = 1 + strictlyBelow(betterEdges, ownEdge);
            sharing.merge(rank, 1, Integer::sum);
            ranked.add(new Ranked<>(rank, false, candidate));
        }
        Comparator<Ranked<T>> byMean = Comparator.comparingDouble(r -> lowerIsBetter ? r.candidate().mean()
                : -r.candidate().mean());
        return ranked.stream().sorted(Comparator.<Ranked<T>>comparingInt(Ranked::rank).thenComparing(byMean))
                .map(r -> new Ranked<>(r.rank(), sharing.get(r.rank()) > 1, r.candidate())).toList();
    }

    /** How many of the sorted {@code values} are strictly below {@code bound}. */
    private static int strictlyBelow(double[] values, double bound) {
        int index = Arrays.binarySearch(values, bound);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && values[index - 1] == bound) {
            index--;
        }
        return index;
    }
}
