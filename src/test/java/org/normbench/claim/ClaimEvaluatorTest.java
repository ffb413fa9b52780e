package org.normbench.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.claim.Prediction.Correlation;
import org.normbench.claim.Prediction.Ordering;
import org.normbench.claim.Prediction.PairedClose;
import org.normbench.claim.Prediction.PairedRatio;
import org.normbench.claim.Prediction.Slope;
import org.normbench.claim.Prediction.Statistic;
import org.normbench.claim.Prediction.Within;

/** Verdicts on runs with known values: holds, violated and inconclusive for every kind of prediction. */
class ClaimEvaluatorTest {

    private static final ClaimEvaluator EVALUATOR = new ClaimEvaluator(0.95);
    /** Student t quantile t(0.975, 2): a three-seed interval is mean ± 4.3027 s/√3. */
    private static final double T_975_2 = 4.302652730;
    /** t(0.975, 4), for a slope fitted to six runs. */
    private static final double T_975_4 = 2.776445105;

    private final List<FinishedRun> runs = new ArrayList<>();

    private void run(String scheme, Map<String, Double> parameters, long seed, double value, boolean converged) {
        runs.add(new FinishedRun(runs.size() + 1, scheme, parameters, seed,
                Map.of("m", value, "converged", converged ? 1.0 : 0.0)));
    }

    private void runs(String scheme, double... values) {
        for (int i = 0; i < values.length; i++) {
            run(scheme, Map.of("width", 20.0), i + 1, values[i], true);
        }
    }

    private ClaimResult judge(Prediction prediction, int minRuns, boolean convergedOnly) {
        return EVALUATOR.evaluate(new Claim("c", "b", "statement", "source", "m", prediction, minRuns, convergedOnly,
                ""), FinishedRun.measurements(runs));
    }

    private static Within mean(String scheme, double low, double high) {
        return new Within(Group.of(scheme), low, high, Statistic.MEAN);
    }

    @Test
    void meanInsideTheRangeHolds() {
        runs("ewn", 4, 5, 6);
        ClaimResult result = judge(mean("ewn", 2, 8), 3, false);
        assertEquals(Verdict.HOLDS, result.verdict(), result.reason());
        double half = T_975_2 * 1.0 / Math.sqrt(3);
        assertEquals(5, result.measured(), 1e-12);
        assertEquals(5 - half, result.measuredLow(), 1e-9);
        assertEquals(5 + half, result.measuredHigh(), 1e-9);
        assertEquals(2, result.predictedLow());
        assertEquals(3, result.evidence().get(0).runs());
    }

    @Test
    void meanIntervalOutsideTheRangeIsViolatedAndStraddlingIsInconclusive() {
        runs("ewn", 4, 5, 6);
        assertEquals(Verdict.VIOLATED, judge(mean("ewn", 8.5, 10), 3, false).verdict());
        // the interval 5 ± 2.48 reaches into [6, 10] without lying inside it
        ClaimResult straddles = judge(mean("ewn", 6, 10), 3, false);
        assertEquals(Verdict.INCONCLUSIVE, straddles.verdict());
        assertTrue(straddles.reason().contains("straddles"), straddles.reason());
    }

    @Test
    void tooFewRunsIsInconclusiveWhateverTheValues() {
        runs("ewn", 5, 5);
        ClaimResult result = judge(mean("ewn", 0, 10), 3, false);
        assertEquals(Verdict.INCONCLUSIVE, result.verdict());
        assertEquals("not enough runs: ewn has 2 runs, needs 3", result.reason());
    }

    @Test
    void everyRunNamesTheRunThatBreaksTheRange() {
        runs("ewn", 4, 5, 6);
        assertEquals(Verdict.HOLDS, judge(new Within(Group.of("ewn"), 4.0, 6.0, Statistic.EVERY_RUN), 3, false)
                .verdict());
        ClaimResult result = judge(Within.atMost(Group.of("ewn"), 5, Statistic.EVERY_RUN), 3, false);
        assertEquals(Verdict.VIOLATED, result.verdict());
        assertEquals("run 3 has 6 > 5", result.reason());
    }

    @Test
    void orderingHoldsOnlyWhenTheIntervalsSeparate() {
        runs("ewn", 4, 5, 6);
        runs("swn", 17, 18, 19);
        runs("none", 5, 6, 7);
        assertEquals(Verdict.HOLDS, judge(new Ordering(Group.of("ewn"), Group.of("swn")), 3, false).verdict());
        assertEquals(Verdict.VIOLATED, judge(new Ordering(Group.of("swn"), Group.of("ewn")), 3, false).verdict());
        ClaimResult overlapping = judge(new Ordering(Group.of("ewn"), Group.of("none")), 3, false);
        assertEquals(Verdict.INCONCLUSIVE, overlapping.verdict());
        assertTrue(overlapping.reason().contains("overlap"), overlapping.reason());
    }

