package org.normbench.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.normbench.benchmark.BenchmarkDefinition;
import org.normbench.benchmark.ParameterDefinition;
import org.normbench.benchmark.ParameterOrder;

/**
 * Checks an experiment spec against its benchmark and expands it into runs: for every scheme, the
 * Cartesian product of the values of the parameters that apply to it, times the seeds. A parameter that
 * does not apply to a scheme does not multiply that scheme's runs.
 */
public final class ExperimentGrid {

    private final BenchmarkDefinition benchmark;
    private final ExperimentLimits limits;

    public ExperimentGrid(BenchmarkDefinition benchmark, ExperimentLimits limits) {
        this.benchmark = benchmark;
        this.limits = limits;
    }

    /** The runs of {@code spec}, or an exception naming every bad field. */
    public List<RunConfig> expand(ExperimentSpec spec) {
        List<FieldError> errors = new ArrayList<>();
        List<String> schemes = checkSchemes(spec.schemes(), errors);
        Map<String, List<Double>> grid = spec.grid() == null ? Map.of() : spec.grid();
        checkGrid(grid, schemes, errors);
        List<Long> seeds = checkSeeds(spec.seeds(), errors);
        checkSnapshotSteps(spec.snapshotSteps(), errors);
        if (spec.timeLimitSeconds() != null && spec.timeLimitSeconds() < 1) {
            errors.add(new FieldError("timeLimitSeconds", "a time limit must be at least 1 second, got "
                    + spec.timeLimitSeconds()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidExperimentException(errors);
        }
        long count = 0;
        for (String scheme : schemes) {
            long perScheme = seeds.size();
            for (ParameterDefinition p : benchmark.parameters()) {
                if (p.appliesTo(scheme)) {
                    perScheme *= grid.containsKey(p.name()) ? grid.get(p.name()).size() : 1;
                }
            }
            count += perScheme;
        }
        if (count > limits.maxRuns()) {
            throw new InvalidExperimentException(List.of(new FieldError("grid",
                    "expands to " + count + " runs; at most " + limits.maxRuns() + " are allowed per experiment")));
        }
        List<RunConfig> runs = new ArrayList<>();
        for (String scheme : schemes) {
            List<Map<String, Double>> combinations = List.of(new LinkedHashMap<>());
            for (ParameterDefinition p : benchmark.parameters()) {
                if (p.appliesTo(scheme)) {
                    combinations = extend(combinations, p.name(),
                            grid.getOrDefault(p.name(), List.of(p.defaultFor(scheme))));
                }
            }
            for (Map<String, Double> parameters : combinations) {
                checkOrders(parameters, errors);
                for (long seed : seeds) {
                    runs.add(new RunConfig(scheme, Map.copyOf(parameters), seed));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidExperimentException(errors);
        }
        return runs;
    }

    /** Records, once per relation, a combination that breaks one of the benchmark's parameter orders. */
    private void checkOrders(Map<String, Double> parameters, List<FieldError> errors) {
        for (ParameterOrder order : benchmark.orders()) {
            String field = "grid." + order.smaller();
            if (!order.holds(parameters) && errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldError(field, "needs " + order.describe() + ", but a run would get "
                        + order.smaller() + " = " + format(parameters.get(order.smaller())) + " and "
                        + order.larger() + " = " + format(parameters.get(order.larger()))));
            }
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static List<Map<String, Double>> extend(List<Map<String, Double>> combinations, String name,
            List<Double> values) {
        List<Map<String, Double>> extended = new ArrayList<>();
        for (Map<String, Double> combination : combinations) {
            for (double value : values) {
                Map<String, Double> next = new LinkedHashMap<>(combination);
                next.put(name, value);
                extended.add(next);
            }
        }
        return extended;
    }

    private List<String> checkSchemes(List<String> schemes, List<FieldError> errors) {
        if (schemes == null || schemes.isEmpty()) {
            errors.add(new FieldError("schemes", "choose at least one scheme of " + benchmark.schemes()));
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < schemes.size(); i++) {
            String scheme = schemes.get(i);
            if (!benchmark.schemes().contains(scheme)) {
                errors.add(new FieldError("schemes[" + i + "]", "benchmark " + benchmark.key() + " does not support"
                        + " scheme '" + scheme + "'; it supports " + benchmark.schemes()));
            } else if (!seen.add(scheme)) {
                errors.add(new FieldError("schemes[" + i + "]", "scheme '" + scheme + "' is listed twice"));
            }
        }
        return List.copyOf(seen);
    }

    private void checkGrid(Map<String, List<Double>> grid, List<String> schemes, List<FieldError> errors) {
        for (Map.Entry<String, List<Double>> entry : grid.entrySet()) {
            String field = "grid." + entry.getKey();
            ParameterDefinition p = benchmark.parameter(entry.getKey()).orElse(null);
            if (p == null) {
                errors.add(new FieldError(field, "benchmark " + benchmark.key() + " has no parameter '"
                        + entry.getKey() + "'"));
                continue;
            }
            List<Double> values = entry.getValue();
            if (values == null || values.isEmpty()) {
                errors.add(new FieldError(field, "give at least one value (or leave it out to use the default "
                        + p.describeDefaults() + ")"));
                continue;
            }
            if (values.size() > limits.maxValuesPerParameter()) {
                errors.add(new FieldError(field, values.size() + " values; at most " + limits.maxValuesPerParameter()
                        + " are allowed"));
                continue;
            }
            if (!schemes.isEmpty() && schemes.stream().noneMatch(p::appliesTo)) {
                errors.add(new FieldError(field, "applies only to schemes " + p.schemes()
                        + ", none of which is selected"));
            }
            Set<Double> distinct = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                Double value = values.get(i);
                String problem = value == null ? "must be a number" : p.problemWith(value);
                if (problem != null) {
                    errors.add(new FieldError(field + "[" + i + "]", p.label() + " " + problem));
                } else if (!distinct.add(value)) {
                    errors.add(new FieldError(field + "[" + i + "]", "value " + value + " is listed twice"));
                }
            }
        }
    }

    private void checkSnapshotSteps(List<Long> steps, List<FieldError> errors) {
        if (steps.size() > limits.maxSnapshotSteps()) {
            errors.add(new FieldError("snapshotSteps", steps.size() + " snapshot steps; at most "
                    + limits.maxSnapshotSteps() + " are allowed"));
            return;
        }
        Set<Long> distinct = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Long step = steps.get(i);
            if (step == null || step < 1) {
                errors.add(new FieldError("snapshotSteps[" + i + "]", "a snapshot step must be a whole number ≥ 1"
                        + " (step 0 is always saved, as init)"));
            } else if (!distinct.add(step)) {
                errors.add(new FieldError("snapshotSteps[" + i + "]", "step " + step + " is listed twice"));
            }
        }
    }

    private List<Long> checkSeeds(List<Long> seeds, List<FieldError> errors) {
        if (seeds == null || seeds.isEmpty()) {
            errors.add(new FieldError("seeds", "give at least one seed"));
            return List.of();
        }
        if (seeds.size() > limits.maxSeeds()) {
            errors.add(new FieldError("seeds", seeds.size() + " seeds; at most " + limits.maxSeeds() + " are allowed"));
            return List.of();
        }
        Set<Long> distinct = new HashSet<>();
        for (int i = 0; i < seeds.size(); i++) {
            Long seed = seeds.get(i);
            if (seed == null || seed < 0) {
                errors.add(new FieldError("seeds[" + i + "]", "a seed must be a non-negative whole number"));
            } else if (!distinct.add(seed)) {
                errors.add(new FieldError("seeds[" + i + "]", "seed " + seed + " is listed twice"));
            }
        }
        return List.copyOf(seeds);
    }
}
