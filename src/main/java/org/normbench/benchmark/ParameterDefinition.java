package org.normbench.benchmark;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A hyperparameter a benchmark accepts: its range, default, and the schemes it applies to (empty: all).
 *
 * @param integer        whether only whole numbers are valid
 * @param exclusiveMin   whether {@code min} itself is invalid (e.g. a step size must be &gt; 0)
 * @param schemeDefaults defaults that differ by scheme (a paper tuned each scheme's schedule separately);
 *                       schemes not named here take {@code defaultValue}
 */
public record ParameterDefinition(String name, String label, String description, boolean integer, double min,
        boolean exclusiveMin, double max, double defaultValue, List<String> schemes,
        Map<String, Double> schemeDefaults) {

    public ParameterDefinition {
        // definitions stored before per-scheme defaults existed have none
        schemeDefaults = schemeDefaults == null ? Map.of() : Map.copyOf(schemeDefaults);
    }

    /** A parameter with one default for every scheme. */
    public ParameterDefinition(String name, String label, String description, boolean integer, double min,
            boolean exclusiveMin, double max, double defaultValue, List<String> schemes) {
        this(name, label, description, integer, min, exclusiveMin, max, defaultValue, schemes, Map.of());
    }

    public boolean appliesTo(String scheme) {
        return schemes.isEmpty() || schemes.contains(scheme);
    }

    /** The value a run of {@code scheme} gets when the experiment's grid leaves this parameter out. */
    public double defaultFor(String scheme) {
        return schemeDefaults.getOrDefault(scheme, defaultValue);
    }

    /** The defaults in words, e.g. "0.933; ewn: 0.8". */
    public String describeDefaults() {
        String others = format(defaultValue);
        if (schemeDefaults.isEmpty()) {
            return others;
        }
        return others + "; " + schemeDefaults.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + format(e.getValue())).collect(Collectors.joining("; "));
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
