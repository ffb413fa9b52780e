package org.normbench.experiment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.normbench.metric.MetricPoint;
import org.normbench.metric.SummaryMetric;
import org.normbench.queue.RunEvent;

/**
 * Applies a worker's run event to the database, idempotently: points and summaries are keyed by
 * (run, series, step) and (run, name) and never written twice, and a final state is never left. So a
 * redelivered event, or a whole run trained again after a worker crash, changes nothing already stored.
 */
@ApplicationScoped
public class RunEventHandler {

    private static final Logger LOG = Logger.getLogger(RunEventHandler.class);
    private static final int MAX_ERROR_LENGTH = 4000;

    private final Event<RunsFinished> finished;

    public RunEventHandler(Event<RunsFinished> finished) {
        this.finished = finished;
    }

    /** Applies {@code event}; returns the run's experiment id, or empty when the run is unknown here. */
    @Transactional
    public Optional<Long> apply(RunEvent event) {
        Run run = Run.findById(event.runId());
        if (run == null) {
            LOG.warnf("skipping %s event for unknown run %d", event.type(), event.runId());
            return Optional.empty();
        }
        if (!carriesToken(run, event)) {
            LOG.warnf("skipping %s event for run %d from %s: it does not carry the run's token, so its sender was"
                    + " not given the run", event.type(), event.runId(), event.workerId());
            return Optional.empty();
        }
        addPoints(run.id, event.points() == null ? List.of() : event.points());
        Instant time = Instant.ofEpochMilli(event.timeMillis());
        if (!run.state.isFinal()) {
            switch (event.type()) {
                case STARTED, PROGRESS -> {
                    markRunning(run, event.workerId(), time);
                    if (event.environment() != null) {
                        // a run taken over after a crash records the worker that computed its end
                        run.environmentJson = StoredJson.write(event.environment());
                    }
                }
                case FINISHED -> {
                    addSummary(run.id, event.summary() == null ? Map.of() : event.summary());
                    finish(run, RunState.SUCCEEDED, event.workerId(), time);
                    finished.fire(new RunsFinished(List.of(run)));
                }
                case FAILED -> {
                    run.error = truncate(event.error());
                    finish(run, RunState.FAILED, event.workerId(), time);
                    finished.fire(new RunsFinished(List.of(run)));
                }
            }
        }
        return Optional.of(run.experiment.id);
    }

    /** Runs stored before run tokens existed have none and accept events without one. */
    public static boolean carriesToken(Run run, RunEvent event) {
        return run.runToken == null || (event.runToken() != null && MessageDigest.isEqual(
                run.runToken.getBytes(StandardCharsets.US_ASCII), event.runToken().getBytes(StandardCharsets.US_ASCII)));
    }

    private static void markRunning(Run run, String worker, Instant time) {
        run.state = RunState.RUNNING;
        run.worker = worker;
        if (run.startedAt == null) {
            run.startedAt = time;
        }
    }

    private static void finish(Run run, RunState state, String worker, Instant time) {
        run.state = state;
        run.worker = worker;
        if (run.startedAt == null) {
            run.startedAt = time;
        }
        run.finishedAt = time;
    }

    private static void addPoints(long runId, List<RunEvent.Point> points) {
        Map<String, List<RunEvent.Point>> bySeries = points.stream()
                .collect(Collectors.groupingBy(RunEvent.Point::series));
        for (Map.Entry<String, List<RunEvent.Point>> series : bySeries.entrySet()) {
            List<RunEvent.Point> batch = series.getValue();
            long first = batch.stream().mapToLong(RunEvent.Point::step).min().orElseThrow();
            long last = batch.stream().mapToLong(RunEvent.Point::step).max().orElseThrow();
            Set<Long> stored = new HashSet<>(MetricPoint.getEntityManager().createQuery(
                    "select p.step from MetricPoint p where p.runId = ?1 and p.series = ?2 and p.step between ?3 and ?4",
                    Long.class).setParameter(1, runId).setParameter(2, series.getKey()).setParameter(3, first)
                    .setParameter(4, last).getResultList());
            for (RunEvent.Point point : batch) {
                if (stored.add(point.step())) {
                    MetricPoint row = new MetricPoint();
                    row.runId = runId;
                    row.series = point.series();
                    row.step = point.step();
                    row.value = point.value();
                    row.persist();
                }
            }
        }
    }

    private static void addSummary(long runId, Map<String, Double> summary) {
        Set<String> stored = SummaryMetric.<SummaryMetric>list("runId", runId).stream().map(s -> s.name)
                .collect(Collectors.toSet());
        for (Map.Entry<String, Double> entry : summary.entrySet()) {
            if (entry.getValue() != null && stored.add(entry.getKey())) {
                SummaryMetric row = new SummaryMetric();
                row.runId = runId;
                row.name = entry.getKey();
                row.value = entry.getValue();
                row.persist();
            }
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
