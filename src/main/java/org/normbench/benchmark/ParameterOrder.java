package org.normbench.benchmark;

import java.util.Map;

/**
 * A relation every run's resolved parameters must satisfy: {@code smaller} below {@code larger} (or at most, when
 * not {@code strict}) — e.g. fewer measurements than unknowns. Checked when an experiment is submitted, so a bad
 * combination is refused with a message instead of failing on a worker.
 */
public record ParameterOrder(String smaller, String larger, boolean strict) {

    /** Whether {@code parameters} satisfy the relation; true when either parameter is absent. */
    public boolean holds(Map<String, Double> parameters) {
        Double small = parameters.get(smaller);
        Double large = parameters.get(larger);
        return small == null || large == null || (strict ? small < large : small <= large);
    }

    public String describe() {
        return smaller + (strict ? " < " : " ≤ ") + larger;
    }
}
