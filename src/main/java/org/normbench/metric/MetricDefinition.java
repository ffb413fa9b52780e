package org.normbench.metric;

/**
 * What a metric means: its unit, which direction is better, a one-line description and the spec section it comes
 * from (docs/metrics.md has the formulas).
 */
public record MetricDefinition(String name, String unit, Direction direction, String description, String source) {

    /** Which values rank first on a leaderboard; NONE for properties of the data or diagnostics. */
    public enum Direction { HIGHER, LOWER, NONE }
}
