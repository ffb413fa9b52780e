package org.normbench.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MetricCatalogueTest {

    @Test
    void namesWithTrailingNumbersSortByMagnitude() {
        List<String> sorted = Stream.of("steps_to_log_loss_-300", "steps_to_1e-8", "steps_to_log_loss_-10",
                "active_neurons", "steps_to_1e-2", "steps_to_log_loss_-5", "neuron_norm.12", "neuron_norm.3")
                .sorted(MetricCatalogue.NAME_ORDER).toList();
        assertEquals(List.of("active_neurons", "neuron_norm.3", "neuron_norm.12", "steps_to_1e-2", "steps_to_1e-8",
                "steps_to_log_loss_-5", "steps_to_log_loss_-10", "steps_to_log_loss_-300"), sorted);
    }

    @Test
    void pruningNamesResolveToTheirFamiliesWithTheirLevels() {
        assertEquals("pruned_\\d+pct_accuracy_at_log_loss_-\\d+",
                MetricCatalogue.find("pruned_90pct_accuracy_at_log_loss_-100").orElseThrow().name());
        assertEquals("random_pruned_\\d+pct_accuracy_at_log_loss_-\\d+",
                MetricCatalogue.find("random_pruned_90pct_accuracy_at_log_loss_-10").orElseThrow().name());
        assertEquals("pruning_curve_by_growth_from_log_loss_-\\d+_at_log_loss_-\\d+",
                MetricCatalogue.find("pruning_curve_by_growth_from_log_loss_-10_at_log_loss_-100").orElseThrow()
                        .name());
        // pruning curves are drawn against p, the width search against its trials, everything else against steps
        assertEquals("p: % pruned", MetricCatalogue.stepAxis("pruning_curve_at_log_loss_-30"));
        assertEquals("p: % pruned", MetricCatalogue.stepAxis("neuron_pruning_speedup"));
        assertEquals("trial of the width search", MetricCatalogue.stepAxis("trial_width"));
        assertEquals("step", MetricCatalogue.stepAxis("loss"));
        assertEquals("step", MetricCatalogue.stepAxis("no_such_metric"));
        List<String> sorted = Stream.of("pruning_auc_at_log_loss_-100", "pruning_auc_at_log_loss_-5",
                "pruning_auc_at_log_loss_-30").sorted(MetricCatalogue.NAME_ORDER).toList();
        assertEquals(List.of("pruning_auc_at_log_loss_-5", "pruning_auc_at_log_loss_-30",
                "pruning_auc_at_log_loss_-100"), sorted);
    }
}
