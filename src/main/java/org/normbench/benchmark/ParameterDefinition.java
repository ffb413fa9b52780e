package org.normbench.benchmark;

import java.util.List;

/**
 * A hyperparameter a benchmark accepts: its range, default, and the schemes it applies to (empty: all).
 *
 * @param integer      whether only whole numbers are valid
 * @param exclusiveMin whether {@code min} itself is invalid (e.g. a step size must be &gt; 0)
 */
public record ParameterDefinition(String name, String label, String description, boolean integer, double min,
        boolean exclusiveMin, double max, double defaultValue, List<String> schemes) {

    public boolean appliesTo(String scheme) {
        return schemes.isEmpty() || schemes.contains(scheme);
    }

    /** Why {@code value} is not acceptable, or null when it is. */
    public String problemWith(double value) {
        if (!Double.isFinite(value)) {
            return "must be a finite number";
        }
        if (integer && value != Math.rint(value)) {
            return "must be a whole number, got " + value;
        }
        if (exclusiveMin ? value <= min : value < min) {
            return "must be " + (exclusiveMin ? "greater than " : "at least ") + format(min) + ", got " + format(value);
        }
        if (value > max) {
            return "must be at most " + format(max) + ", got " + format(value);
        }
        return null;
    }

    /** Whole numbers without a decimal point, others as Java prints them. */
    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
