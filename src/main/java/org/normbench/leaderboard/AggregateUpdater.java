package org.normbench.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunResultsReplaced;
import org.normbench.experiment.RunsFinished;
import org.normbench.experiment.RunState;
import org.normbench.experiment.ExperimentDeleted;
import org.normbench.experiment.Setting;
import org.normbench.experiment.Visibility;
import org.normbench.experiment.VisibilityChanged;
import org.normbench.metric.SummaryMetric;

/**
 * Adds succeeded runs' summary metrics to their settings' aggregates — per experiment, and per benchmark version
 * for public experiments (the global leaderboards) — in the caller's transaction, so a run's summary and its place
 * on the leaderboards are stored together or not at all. Aggregate rows are locked while they are updated; two
 * portals adding runs of one setting at once queue rather than lose an update. When an experiment becomes public
 * or private, or a public one is deleted, its settings' benchmark rows are rebuilt from the public experiments'
 * rows; when a run's summaries are replaced after it finished, its setting's rows are rebuilt.
 */
@ApplicationScoped
public class AggregateUpdater {

    /** The summary metric that says whether a run converged; it also splits the aggregates. */
    public static final String CONVERGED = "converged";

    /** One finite summary value of one run. */
    private record Contribution(Run run, Setting setting, String hash, String metric, double value,
            boolean converged) {
    }

    private record Key(long scope, String settingHash, String metric, boolean converged) {
    }

    /** Where aggregate rows of one kind count: which scope a run falls in, and how rows are found and made. */
    private record Scope<T extends AggregateRow>(ToLongFunction<Run> ofRun, ToLongFunction<T> ofRow,
            String scopeColumn, Class<T> type, LongFunction<T> create) {
    }

    private static final Scope<ExperimentAggregate> EXPERIMENT = new Scope<>(r -> r.experiment.id,
            row -> row.experimentId, "experimentId", ExperimentAggregate.class, experimentId -> {
                ExperimentAggregate row = new ExperimentAggregate();
                row.experimentId = experimentId;
                return row;
            });
    private static final Scope<BenchmarkAggregate> BENCHMARK = new Scope<>(r -> r.experiment.benchmark.id,
            row -> row.benchmarkId, "benchmarkId", BenchmarkAggregate.class, benchmarkId -> new BenchmarkAggregate());

    void onFinished(@Observes RunsFinished event) {
        add(event.runs());
    }

    /** Adds the succeeded runs not yet aggregated (their summaries must be stored) and marks them aggregated. */
    public void add(List<Run> runs) {
        List<Run> pending = runs.stream().filter(r -> r.state == RunState.SUCCEEDED && !r.aggregated).toList();
        if (pending.isEmpty()) {
            return;
        }
        List<Contribution> contributions = contributions(pending);
        update(EXPERIMENT, contributions);
        update(BENCHMARK, contributions.stream()
                .filter(c -> c.run().experiment.visibility == Visibility.PUBLIC).toList());
    }

