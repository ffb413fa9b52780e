package org.normbench.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.normbench.claim.BuiltInClaims;
import org.normbench.claim.Claim;
import org.normbench.claim.Group;
import org.normbench.experiment.ExperimentGrid;
import org.normbench.experiment.ExperimentLimits;
import org.normbench.experiment.ExperimentSpec;
import org.normbench.experiment.RunConfig;
import org.normbench.experiment.Visibility;
import org.normbench.metric.MetricCatalogue;

/**
 * The built-in catalogue is consistent: every benchmark belongs to a paper, its presets are valid experiments,
 * every claim measures a defined metric on groups the benchmark can run, and the CPU preset — the paper page's
 * "reproduce" button — has runs in every group of every claim, so none of them can stay inconclusive for want of
 * a setting.
 */
class BuiltInCatalogueTest {

    /** The portal's default limits are larger; these are the ones a preset must fit anyway. */
    private static final ExperimentLimits LIMITS = new ExperimentLimits() {
        public int maxRuns() {
            return 500;
        }

        public int maxSeeds() {
            return 20;
        }

        public int maxValuesPerParameter() {
            return 20;
        }

        public int maxNameLength() {
            return 200;
        }

        public int maxSnapshotSteps() {
            return 20;
        }
    };

    static List<BenchmarkDefinition> benchmarks() {
        return BuiltInBenchmarks.all();
    }

    @ParameterizedTest
    @MethodSource("benchmarks")
    void presetsAreValidExperimentsAndTheCpuPresetCoversEveryClaim(BenchmarkDefinition benchmark) {
        assertTrue(BuiltInPapers.ofBenchmark(benchmark.key()).isPresent(), benchmark.key() + " has a paper");
        List<Preset> presets = BuiltInPresets.of(benchmark.key());
        assertEquals(Set.of(Preset.CPU, Preset.PAPER), presets.stream().map(Preset::name).collect(Collectors.toSet()),
                benchmark.key());
        ExperimentGrid grid = new ExperimentGrid(benchmark, LIMITS);
        Map<String, List<RunConfig>> runs = new HashMap<>();
        for (Preset preset : presets) {
            runs.put(preset.name(), grid.expand(ExperimentSpec.of(benchmark.key(), preset, Visibility.PRIVATE)));
        }
        Map<String, ParameterDefinition> parameters = benchmark.parameters().stream()
                .collect(Collectors.toMap(ParameterDefinition::name, p -> p));
        for (Claim claim : BuiltInClaims.of(benchmark.key())) {
            String name = benchmark.key() + "/" + claim.id();
            assertTrue(MetricCatalogue.find(claim.metric()).isPresent(), name + ": metric " + claim.metric());
            for (Group group : claim.prediction().groups()) {
                assertTrue(benchmark.schemes().contains(group.scheme()), name + ": scheme " + group.scheme());
                for (String parameter : group.where().keySet()) {
                    assertTrue(parameters.containsKey(parameter), name + ": parameter " + parameter);
                }
                long matching = runs.get(Preset.CPU).stream()
                        .filter(r -> group.matches(r.scheme(), withDefaults(r, benchmark))).count();
                assertTrue(matching >= claim.minRuns(), name + ": the CPU preset has " + matching + " runs in "
                        + group.label() + ", the claim needs " + claim.minRuns());
            }
        }
    }

    /** A run's parameters as the worker sees them: the grid's values over the benchmark's defaults. */
    private static Map<String, Double> withDefaults(RunConfig run, BenchmarkDefinition benchmark) {
        Map<String, Double> all = new HashMap<>();
        for (ParameterDefinition parameter : benchmark.parameters()) {
            if (parameter.appliesTo(run.scheme())) {
                all.put(parameter.name(), parameter.defaultFor(run.scheme()));
            }
        }
        all.putAll(run.parameters());
        return all;
    }
}
