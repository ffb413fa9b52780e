package org.normbench.experiment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What tells settings apart: the hyperparameters that vary between them, and those they all share. */
public final class ParameterDifferences {

    private ParameterDifferences() {
    }

    /** Parameters whose value differs between the settings, or that only some of them have; sorted. */
    public static Set<String> varying(Collection<Map<String, Double>> settings) {
        Map<String, Set<Double>> values = new HashMap<>();
        Map<String, Integer> present = new HashMap<>();
        for (Map<String, Double> setting : settings) {
            setting.forEach((k, v) -> {
                values.computeIfAbsent(k, x -> new TreeSet<>()).add(v);
                present.merge(k, 1, Integer::sum);
            });
        }
        Set<String> varying = new TreeSet<>();
        values.forEach((k, v) -> {
            if (v.size() > 1 || present.get(k) < settings.size()) {
                varying.add(k);
            }
        });
        return varying;
    }

    /** Parameters every setting has with the same value; sorted by name. */
    public static Map<String, Double> shared(Collection<Map<String, Double>> settings) {
        Map<String, Double> shared = new TreeMap<>(settings.stream().findFirst().orElse(Map.of()));
        shared.keySet().removeAll(varying(settings));
        return shared;
    }
}