    /**
     * A run's summaries changed after it was aggregated (a pruning job): the rows of its setting in its experiment are
     * built again from the setting's aggregated runs, and for a public experiment the benchmark's rows from those.
     */
    void onReplaced(@Observes RunResultsReplaced event) {
        Run run = event.run();
        if (!run.aggregated) {
            return; // added with the new values when the backfill reaches it
        }
        var em = AggregateRow.getEntityManager();
        em.createQuery("from ExperimentAggregate where experimentId = ?1 and settingHash = ?2",
                ExperimentAggregate.class).setParameter(1, run.experiment.id).setParameter(2, run.settingHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().forEach(AggregateRow::delete);
        em.flush();
        update(EXPERIMENT, contributions(Run.list("experiment.id = ?1 and settingHash = ?2 and aggregated = true",
                run.experiment.id, run.settingHash)));
        if (run.experiment.visibility == Visibility.PUBLIC) {
            rebuildBenchmarkRows(run.experiment.benchmark.id, List.of(run.settingHash));
        }
    }

    /** The finite summaries of these succeeded runs, which are marked aggregated (with their setting's hash). */
    private static List<Contribution> contributions(List<Run> runs) {
        Set<Long> ids = runs.stream().map(r -> r.id).collect(Collectors.toSet());
        Map<Long, List<SummaryMetric>> summaries = SummaryMetric.<SummaryMetric>list("runId in ?1", ids)
                .stream().collect(Collectors.groupingBy(s -> s.runId));
        List<Contribution> contributions = new ArrayList<>();
        for (Run run : runs) {
            List<SummaryMetric> metrics = summaries.getOrDefault(run.id, List.of());
            boolean converged = metrics.stream().anyMatch(m -> m.name.equals(CONVERGED) && m.value == 1.0);
            Setting setting = new Setting(run.scheme, run.parametersJson);
            run.settingHash = setting.hash();
            for (SummaryMetric metric : metrics) {
                if (Double.isFinite(metric.value)) {
                    contributions.add(new Contribution(run, setting, run.settingHash, metric.name, metric.value,
                            converged));
                }
            }
            run.aggregated = true;
        }
        return contributions;
    }

    void onVisibilityChanged(@Observes VisibilityChanged event) {
        rebuildBenchmarkRows(event.benchmarkId(), lockExperimentRows(event.experimentId()).stream()
                .map(a -> a.settingHash).distinct().toList());
    }

    void onDeleted(@Observes ExperimentDeleted event) {
        List<ExperimentAggregate> rows = lockExperimentRows(event.experimentId());
        rows.forEach(AggregateRow::delete);
        if (event.wasPublic()) {
            rebuildBenchmarkRows(event.benchmarkId(), rows.stream().map(a -> a.settingHash).distinct().toList());
        }
    }

    /** Locked as a run finishing at the same time would lock them, so one of the two waits for the other. */
    private static List<ExperimentAggregate> lockExperimentRows(long experimentId) {
        return AggregateRow.getEntityManager().createQuery("from ExperimentAggregate where experimentId = ?1",
                ExperimentAggregate.class).setParameter(1, experimentId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The benchmark rows of these settings, merged again from the public experiments' rows. */
    private static void rebuildBenchmarkRows(long benchmarkId, List<String> hashes) {
        if (hashes.isEmpty()) {
            return;
        }
        var em = AggregateRow.getEntityManager();
        em.createQuery("from BenchmarkAggregate where benchmarkId = ?1 and settingHash in ?2",
                BenchmarkAggregate.class).setParameter(1, benchmarkId).setParameter(2, hashes)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().forEach(AggregateRow::delete);
        em.flush();
        Map<Key, BenchmarkAggregate> rebuilt = new HashMap<>();
        em.createQuery("from ExperimentAggregate a where a.benchmarkId = ?1 and a.settingHash in ?2 and"
                + " a.experimentId in (select e.id from Experiment e where e.visibility = ?3)",
                ExperimentAggregate.class).setParameter(1, benchmarkId).setParameter(2, hashes)
                .setParameter(3, Visibility.PUBLIC).getResultList().forEach(row -> rebuilt.merge(
                        new Key(row.benchmarkId, row.settingHash, row.metric, row.converged), copy(row),
                        (a, b) -> {
                            a.setStatistics(a.statistics().merge(b.statistics()));
                            return a;
                        }));
        rebuilt.values().forEach(row -> row.persist());
    }

    private static BenchmarkAggregate copy(ExperimentAggregate row) {
        BenchmarkAggregate copy = new BenchmarkAggregate();
        copy.benchmarkId = row.benchmarkId;
        copy.scheme = row.scheme;
        copy.parametersJson = row.parametersJson;
        copy.settingHash = row.settingHash;
        copy.metric = row.metric;
        copy.converged = row.converged;
        copy.setStatistics(row.statistics());
        return copy;
    }

    private static <T extends AggregateRow> void update(Scope<T> scope, List<Contribution> contributions) {
        Map<Key, SeedStatistics> additions = new HashMap<>();
        Map<Key, Contribution> examples = new HashMap<>();
        for (Contribution c : contributions) {
            Key key = new Key(scope.ofRun().applyAsLong(c.run()), c.hash(), c.metric(), c.converged());
            examples.putIfAbsent(key, c);
            additions.merge(key, SeedStatistics.of(c.value(), c.run().id), SeedStatistics::merge);
        }
        Map<Key, T> existing = lockExisting(scope, additions.keySet());
        for (Map.Entry<Key, SeedStatistics> addition : additions.entrySet()) {
            T row = existing.get(addition.getKey());
            if (row == null) {
                row = newRow(scope.create().apply(addition.getKey().scope()), examples.get(addition.getKey()));
                row.setStatistics(addition.getValue());
                row.persist();
            } else {
                row.setStatistics(row.statistics().merge(addition.getValue()));
            }
        }
    }

    private static <T extends AggregateRow> Map<Key, T> lockExisting(Scope<T> scope, Set<Key> keys) {
        Set<Long> scopes = keys.stream().map(Key::scope).collect(Collectors.toSet());
        Set<String> hashes = keys.stream().map(Key::settingHash).collect(Collectors.toSet());
        List<T> rows = AggregateRow.getEntityManager().createQuery("from " + scope.type().getSimpleName()
                + " where " + scope.scopeColumn() + " in ?1 and settingHash in ?2", scope.type())
                .setParameter(1, scopes).setParameter(2, hashes).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<Key, T> byKey = new HashMap<>();
        for (T row : rows) {
            byKey.put(new Key(scope.ofRow().applyAsLong(row), row.settingHash, row.metric, row.converged), row);
        }
        return byKey;
    }

    private static <T extends AggregateRow> T newRow(T row, Contribution example) {
        row.benchmarkId = example.run().experiment.benchmark.id;
        row.scheme = example.setting().scheme();
        row.parametersJson = example.setting().parametersJson();
        row.settingHash = example.hash();
        row.metric = example.metric();
        row.converged = example.converged();
        return row;
    }
}
