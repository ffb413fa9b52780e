package org.normbench.pruning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.normbench.experiment.MetricSeries;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunEventHandler;
import org.normbench.experiment.RunResultsReplaced;
import org.normbench.experiment.RunState;
import org.normbench.experiment.StoredJson;
import org.normbench.metric.MetricPoint;
import org.normbench.metric.SummaryMetric;
import org.normbench.queue.RunEvent;

/**
 * Applies a worker's report on a pruning job: PRUNING_FAILED records why; PRUNED replaces the run's pruning series and
 * summaries with the job's — every point of each series it reports, each summary it reports — keeping the replaced
 * values in the job, and the leaderboards and overviews are rebuilt with them. A job is finished once: a redelivered
 * or late report changes nothing.
 */
@ApplicationScoped
public class PruningResultHandler {

    private static final Logger LOG = Logger.getLogger(PruningResultHandler.class);
    private static final int MAX_ERROR_LENGTH = 4000;

    private final Event<RunResultsReplaced> replaced;

    public PruningResultHandler(Event<RunResultsReplaced> replaced) {
        this.replaced = replaced;
    }

    /** Applies {@code event}; returns the run's experiment id, or empty when the report is not for a queued job. */
    @Transactional
    public Optional<Long> apply(RunEvent event) {
        PruningJob job = PruningJob.findById(event.pruningJob());
        if (job == null || job.run.id != event.runId()) {
            LOG.warnf("skipping %s event for pruning job %d of run %d: no such job", event.type(), event.pruningJob(),
                    event.runId());
            return Optional.empty();
        }
        if (!RunEventHandler.carriesToken(job.run, event)) {
            LOG.warnf("skipping %s event for pruning job %d from %s: it does not carry the run's token", event.type(),
                    job.id, event.workerId());
            return Optional.empty();
        }
        if (job.state.isFinal()) {
            return Optional.of(job.run.experiment.id);
        }
        job.worker = event.workerId();
        job.finishedAt = Instant.ofEpochMilli(event.timeMillis());
        if (event.type() == RunEvent.Type.PRUNING_FAILED) {
            fail(job, event.error());
        } else if (job.run.state != RunState.SUCCEEDED) {
            fail(job, "run " + job.run.id + " is " + job.run.state + " now; its results were left as they are");
        } else {
            replace(job, event.points() == null ? List.of() : event.points(),
                    event.summary() == null ? Map.of() : event.summary());
        }
        return Optional.of(job.run.experiment.id);
    }

    private static void fail(PruningJob job, String error) {
        job.state = PruningJobState.FAILED;
        job.error = error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    private void replace(PruningJob job, List<RunEvent.Point> points, Map<String, Double> summary) {
        Run run = job.run;
        Set<String> series = points.stream().map(RunEvent.Point::series).collect(Collectors.toCollection(TreeSet::new));
        Map<String, MetricSeries> before = new LinkedHashMap<>();
        if (!series.isEmpty()) {
            MetricPoint.<MetricPoint>list("runId = ?1 and series in ?2 order by series, step", run.id, series)
                    .forEach(p -> {
                        MetricSeries old = before.computeIfAbsent(p.series, s -> new MetricSeries(new ArrayList<>(),
                                new ArrayList<>()));
                        old.steps().add(p.step);
                        old.values().add(p.value);
                    });
            MetricPoint.delete("runId = ?1 and series in ?2", run.id, series);
            MetricPoint.getEntityManager().flush(); // the deletes go before the inserts of the same (run, series, step)
        }
        Map<String, RunEvent.Point> unique = new LinkedHashMap<>(); // (run, series, step) is unique: the last wins
        points.forEach(p -> unique.put(p.series() + '\u0000' + p.step(), p));
        for (RunEvent.Point point : unique.values()) {
            MetricPoint row = new MetricPoint();
            row.runId = run.id;
            row.series = point.series();
            row.step = point.step();
            row.value = point.value();
            row.persist();
        }
        Map<String, SummaryMetric> stored = new HashMap<>();
        SummaryMetric.ofRun(run.id).forEach(s -> stored.put(s.name, s));
        List<ReplacedResults.Change> changes = new ArrayList<>();
        Map<String, Double> reported = new TreeMap<>();
        summary.forEach((name, value) -> {
            if (value != null) {
                reported.put(name, value);
            }
        });
        for (Map.Entry<String, Double> entry : reported.entrySet()) {
            SummaryMetric row = stored.get(entry.getKey());
            Double previous = row == null ? null : row.value;
            if (previous == null || Double.compare(previous, entry.getValue()) != 0) {
                changes.add(new ReplacedResults.Change(entry.getKey(), previous, entry.getValue()));
            }
            if (row == null) {
                row = new SummaryMetric();
                row.runId = run.id;
                row.name = entry.getKey();
                row.persist();
            }
            row.value = entry.getValue();
        }
        job.state = PruningJobState.SUCCEEDED;
        job.summaryCount = reported.size();
        job.changedCount = changes.size();
        job.replacedJson = StoredJson.write(new ReplacedResults(changes, before));
        replaced.fire(new RunResultsReplaced(run, series));
    }
}
