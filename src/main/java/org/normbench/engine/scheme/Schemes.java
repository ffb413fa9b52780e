package org.normbench.engine.scheme;

import java.util.Map;

/** Builds a scheme from its name and its scheme-specific hyperparameters. */
public final class Schemes {

    private Schemes() {
    }

    public static NormalizationScheme create(String name, Map<String, Double> parameters) {
        return switch (name) {
            case Unnormalized.NAME -> new Unnormalized();
            case WeightNormalization.NAME -> new WeightNormalization(required(parameters, "alpha", name));
            case WeightNormalization.UNIT_DIRECTIONS_NAME -> WeightNormalization.unitDirections();
            case ExponentialWeightNormalization.NAME -> new ExponentialWeightNormalization();
            case CoefficientNormalization.NAME -> new CoefficientNormalization();
            default -> throw new IllegalArgumentException("unknown normalization scheme '" + name + "'");
        };
    }

    private static double required(Map<String, Double> parameters, String key, String scheme) {
        Double value = parameters.get(key);
        if (value == null) {
            throw new IllegalArgumentException("scheme '" + scheme + "' needs the hyperparameter '" + key + "'");
        }
        return value;
    }
}
