package org.normbench.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.normbench.leaderboard.Ranking.Ranked;
import org.normbench.leaderboard.SeedStatistics.Interval;
import org.normbench.metric.MetricDefinition.Direction;

class RankingTest {

    private record Row(String name, double mean, Interval interval) implements Ranking.Candidate {
    }

    private static Row row(String name, double mean, double low, double high) {
        return new Row(name, mean, new Interval(low, high));
    }

    private static List<String> names(List<Ranked<Row>> ranked) {
        return ranked.stream().map(r -> r.candidate().name() + ":" + r.rank() + (r.tied() ? "=" : "")).toList();
    }

    private final List<Row> rows = List.of(
            row("c", 3.0, 2.5, 3.5),
            row("a", 1.0, 0.5, 1.5),
            row("b", 1.2, 1.0, 1.4),
            row("d", 5.0, 4.0, 6.0));

    @Test
    void lowerIsBetterRanksByMeanAndTiesOverlappingIntervals() {
        // a and b overlap: both rank 1; c is beaten by a and b (rank 3); d by a, b and c (rank 4)
        assertEquals(List.of("a:1=", "b:1=", "c:3", "d:4"), names(Ranking.rank(rows, Direction.LOWER)));
    }

    @Test
    void higherIsBetterReversesTheOrder() {
        assertEquals(List.of("d:1", "c:2", "b:3=", "a:3="), names(Ranking.rank(rows, Direction.HIGHER)));
    }

    @Test
    void withoutADirectionRowsAreListedByMeanUnranked() {
        assertEquals(List.of("a:0", "b:0", "c:0", "d:0"), names(Ranking.rank(rows, Direction.NONE)));
    }

    @Test
    void aSingleSeedCannotBeSeparatedFromAnything() {
        List<Row> withSingle = List.of(row("a", 1.0, 0.5, 1.5), row("d", 5.0, 4.0, 6.0),
                new Row("single", 9.0, Interval.UNBOUNDED));
        assertEquals(List.of("a:1=", "single:1=", "d:2"), names(Ranking.rank(withSingle, Direction.LOWER)));
    }

    @Test
    void touchingIntervalsAreTies() {
        List<Row> touching = List.of(row("a", 1.0, 0.0, 2.0), row("b", 3.0, 2.0, 4.0));
        assertEquals(List.of("a:1=", "b:1="), names(Ranking.rank(touching, Direction.LOWER)));
    }
}
