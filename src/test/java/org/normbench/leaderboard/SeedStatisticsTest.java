package org.normbench.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.normbench.leaderboard.SeedStatistics.Interval;

class SeedStatisticsTest {

    private static SeedStatistics of(double... values) {
        SeedStatistics s = SeedStatistics.of(values[0], 100);
        for (int i = 1; i < values.length; i++) {
            s = s.plus(values[i], 100 + i);
        }
        return s;
    }

    @Test
    void meanVarianceAndStudentIntervalOnKnownNumbers() {
        SeedStatistics s = of(1, 2, 3, 4, 5);
        assertEquals(5, s.count());
        assertEquals(3.0, s.mean(), 1e-15);
        assertEquals(2.5, s.variance(), 1e-15);
        // t(0.975, 4) = 2.776445105; half width = t · √2.5 / √5
        Interval ci = s.confidenceInterval(0.95);
        assertEquals(3 - 2.776445105 * Math.sqrt(0.5), ci.low(), 1e-8);
        assertEquals(3 + 2.776445105 * Math.sqrt(0.5), ci.high(), 1e-8);
        assertEquals(1.0, s.min());
        assertEquals(100, s.minRunId());
        assertEquals(5.0, s.max());
        assertEquals(104, s.maxRunId());
    }

    @Test
    void mergingTwoExperimentsEqualsAddingEveryRun() {
        SeedStatistics left = of(1, 2);
        SeedStatistics right = SeedStatistics.of(3, 7).plus(4, 8).plus(5, 9);
        SeedStatistics all = left.merge(right);
        assertEquals(5, all.count());
        assertEquals(3.0, all.mean(), 1e-15);
        assertEquals(2.5, all.variance(), 1e-15);
        assertEquals(9, all.maxRunId());
    }

    @Test
    void largeOffsetsDoNotCancel() {
        // Σx² − (Σx)²/n loses every digit here; Welford keeps them
        SeedStatistics s = of(1e9 + 1, 1e9 + 2, 1e9 + 3);
        assertEquals(1.0, s.variance(), 1e-6);
    }

    @Test
    void oneSeedHasNoSpreadAndAnUnboundedInterval() {
        SeedStatistics s = SeedStatistics.of(4.0, 1);
        assertTrue(Double.isNaN(s.variance()));
        assertFalse(s.confidenceInterval(0.95).bounded());
    }

    @Test
    void equalExtremesKeepTheLowerRunWhicheverArrivesFirst() {
        SeedStatistics a = SeedStatistics.of(2, 9).merge(SeedStatistics.of(2, 3));
        SeedStatistics b = SeedStatistics.of(2, 3).merge(SeedStatistics.of(2, 9));
        assertEquals(3, a.minRunId());
        assertEquals(a, b);
    }
}
