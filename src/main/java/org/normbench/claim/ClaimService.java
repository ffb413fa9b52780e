package org.normbench.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.account.Caller;
import org.normbench.benchmark.Benchmark;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.ExperimentAccess;
import org.normbench.experiment.RunState;
import org.normbench.experiment.StoredJson;
import org.normbench.experiment.Visibility;
import org.normbench.leaderboard.AggregateRow;
import org.normbench.leaderboard.AggregateUpdater;

/**
 * Judges a benchmark's claims on the portal's runs: on every public run of its newest version (the paper pages),
 * or on one experiment's runs. Statistics come from the leaderboard aggregates, so a verdict costs one query per
 * claim; paired claims read their runs' values.
 */
@ApplicationScoped
public class ClaimService {

    private final BenchmarkCatalogue catalogue;
    private final ClaimEvaluator evaluator;

    public ClaimService(BenchmarkCatalogue catalogue,
            @ConfigProperty(name = "normbench.leaderboard.confidence-level") double confidenceLevel) {
        this.catalogue = catalogue;
        this.evaluator = new ClaimEvaluator(confidenceLevel);
    }

    /** The verdicts on every public run of the benchmark's newest version; empty when there is no such benchmark. */
    @Transactional
    public Optional<List<ClaimResult>> onPublicRuns(String benchmarkKey) {
        return catalogue.latest(benchmarkKey).map(benchmark -> judge(benchmark.key, new Scope(
                "from BenchmarkAggregate a where a.benchmarkId = :scope",
                "r.experiment.benchmark.id = :scope", benchmark.id, true)));
    }

    /** The verdicts on one experiment's runs; empty when the caller cannot read it. */
    @Transactional
    public Optional<List<ClaimResult>> onExperiment(Caller caller, long experimentId) {
        Experiment experiment = Experiment.findById(experimentId);
        if (experiment == null || !ExperimentAccess.canRead(caller, experiment)) {
            return Optional.empty();
        }
        Benchmark benchmark = experiment.benchmark;
        return Optional.of(judge(benchmark.key, new Scope("from ExperimentAggregate a where a.experimentId = :scope",
                "r.experiment.id = :scope", experiment.id, false)));
    }

    private List<ClaimResult> judge(String benchmark, Scope scope) {
        return BuiltInClaims.of(benchmark).stream().map(claim -> evaluator.evaluate(claim, scope)).toList();
    }

    /**
     * One scope's measurements: its aggregate rows and, for paired claims, its succeeded runs.
     *
     * @param aggregates the JPQL from-clause of its aggregate rows, {@code a}, with the parameter {@code :scope}
     * @param runs       the JPQL condition on its runs, {@code r}, with the parameter {@code :scope}
     * @param publicOnly whether only runs of public experiments count (as the benchmark aggregates)
     */
    private record Scope(String aggregates, String runs, long id, boolean publicOnly) implements Measurements {

        @Override
        public List<SettingStatistics> settings(String metric) {
            List<AggregateRow> rows = Panache.getEntityManager()
                    .createQuery("select a " + aggregates + " and a.metric = :metric", AggregateRow.class)
                    .setParameter("scope", id).setParameter("metric", metric).getResultList();
            return rows.stream().map(a -> new SettingStatistics(a.settingHash, a.scheme,
                    StoredJson.parameters(a.parametersJson, "setting " + a.settingHash), a.converged,
                    a.statistics())).toList();
        }

        /** Found through the runs' setting index: only the settings a paired claim pools are read. */
        @Override
        public List<RunValue> runs(String metric, Set<String> settings) {
            if (settings.isEmpty()) {
                return List.of();
            }
            TypedQuery<Object[]> query = Panache.getEntityManager().createQuery("select r.id, r.scheme,"
                    + " r.parametersJson, r.seed, m.value, (select count(c) from SummaryMetric c where c.runId = r.id"
                    + " and c.name = :converged and c.value = 1) from Run r, SummaryMetric m where m.runId = r.id"
                    + " and m.name = :metric and r.state = :succeeded and r.settingHash in :settings and " + runs
                    + (publicOnly ? " and r.experiment.visibility = :public" : ""),
                    Object[].class)
                    .setParameter("scope", id).setParameter("metric", metric)
                    .setParameter("converged", AggregateUpdater.CONVERGED)
                    .setParameter("succeeded", RunState.SUCCEEDED).setParameter("settings", settings);
            if (publicOnly) {
                query.setParameter("public", Visibility.PUBLIC);
            }
            return query.getResultList().stream()
                    .filter(row -> Double.isFinite((Double) row[4]))
                    .map(row -> new RunValue((Long) row[0], (String) row[1],
                            StoredJson.parameters((String) row[2], "run " + row[0]), (Long) row[3],
                            (Long) row[5] > 0, (Double) row[4])).toList();
        }
    }
}
