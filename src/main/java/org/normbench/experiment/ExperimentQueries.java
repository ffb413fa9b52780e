package org.normbench.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.normbench.metric.MetricPoint;

/** Read-only views of experiments and runs, shared by the REST API and the UI. */
@ApplicationScoped
@Transactional
public class ExperimentQueries {

    /** Experiments, newest first, {@code limit} of them from {@code offset}. */
    public Page<ExperimentSummary> experiments(int offset, int limit) {
        List<Experiment> experiments = Experiment.find("order by id desc").range(offset, offset + limit - 1).list();
        Map<Long, Map<RunState, Long>> states = new HashMap<>();
        if (!experiments.isEmpty()) {
            List<Object[]> counts = Run.getEntityManager().createQuery("select r.experiment.id, r.state, count(r)"
                    + " from Run r where r.experiment.id in ?1 group by r.experiment.id, r.state", Object[].class)
                    .setParameter(1, experiments.stream().map(e -> e.id).toList()).getResultList();
            for (Object[] row : counts) {
                states.computeIfAbsent((Long) row[0], k -> new EnumMap<>(RunState.class))
                        .put((RunState) row[1], (Long) row[2]);
            }
        }
        List<ExperimentSummary> items = experiments.stream().map(e -> {
            Map<RunState, Long> byState = states.getOrDefault(e.id, Map.of());
            return new ExperimentSummary(e.id, e.name, e.benchmark.key, e.benchmark.version, e.createdAt,
                    byState.values().stream().mapToLong(Long::longValue).sum(), byState);
        }).toList();
        return new Page<>(items, offset, experimentCount());
    }

    public long experimentCount() {
        return Experiment.count();
    }

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
