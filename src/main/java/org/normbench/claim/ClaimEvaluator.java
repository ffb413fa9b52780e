package org.normbench.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.normbench.claim.Prediction.Correlation;
import org.normbench.claim.Prediction.Ordering;
import org.normbench.claim.Prediction.Paired;
import org.normbench.claim.Prediction.PairedClose;
import org.normbench.claim.Prediction.PairedRatio;
import org.normbench.claim.Prediction.Slope;
import org.normbench.claim.Prediction.Statistic;
import org.normbench.claim.Prediction.Within;
import org.normbench.leaderboard.SeedStatistics;
import org.normbench.leaderboard.SeedStatistics.Interval;

/**
 * Judges a claim on the statistics of its metric. Every verdict compares an interval with the prediction: the
 * confidence interval of a mean (Student t over seeds), of a difference of two means (the extremes of the two
 * intervals, conservative), of the mean per-seed difference or ratio (paired claims), or the range of every run.
 * Inside: holds; disjoint: violated; straddling, or too few runs in a group: inconclusive. An ordering holds only
 * when the two intervals separate.
 */
public final class ClaimEvaluator {

    /** Fisher's z needs n − 3 > 0; fewer pairs than this give an interval too wide to decide anything. */
    private static final int MIN_CORRELATED_RUNS = 5;
    /** Fieller, Hartley and Pearson: var(atanh r_s) ≈ 1.06/(n − 3). */
    private static final double SPEARMAN_VARIANCE = 1.06;

    private final double confidenceLevel;

    public ClaimEvaluator(double confidenceLevel) {
        this.confidenceLevel = confidenceLevel;
    }

    /** The verdict of {@code claim} on the measurements of one scope (an experiment, or all public runs). */
    public ClaimResult evaluate(Claim claim, Measurements measurements) {
        Prediction prediction = claim.prediction();
        List<SettingStatistics> settings = measurements.settings(claim.metric());
        List<Pooled> groups = prediction.groups().stream().map(g -> pool(claim, g, settings)).toList();
        List<GroupEvidence> evidence = groups.stream().map(Pooled::evidence).toList();
        List<String> tooFew = new ArrayList<>();
        for (Pooled group : groups) {
            if (group.runs() < claim.minRuns()) {
                tooFew.add(group.group.label() + " has " + group.runs() + (group.runs() == 1 ? " run" : " runs")
                        + (group.excluded > 0 ? " (" + group.excluded + " more did not reach the target)" : "")
                        + ", needs " + claim.minRuns());
            }
        }
        Measurement measurement;
        if (groups.stream().anyMatch(g -> g.statistics == null)) {
            measurement = null;
        } else if (prediction instanceof Paired paired) {
            SeedStatistics perSeed = perSeed(claim, paired, settings, measurements);
            measurement = perSeed == null ? null : paired(paired, perSeed,
                    perSeed.confidenceInterval(confidenceLevel), groups.get(1).statistics.mean());
            if (tooFew.isEmpty() && (perSeed == null || perSeed.count() < claim.minRuns())) {
                tooFew.add((perSeed == null ? 0 : perSeed.count()) + " seeds appear in both groups, needs "
                        + claim.minRuns());
            }
        } else if (prediction instanceof Slope slope) {
            measurement = slope(claim, slope, settings, measurements);
        } else if (prediction instanceof Correlation correlation) {
            measurement = correlation(claim, correlation, settings, measurements);
        } else {
            measurement = measure(prediction, groups);
        }
        Verdict verdict;
        String reason;
        if (!tooFew.isEmpty()) {
            verdict = Verdict.INCONCLUSIVE;
            reason = "not enough runs: " + String.join("; ", tooFew);
        } else {
            verdict = measurement.verdict();
            reason = measurement.reason;
        }
        return new ClaimResult(claim, prediction.describe(), verdict, reason,
                measurement == null ? null : finite(measurement.value),
                measurement == null ? null : finite(measurement.low),
                measurement == null ? null : finite(measurement.high),
                measurement == null ? lowOf(prediction) : measurement.predictedLow,
                measurement == null ? highOf(prediction) : measurement.predictedHigh, evidence);
    }

