package org.normbench.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesDownsamplerTest {

    private static final int STEPS = 10_000;

    private static double decay(long step) {
        return Math.exp(-step / 1000.0);
    }

    private static List<double[]> sample(int buckets, double... thresholds) {
        SeriesDownsampler sampler = new SeriesDownsampler(0, STEPS - 1, buckets, thresholds);
        for (long step = 0; step < STEPS; step++) {
            sampler.accept(step, step == 5003 ? 100.0 : step == 7777 ? -1.0 : decay(step));
        }
        return sampler.points();
    }

    @Test
    void keepsFirstLastAndEveryExtremeWithinFourPointsPerBucket() {
        List<double[]> points = sample(10);
        assertTrue(points.size() <= 40, "kept " + points.size());
        assertEquals(0.0, points.get(0)[0]);
        assertEquals(1.0, points.get(0)[1]);
        assertEquals(STEPS - 1.0, points.get(points.size() - 1)[0]);
        assertTrue(points.stream().anyMatch(p -> p[0] == 5003 && p[1] == 100.0), "the spike survives");
        assertTrue(points.stream().anyMatch(p -> p[0] == 7777 && p[1] == -1.0), "the dip survives");
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i)[0] > points.get(i - 1)[0], "steps increase");
        }
    }

    @Test
    void keepsTheFirstPointAtOrBelowEachThresholdAndItsPredecessor() {
        // e^{-s/1000} ≤ 1e-3 first at s = ⌈1000 ln 1000⌉ = 6908; 0.5 first at ⌈1000 ln 2⌉ = 694
        List<double[]> points = sample(3, 1e-3, 0.5);
        for (long step : new long[] {6907, 6908, 693, 694}) {
            assertTrue(points.stream().anyMatch(p -> p[0] == step && p[1] == decay(step)), "kept step " + step);
        }
    }

    @Test
    void aShortSeriesIsKeptWhole() {
        SeriesDownsampler sampler = new SeriesDownsampler(10, 20, 100);
        sampler.accept(5, 9.0);
        sampler.accept(10, 1.0);
        sampler.accept(15, 2.0);
        sampler.accept(20, 3.0);
        sampler.accept(25, 9.0);
        assertEquals(List.of(10.0, 15.0, 20.0), sampler.points().stream().map(p -> p[0]).toList());
    }

    @Test
    void aGroupBandIsTheMeanOfTheRunsWithTheirFullRange() {
        SeriesDownsampler a = new SeriesDownsampler(0, 9, 1);
        SeriesDownsampler b = new SeriesDownsampler(0, 9, 1);
        a.accept(0, 10.0);
        a.accept(9, 1.0);
        b.accept(0, 1000.0);
        b.accept(8, 100.0);
        Curve.Point arithmetic = GroupBand.of(List.of(a, b), false).get(0);
        assertEquals(50.5, arithmetic.value(), 1e-12);
        assertEquals(1.0, arithmetic.low());
        assertEquals(1000.0, arithmetic.high());
        assertEquals(9, arithmetic.step());
        assertEquals(2, arithmetic.n());
        assertEquals(10.0, GroupBand.of(List.of(a, b), true).get(0).value(), 1e-12);
    }
}
