package org.normbench.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.normbench.metric.MetricPoint;

/** Read-only views of experiments and runs, shared by the REST API and the UI. */
@ApplicationScoped
@Transactional
public class ExperimentQueries {

    public Optional<ExperimentDetails> experiment(long id) {
        return Experiment.<Experiment>findByIdOptional(id).map(ExperimentDetails::of);
    }

    public Optional<RunDetails> run(long id) {
        return Run.<Run>findByIdOptional(id).map(RunDetails::full);
    }

    /** A run's metric series by name, or empty when the run does not exist. */
    public Optional<Map<String, MetricSeries>> metrics(long runId) {
        if (Run.findById(runId) == null) {
            return Optional.empty();
        }
        Map<String, MetricSeries> series = new LinkedHashMap<>();
        for (MetricPoint point : MetricPoint.ofRun(runId)) {
            MetricSeries s = series.computeIfAbsent(point.series,
                    k -> new MetricSeries(new ArrayList<>(), new ArrayList<>()));
            s.steps().add(point.step);
            s.values().add(point.value);
        }
        return Optional.of(series);
    }
}