    private Pooled pool(Claim claim, Group group, List<SettingStatistics> settings) {
        SeedStatistics pooled = null;
        long excluded = 0;
        for (SettingStatistics setting : settings) {
            if (!group.matches(setting.scheme(), setting.parameters())) {
                continue;
            }
            if (claim.convergedOnly() && !setting.converged()) {
                excluded += setting.statistics().count();
            } else {
                pooled = pooled == null ? setting.statistics() : pooled.merge(setting.statistics());
            }
        }
        Interval interval = pooled == null ? Interval.UNBOUNDED : pooled.confidenceInterval(confidenceLevel);
        return new Pooled(group, pooled, excluded, interval);
    }

    private static Measurement measure(Prediction prediction, List<Pooled> groups) {
        if (prediction instanceof Within within) {
            return within(within, groups.get(0));
        }
        return ordering(groups.get(0), groups.get(1));
    }

    /**
     * Per seed present in both groups, the two values combined (each the mean of that seed's runs in the group,
     * e.g. reruns); null when no seed appears in both.
     */
    private static SeedStatistics perSeed(Claim claim, Paired paired, List<SettingStatistics> settings,
            Measurements measurements) {
        // only the runs of the settings the two groups pool: the scope's index finds them directly
        Set<String> matching = new HashSet<>();
        for (SettingStatistics setting : settings) {
            if (paired.first().matches(setting.scheme(), setting.parameters())
                    || paired.second().matches(setting.scheme(), setting.parameters())) {
                matching.add(setting.setting());
            }
        }
        List<RunValue> runs = measurements.runs(claim.metric(), matching);
        Map<Long, SeedStatistics> first = bySeed(claim, paired.first(), runs);
        Map<Long, SeedStatistics> second = bySeed(claim, paired.second(), runs);
        SeedStatistics combined = null;
        for (Map.Entry<Long, SeedStatistics> seed : first.entrySet()) {
            SeedStatistics other = second.get(seed.getKey());
            if (other != null) {
                SeedStatistics one = SeedStatistics.of(paired.combine(seed.getValue().mean(), other.mean()),
                        seed.getValue().minRunId());
                combined = combined == null ? one : combined.merge(one);
            }
        }
        return combined;
    }

    private static Map<Long, SeedStatistics> bySeed(Claim claim, Group group, List<RunValue> runs) {
        Map<Long, SeedStatistics> bySeed = new TreeMap<>();
        for (RunValue run : runs) {
            if (group.matches(run.scheme(), run.parameters()) && (run.converged() || !claim.convergedOnly())) {
                bySeed.merge(run.seed(), SeedStatistics.of(run.value(), run.runId()), SeedStatistics::merge);
            }
        }
        return bySeed;
    }

    /** ln(metric) against ln(parameter) over every run of the group, by least squares. */
    private Measurement slope(Claim claim, Slope slope, List<SettingStatistics> settings, Measurements measurements) {
        Set<String> matching = settings.stream().filter(s -> slope.group().matches(s.scheme(), s.parameters()))
                .map(SettingStatistics::setting).collect(Collectors.toSet());
        SimpleRegression fit = new SimpleRegression();
        Set<Double> positions = new HashSet<>();
        for (RunValue run : measurements.runs(claim.metric(), matching)) {
            if (!slope.group().matches(run.scheme(), run.parameters()) || (claim.convergedOnly() && !run.converged())) {
                continue;
            }
            Double x = run.parameters().get(slope.parameter());
            if (x == null || !(x > 0) || !(run.value() > 0)) {
                return new Measurement(Double.NaN, Double.NaN, Double.NaN, slope.low(), slope.high(),
                        Verdict.INCONCLUSIVE, "run " + run.runId() + " has " + slope.parameter() + " = " + x
                                + " and " + claim.metric() + " = " + Claims.format(run.value())
                                + ": a log-log slope needs positive values");
            }
            positions.add(x);
            fit.addData(Math.log(x), Math.log(run.value()));
        }
        if (fit.getN() < 3 || positions.size() < 2) {
            return new Measurement(Double.NaN, Double.NaN, Double.NaN, slope.low(), slope.high(),
                    Verdict.INCONCLUSIVE, "a slope needs three runs at two or more values of " + slope.parameter()
                            + ", found " + fit.getN() + " runs at " + positions.size());
        }
        double half = fit.getSlopeConfidenceInterval(1 - confidenceLevel);
        return judge("log-log slope over " + fit.getN() + " runs", fit.getSlope(), fit.getSlope() - half,
                fit.getSlope() + half, slope.low(), slope.high(), false);
    }