    @Test
    void equalValuesAreNotAnOrdering() {
        runs("ewn", 5, 5, 5);
        runs("swn", 5, 5, 5);
        assertEquals(Verdict.VIOLATED, judge(new Ordering(Group.of("ewn"), Group.of("swn")), 3, false).verdict());
    }

    @Test
    void runsThatDidNotConvergeAreLeftOutWhenTheClaimIsAtTheTarget() {
        runs("ewn", 4, 5);
        run("ewn", Map.of("width", 20.0), 3, 100, false);
        ClaimResult atTarget = judge(Within.atMost(Group.of("ewn"), 10, Statistic.EVERY_RUN), 2, true);
        assertEquals(Verdict.HOLDS, atTarget.verdict());
        assertEquals(1, atTarget.evidence().get(0).excludedRuns());
        ClaimResult tooFew = judge(Within.atMost(Group.of("ewn"), 10, Statistic.EVERY_RUN), 3, true);
        assertEquals("not enough runs: ewn has 2 runs (1 more did not reach the target), needs 3", tooFew.reason());
        assertEquals(Verdict.VIOLATED, judge(Within.atMost(Group.of("ewn"), 10, Statistic.EVERY_RUN), 3, false)
                .verdict());
    }

    @Test
    void groupsPoolOnlyTheSettingsTheyName() {
        run("ewn", Map.of("depth", 1.0), 1, 10, true);
        run("ewn", Map.of("depth", 4.0), 1, 1000, true);
        ClaimResult result = judge(new Within(Group.of("ewn", "depth", 1), 10.0, 10.0, Statistic.EVERY_RUN), 1,
                false);
        assertEquals(Verdict.HOLDS, result.verdict(), result.reason());
        assertEquals("ewn, depth = 1", result.evidence().get(0).label());
        ClaimResult none = judge(new Within(Group.of("ewn", "depth", 2), 0.0, 1.0, Statistic.EVERY_RUN), 1, false);
        assertEquals(Verdict.INCONCLUSIVE, none.verdict());
        assertNull(none.measured());
    }

    @Test
    void pairedRunsAreComparedSeedBySeed() {
        // the spread between seeds (100 … 300) would swamp a 1% tolerance unpaired; paired, the runs are equal
        runs("wn", 100, 200, 300);
        runs("none", 100, 200, 300);
        ClaimResult equal = judge(new PairedClose(Group.of("wn"), Group.of("none"), 0.01), 3, false);
        assertEquals(Verdict.HOLDS, equal.verdict(), equal.reason());
        assertEquals(0, equal.measured());
        runs.clear();
        // differences 10, 11, 12: interval 11 ± 2.48, outside ± 1% of 200
        runs("wn", 110, 211, 312);
        runs("none", 100, 200, 300);
        ClaimResult apart = judge(new PairedClose(Group.of("wn"), Group.of("none"), 0.01), 3, false);
        assertEquals(Verdict.VIOLATED, apart.verdict(), apart.reason());
    }

    @Test
    void pairedRatioIsTheMeanOfEachSeedsRatio() {
        run("none", Map.of("depth", 1.0), 1, 70, true);
        run("none", Map.of("depth", 1.0), 2, 140, true);
        run("none", Map.of("depth", 1.0), 3, 35, true);
        run("none", Map.of("depth", 4.0), 1, 1, true);
        run("none", Map.of("depth", 4.0), 2, 2, true);
        run("none", Map.of("depth", 4.0), 3, 0.5, true);
        run("none", Map.of("depth", 4.0), 4, 0.5, true);
        PairedRatio ratio = new PairedRatio(Group.of("none", "depth", 1), Group.of("none", "depth", 4), 60.0, 80.0);
        ClaimResult result = judge(ratio, 3, false);
        assertEquals(Verdict.HOLDS, result.verdict(), result.reason());
        assertEquals(70, result.measured(), 1e-12);
        assertEquals(70, result.measuredLow(), 1e-9);
        assertTrue(result.reason().startsWith("mean ratio over 3 seeds 70"), result.reason());
        assertEquals(Verdict.VIOLATED, judge(new PairedRatio(Group.of("none", "depth", 1),
                Group.of("none", "depth", 4), 10.0, 20.0), 3, false).verdict());
        assertEquals(Verdict.INCONCLUSIVE, judge(ratio, 4, false).verdict());
        assertEquals(Verdict.HOLDS, judge(new PairedRatio(Group.of("none", "depth", 1), Group.of("none", "depth", 4),
                null, 100.0), 3, false).verdict(), "an unbounded lower end");
    }

