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
}
