package org.normbench.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunSucceeded;
import org.normbench.experiment.Setting;
import org.normbench.metric.SummaryMetric;

/**
 * Adds finished runs' summary metrics to their settings' aggregates, in the caller's transaction, so a run's
 * summary and its place on the leaderboards are stored together or not at all. Aggregate rows are locked while
 * they are updated; two portals adding runs of one setting at once queue rather than lose an update.
 */
@ApplicationScoped
public class AggregateUpdater {

    /** The summary metric that says whether a run converged; it also splits the aggregates. */
    public static final String CONVERGED = "converged";

    private record Key(long experimentId, String settingHash, String metric, boolean converged) {
    }

    private record Origin(long benchmarkId, Setting setting) {
    }

    void onSucceeded(@Observes RunSucceeded event) {
        add(List.of(event.run()));
    }

    /** Adds the runs not yet aggregated (their summaries must be stored) and marks them aggregated. */
    public void add(List<Run> runs) {
        List<Run> pending = runs.stream().filter(r -> !r.aggregated).toList();
        if (pending.isEmpty()) {
            return;
        }
        Set<Long> ids = pending.stream().map(r -> r.id).collect(Collectors.toSet());
        Map<Long, List<SummaryMetric>> summaries = SummaryMetric.<SummaryMetric>list("runId in ?1", ids)
                .stream().collect(Collectors.groupingBy(s -> s.runId));
        Map<Key, SeedStatistics> additions = new HashMap<>();
        Map<Key, Origin> origins = new HashMap<>();
        for (Run run : pending) {
            List<SummaryMetric> metrics = summaries.getOrDefault(run.id, List.of());
            boolean converged = metrics.stream().anyMatch(m -> m.name.equals(CONVERGED) && m.value == 1.0);
            Origin origin = new Origin(run.experiment.benchmark.id, new Setting(run.scheme, run.parametersJson));
            String hash = origin.setting().hash();
            run.settingHash = hash;
            for (SummaryMetric metric : metrics) {
                if (Double.isFinite(metric.value)) {
                    Key key = new Key(run.experiment.id, hash, metric.name, converged);
                    origins.put(key, origin);
                    additions.merge(key, SeedStatistics.of(metric.value, run.id), SeedStatistics::merge);
                }
            }
            run.aggregated = true;
        }
        Map<Key, MetricAggregate> existing = lockExisting(additions.keySet());
        for (Map.Entry<Key, SeedStatistics> addition : additions.entrySet()) {
            Key key = addition.getKey();
            MetricAggregate row = existing.get(key);
            if (row == null) {
                row = newRow(key, origins.get(key));
                row.setStatistics(addition.getValue());
                row.persist();
            } else {
                row.setStatistics(row.statistics().merge(addition.getValue()));
            }
        }
    }

    private static Map<Key, MetricAggregate> lockExisting(Set<Key> keys) {
        Set<Long> experiments = keys.stream().map(Key::experimentId).collect(Collectors.toSet());
        Set<String> hashes = keys.stream().map(Key::settingHash).collect(Collectors.toSet());
        List<MetricAggregate> rows = MetricAggregate.<MetricAggregate>find(
                "experimentId in ?1 and settingHash in ?2", experiments, hashes)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Map<Key, MetricAggregate> byKey = new HashMap<>();
        for (MetricAggregate row : rows) {
            byKey.put(new Key(row.experimentId, row.settingHash, row.metric, row.converged), row);
        }
        return byKey;
    }

    private static MetricAggregate newRow(Key key, Origin origin) {
        MetricAggregate row = new MetricAggregate();
        row.benchmarkId = origin.benchmarkId();
        row.experimentId = key.experimentId();
        row.scheme = origin.setting().scheme();
        row.parametersJson = origin.setting().parametersJson();
        row.settingHash = key.settingHash();
        row.metric = key.metric();
        row.converged = key.converged();
        return row;
    }
}