    @Test
    void slopeIsTheLogLogFitOverTheGroupsRuns() {
        // 3 m^{-1/2} e^{±0.02}: the fit is exactly −1/2, residuals ±0.02 at each of three widths
        for (double width : new double[] {100, 1000, 10_000}) {
            run("wn", Map.of("width", width), 1, 3 / Math.sqrt(width) * Math.exp(0.02), true);
            run("wn", Map.of("width", width), 2, 3 / Math.sqrt(width) * Math.exp(-0.02), true);
            run("none", Map.of("width", width), 1, width, true);
        }
        double spread = 2 * 2 * Math.log(10) * Math.log(10);
        double half = T_975_4 * Math.sqrt(6 * 0.02 * 0.02 / 4 / spread);
        ClaimResult result = judge(new Slope(Group.of("wn"), "width", -0.6, -0.4), 6, false);
        assertEquals(Verdict.HOLDS, result.verdict(), result.reason());
        assertEquals(-0.5, result.measured(), 1e-12);
        assertEquals(-0.5 - half, result.measuredLow(), 1e-9);
        assertEquals(-0.5 + half, result.measuredHigh(), 1e-9);
        assertTrue(result.reason().startsWith("log-log slope over 6 runs -0.5"), result.reason());
        assertEquals(Verdict.VIOLATED, judge(new Slope(Group.of("wn"), "width", -0.3, 0.0), 6, false).verdict());
        assertEquals(Verdict.INCONCLUSIVE, judge(new Slope(Group.of("wn"), "width", -0.505, 0.0), 6, false).verdict(),
                "the interval reaches past −0.505");
        assertEquals(Verdict.HOLDS, judge(new Slope(Group.of("none"), "width", 0.99, 1.01), 3, false).verdict(),
                "an exact power law has a zero-width interval");
    }

    @Test
    void slopeNeedsPositiveValuesAtTwoPositions() {
        run("wn", Map.of("width", 100.0), 1, 0.3, true);
        run("wn", Map.of("width", 100.0), 2, 0.2, true);
        run("wn", Map.of("width", 100.0), 3, 0.1, true);
        ClaimResult onePosition = judge(new Slope(Group.of("wn"), "width", -1.0, 0.0), 3, false);
        assertEquals(Verdict.INCONCLUSIVE, onePosition.verdict());
        assertEquals("a slope needs three runs at two or more values of width, found 3 runs at 1", onePosition.reason());
        run("wn", Map.of("width", 1000.0), 4, 0.0, true);
        ClaimResult zero = judge(new Slope(Group.of("wn"), "width", -1.0, 0.0), 3, false);
        assertEquals(Verdict.INCONCLUSIVE, zero.verdict());
        assertTrue(zero.reason().contains("a log-log slope needs positive values"), zero.reason());
    }

    private void pair(String scheme, double value, double other) {
        runs.add(new FinishedRun(runs.size() + 1, scheme, Map.of("width", 20.0), runs.size() + 1,
                Map.of("m", value, "other", other, "converged", 1.0)));
    }

    @Test
    void correlationIsJudgedByItsFisherInterval() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] noise = {0.1, -0.2, 0.15, -0.05, 0.2, -0.1};
        for (int i = 0; i < x.length; i++) {
            pair("none", x[i], 2 * x[i] + noise[i]);
            pair("ewn", x[i], x[i] * x[i] * x[i]);
        }
        double r = pearson(x, noise);
        double half = 1.959963985 / Math.sqrt(3);
        double atanh = 0.5 * Math.log((1 + r) / (1 - r));
        ClaimResult result = judge(new Correlation(Group.of("none"), "other", false, 0.9, null), 6, false);
        assertEquals(Verdict.HOLDS, result.verdict(), result.reason());
        assertEquals(r, result.measured(), 1e-12);
        assertEquals(Math.tanh(atanh - half), result.measuredLow(), 1e-9);
        assertEquals(Verdict.VIOLATED, judge(new Correlation(Group.of("none"), "other", false, null, 0.5), 6, false)
                .verdict());
        // a monotone but curved relation: rank correlation exactly 1, linear correlation below it
        ClaimResult rank = judge(new Correlation(Group.of("ewn"), "other", true, 0.99, null), 6, false);
        assertEquals(Verdict.HOLDS, rank.verdict(), rank.reason());
        assertEquals(1, rank.measured(), 1e-12);
        assertTrue(judge(new Correlation(Group.of("ewn"), "other", false, -1.0, 1.0), 6, false).measured() < 0.95);
        runs.clear();
        for (int i = 0; i < 4; i++) {
            pair("none", x[i], x[i]);
        }
        ClaimResult few = judge(new Correlation(Group.of("none"), "other", false, 0.9, null), 1, false);
        assertEquals(Verdict.INCONCLUSIVE, few.verdict());
        assertEquals("a correlation needs 5 runs with both m and other, found 4", few.reason());
    }

    /** Pearson's r of (x, 2x + noise), by the textbook formula. */
    private static double pearson(double[] x, double[] noise) {
        int n = x.length;
        double[] y = new double[n];
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            y[i] = 2 * x[i] + noise[i];
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
