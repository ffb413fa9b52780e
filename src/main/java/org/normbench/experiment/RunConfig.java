package org.normbench.experiment;

import java.util.Map;

/** One point of an experiment's grid: a scheme, resolved hyperparameters, and a seed. */
public record RunConfig(String scheme, Map<String, Double> parameters, long seed) {
}
