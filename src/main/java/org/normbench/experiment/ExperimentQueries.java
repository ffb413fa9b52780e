package org.normbench.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.normbench.account.Caller;
import org.normbench.metric.MetricPoint;

/**
 * Read-only views of experiments and runs, shared by the REST API and the UI. Whatever the caller may not read is
 * absent: left out of lists and counts, and reported as not found.
 */
@ApplicationScoped
@Transactional
public class ExperimentQueries {

    /** The experiments the caller may read, newest first, {@code limit} of them from {@code offset}. */
    public Page<ExperimentSummary> experiments(Caller caller, int offset, int limit) {
        List<Experiment> experiments = readable(caller, "select e", " order by e.id desc", Experiment.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
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
        List<ExperimentSummary> items = experiments.stream()
                .map(e -> ExperimentSummary.of(e, states.getOrDefault(e.id, Map.of()))).toList();
        return new Page<>(items, offset, experimentCount(caller));
    }

    public long experimentCount(Caller caller) {
        return readable(caller, "select count(e)", "", Long.class).getSingleResult();
    }

    public Optional<ExperimentDetails> experiment(Caller caller, long id) {
        return readableExperiment(caller, id).map(e -> ExperimentDetails.of(e, caller));
    }

    /** The experiment, when it exists and the caller may read it. */
    public Optional<Experiment> readableExperiment(Caller caller, long id) {
        return Experiment.<Experiment>findByIdOptional(id).filter(e -> ExperimentAccess.canRead(caller, e));
    }

    /** The run, when it exists and the caller may read its experiment. */
    public Optional<Run> readableRun(Caller caller, long id) {
        return Run.<Run>findByIdOptional(id).filter(r -> ExperimentAccess.canRead(caller, r.experiment));
    }

    public Optional<RunDetails> run(Caller caller, long id) {
        return readableRun(caller, id).map(RunDetails::full);
    }

    /** A run's metric series by name, or empty when the run does not exist or the caller may not read it. */
    public Optional<Map<String, MetricSeries>> metrics(Caller caller, long runId) {
        if (readableRun(caller, runId).isEmpty()) {
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

    private static <T> TypedQuery<T> readable(Caller caller, String select, String orderBy, Class<T> type) {
        ExperimentAccess.Filter filter = ExperimentAccess.readable(caller, "e");
        TypedQuery<T> query = Experiment.getEntityManager().createQuery(select + " from Experiment e"
                + (filter.condition().isEmpty() ? "" : " where " + filter.condition()) + orderBy, type);
        filter.parameters().forEach(query::setParameter);
        return query;
    }
}
