package org.normbench.claim;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The runs a claim measures on one side: one scheme, at the parameter values in {@code where} (others free).
 * Every setting that matches is pooled, so a group names exactly the values its statement is about.
 */
public record Group(String scheme, Map<String, Double> where) {

    /** Relative tolerance when matching a stored parameter value (values pass through JSON). */
    private static final double MATCH_TOLERANCE = 1e-12;

    public Group {
        where = where == null ? Map.of() : Map.copyOf(where);
    }

    public static Group of(String scheme) {
        return new Group(scheme, Map.of());
    }

    public static Group of(String scheme, String parameter, double value) {
        return new Group(scheme, Map.of(parameter, value));
    }

    public boolean matches(String runScheme, Map<String, Double> parameters) {
        if (!scheme.equals(runScheme)) {
            return false;
        }
        for (Map.Entry<String, Double> wanted : where.entrySet()) {
            Double value = parameters.get(wanted.getKey());
            if (value == null || Math.abs(value - wanted.getValue())
                    > MATCH_TOLERANCE * Math.max(1, Math.abs(wanted.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** E.g. "ewn, depth = 1". */
    public String label() {
        if (where.isEmpty()) {
            return scheme;
        }
        return scheme + ", " + new TreeMap<>(where).entrySet().stream()
                .map(e -> e.getKey() + " = " + Claims.format(e.getValue())).collect(Collectors.joining(", "));
    }
}