    /**
     * The correlation of the metric and {@code against} over the group's runs that have both, with the interval
     * tanh(atanh r ± z·se), se = 1/√(n − 3) for Pearson and √(1.06/(n − 3)) for Spearman (Fieller, Hartley and
     * Pearson's approximation).
     */
    private Measurement correlation(Claim claim, Correlation correlation, List<SettingStatistics> settings,
            Measurements measurements) {
        Group group = correlation.group();
        Set<String> matching = settings.stream().filter(s -> group.matches(s.scheme(), s.parameters()))
                .map(SettingStatistics::setting).collect(Collectors.toSet());
        Map<Long, Double> others = new TreeMap<>();
        for (RunValue run : measurements.runs(correlation.against(), matching)) {
            others.put(run.runId(), run.value());
        }
        List<double[]> pairs = new ArrayList<>();
        for (RunValue run : measurements.runs(claim.metric(), matching)) {
            Double other = others.get(run.runId());
            if (other != null && group.matches(run.scheme(), run.parameters())
                    && (run.converged() || !claim.convergedOnly())) {
                pairs.add(new double[] {run.value(), other});
            }
        }
        int n = pairs.size();
        if (n < MIN_CORRELATED_RUNS) {
            return new Measurement(Double.NaN, Double.NaN, Double.NaN, correlation.low(), correlation.high(),
                    Verdict.INCONCLUSIVE, "a correlation needs " + MIN_CORRELATED_RUNS + " runs with both "
                            + claim.metric() + " and " + correlation.against() + ", found " + n);
        }
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
        double r = correlation.rank() ? new SpearmansCorrelation().correlation(x, y)
                : new PearsonsCorrelation().correlation(x, y);
        if (Double.isNaN(r)) {
            return new Measurement(Double.NaN, Double.NaN, Double.NaN, correlation.low(), correlation.high(),
                    Verdict.INCONCLUSIVE, claim.metric() + " or " + correlation.against() + " does not vary");
        }
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidenceLevel / 2);
        double se = Math.sqrt((correlation.rank() ? SPEARMAN_VARIANCE : 1) / (n - 3));
        double centre = atanh(Math.max(-1, Math.min(1, r)));
        return judge((correlation.rank() ? "Spearman" : "Pearson") + " correlation over " + n + " runs", r,
                Math.tanh(centre - z * se), Math.tanh(centre + z * se), correlation.low(), correlation.high(), false);
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }

    private static Measurement paired(Paired paired, SeedStatistics perSeed, Interval interval,
            double referenceMean) {
        if (paired instanceof PairedRatio ratio) {
            return judge("mean ratio over " + perSeed.count() + " seeds", perSeed.mean(), interval.low(),
                    interval.high(), ratio.low(), ratio.high(), false);
        }
        double tolerance = ((PairedClose) paired).relativeTolerance() * Math.abs(referenceMean);
        return judge("mean difference over " + perSeed.count() + " seeds", perSeed.mean(), interval.low(),
                interval.high(), -tolerance, tolerance, false);
    }

    private static Measurement within(Within within, Pooled group) {
        double low = within.low() == null ? Double.NEGATIVE_INFINITY : within.low();
        double high = within.high() == null ? Double.POSITIVE_INFINITY : within.high();
        SeedStatistics s = group.statistics;
        if (within.statistic() == Statistic.EVERY_RUN) {
            boolean holds = s.min() >= low && s.max() <= high;
            String reason = holds ? "every run of " + group.group.label() + " in [" + Claims.format(s.min()) + ", "
                    + Claims.format(s.max()) + "]"
                    : s.min() < low ? "run " + s.minRunId() + " has " + Claims.format(s.min()) + " < "
                            + Claims.format(low)
                    : "run " + s.maxRunId() + " has " + Claims.format(s.max()) + " > " + Claims.format(high);
            return new Measurement(s.mean(), s.min(), s.max(), within.low(), within.high(),
                    holds ? Verdict.HOLDS : Verdict.VIOLATED, reason);
        }
        return judge("mean of " + group.group.label(), s.mean(), group.interval.low(), group.interval.high(),
                within.low(), within.high(), false);
    }

    private static Measurement ordering(Pooled lower, Pooled higher) {
        double difference = lower.statistics.mean() - higher.statistics.mean();
        Measurement m = judge("difference of means", difference, lower.interval.low() - higher.interval.high(),
                lower.interval.high() - higher.interval.low(), null, 0.0, true);
        return m.verdict == Verdict.INCONCLUSIVE && m.high > 0 && m.low < 0
                ? m.withReason("the intervals of " + lower.group.label() + " and " + higher.group.label()
                        + " overlap (difference of means " + Claims.format(difference) + ")")
                : m;
    }

    /**
     * Holds when [low, high] lies inside the prediction, is violated when it lies outside; {@code strictHigh}: the
     * prediction's upper end is excluded (an ordering: equal means are not "below").
     */
    private static Measurement judge(String what, double value, double low, double high, Double predictedLow,
            Double predictedHigh, boolean strictHigh) {
        double pLow = predictedLow == null ? Double.NEGATIVE_INFINITY : predictedLow;
        double pHigh = predictedHigh == null ? Double.POSITIVE_INFINITY : predictedHigh;
        boolean aboveLow = low >= pLow;
        boolean belowHigh = strictHigh ? high < pHigh : high <= pHigh;
        boolean disjoint = high < pLow || (strictHigh ? low >= pHigh : low > pHigh);
        String interval = what + " " + Claims.format(value) + ", interval " + describe(new Interval(low, high));
        Verdict verdict;
        String reason;
        if (aboveLow && belowHigh) {
            verdict = Verdict.HOLDS;
            reason = interval + " inside the prediction";
        } else if (disjoint) {
            verdict = Verdict.VIOLATED;
            reason = interval + " outside the prediction";
        } else {
            verdict = Verdict.INCONCLUSIVE;
            reason = Double.isInfinite(low) || Double.isInfinite(high)
                    ? what + " " + Claims.format(value) + ": a group has a single run, so its spread is unknown"
                    : interval + " straddles the prediction";
        }
        return new Measurement(value, low, high, predictedLow, predictedHigh, verdict, reason);
    }

    private static String describe(Interval interval) {
        return "[" + Claims.format(interval.low()) + ", " + Claims.format(interval.high()) + "]";
    }

    /** The prediction's range when no measurement exists (a paired claim's depends on the reference's mean). */
    private static Double lowOf(Prediction prediction) {
        return prediction instanceof Within w ? w.low() : prediction instanceof PairedRatio r ? r.low()
                : prediction instanceof Slope s ? s.low() : prediction instanceof Correlation c ? c.low() : null;
    }

    private static Double highOf(Prediction prediction) {
        return prediction instanceof Within w ? w.high() : prediction instanceof PairedRatio r ? r.high()
                : prediction instanceof Slope s ? s.high() : prediction instanceof Correlation c ? c.high()
                : prediction instanceof Ordering ? 0.0 : null;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private record Pooled(Group group, SeedStatistics statistics, long excluded, Interval interval) {

        long runs() {
            return statistics == null ? 0 : statistics.count();
        }

        GroupEvidence evidence() {
            if (statistics == null) {
                return new GroupEvidence(group.label(), group, 0, excluded, null, null, null, null, null, null, null);
            }
            return new GroupEvidence(group.label(), group, statistics.count(), excluded, statistics.mean(),
                    finite(interval.low()), finite(interval.high()), statistics.min(), statistics.minRunId(),
                    statistics.max(), statistics.maxRunId());
        }
    }

    private record Measurement(double value, double low, double high, Double predictedLow, Double predictedHigh,
            Verdict verdict, String reason) {

        Measurement withReason(String newReason) {
            return new Measurement(value, low, high, predictedLow, predictedHigh, verdict, newReason);
        }
    }
}
