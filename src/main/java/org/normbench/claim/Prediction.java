package org.normbench.claim;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * What a claim predicts about its metric: a range, an ordering between groups, for schemes and settings that start
 * from the same function with the same seed (paired initialization) the equality or the ratio of runs paired by seed,
 * where unpaired intervals would mostly show the spread between seeds, a power law's exponent across a parameter, or
 * how closely the metric follows another one across runs.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Prediction.Within.class, name = "within"),
        @JsonSubTypes.Type(value = Prediction.Ordering.class, name = "ordering"),
        @JsonSubTypes.Type(value = Prediction.PairedClose.class, name = "paired-close"),
        @JsonSubTypes.Type(value = Prediction.PairedRatio.class, name = "paired-ratio"),
        @JsonSubTypes.Type(value = Prediction.Slope.class, name = "slope"),
        @JsonSubTypes.Type(value = Prediction.Correlation.class, name = "correlation")})
public sealed interface Prediction permits Prediction.Within, Prediction.Ordering,
        Prediction.Paired, Prediction.Slope, Prediction.Correlation {

    /** The groups the prediction compares, in the order its evidence lists them. */
    List<Group> groups();

    /** The prediction in words, e.g. "mean of ewn in [4, 6]". */
    String describe();

    /** Which statistic of a group a range is about. */
    enum Statistic {
        /** The mean over seeds, judged by its confidence interval. */
        MEAN,
        /** Every run on its own ("in every seed"), judged by the smallest and largest value. */
        EVERY_RUN
    }

    /** The group's metric lies in [low, high]; a null end is unbounded. */
    record Within(Group group, Double low, Double high, Statistic statistic) implements Prediction {

        public static Within atLeast(Group group, double low, Statistic statistic) {
            return new Within(group, low, null, statistic);
        }

        public static Within atMost(Group group, double high, Statistic statistic) {
            return new Within(group, null, high, statistic);
        }

        public List<Group> groups() {
            return List.of(group);
        }

        public String describe() {
            return (statistic == Statistic.MEAN ? "mean of " : "every run of ") + group.label() + " "
                    + Claims.range(low, high);
        }
    }

    /** The metric of {@code lower} is below that of {@code higher} (means, judged by their intervals). */
    record Ordering(Group lower, Group higher) implements Prediction {

        public List<Group> groups() {
            return List.of(lower, higher);
        }

        public String describe() {
            return lower.label() + " < " + higher.label();
        }
    }

    /** A comparison of runs paired by seed: each seed's value in {@code first} against its value in {@code second}. */
    sealed interface Paired extends Prediction {

        Group first();

        Group second();

        /** What one seed contributes: e.g. the difference or the ratio of its two values. */
        double combine(double first, double second);

        default List<Group> groups() {
            return List.of(first(), second());
        }
    }

    /** Runs with the same seed end with the same value, within ± relativeTolerance · |mean of the reference|. */
    record PairedClose(Group group, Group reference, double relativeTolerance) implements Paired {

        public Group first() {
            return group;
        }

        public Group second() {
            return reference;
        }

        public double combine(double first, double second) {
            return first - second;
        }

        public String describe() {
            return group.label() + " = " + reference.label() + " seed by seed, within "
                    + Claims.format(100 * relativeTolerance) + "%";
        }
    }

    /**
     * The mean over seeds of the ratio numerator/denominator of runs with the same seed lies in [low, high]; a null
     * end is unbounded.
     */
    record PairedRatio(Group numerator, Group denominator, Double low, Double high) implements Paired {

        public Group first() {
            return numerator;
        }

        public Group second() {
            return denominator;
        }

        public double combine(double first, double second) {
            return first / second;
        }

        public String describe() {
            return numerator.label() + " / " + denominator.label() + " seed by seed " + Claims.range(low, high);
        }
    }

    /**
     * The metric follows a power law in {@code parameter}: the least-squares slope of ln(metric) against
     * ln(parameter) over the group's runs (a log-log plot's slope) lies in [low, high]; a null end is unbounded.
     */
    record Slope(Group group, String parameter, Double low, Double high) implements Prediction {

        public List<Group> groups() {
            return List.of(group);
        }

        public String describe() {
            return "log-log slope against " + parameter + " over " + group.label() + " "
                    + Claims.range(low, high);
        }
    }

    /**
     * Across the group's runs the metric moves with {@code against}: their Pearson (linear) or, with {@code rank},
     * Spearman (rank) correlation run by run lies in [low, high]; a null end is unbounded.
     */
    record Correlation(Group group, String against, boolean rank, Double low, Double high) implements Prediction {

        public List<Group> groups() {
            return List.of(group);
        }

        public String describe() {
            return (rank ? "Spearman" : "Pearson") + " correlation with " + against + " over " + group.label() + " "
                    + Claims.range(low, high);
        }
    }
}
