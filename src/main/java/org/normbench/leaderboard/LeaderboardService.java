package org.normbench.leaderboard;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.benchmark.Benchmark;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.BenchmarkDefinition;
import org.normbench.benchmark.BuiltInPresets;
import org.normbench.benchmark.ParameterDefinition;
import org.normbench.benchmark.Preset;
import org.normbench.account.Caller;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.ExperimentAccess;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidQueryException;
import org.normbench.experiment.Page;
import org.normbench.experiment.ParameterDifferences;
import org.normbench.experiment.StoredJson;
import org.normbench.experiment.Visibility;
import org.normbench.leaderboard.Ranking.Ranked;
import org.normbench.leaderboard.SeedStatistics.Interval;
import org.normbench.metric.MetricCatalogue;
import org.normbench.metric.MetricDefinition;
import org.normbench.metric.MetricDefinition.Family;

/** Builds leaderboards from the per-setting aggregates: merge over experiments, filter, rank, page. */
@ApplicationScoped
public class LeaderboardService {

    private static final List<Family> HEADLINE_FAMILIES = List.of(Family.CONVERGENCE, Family.SPARSITY,
            Family.PRUNING);

    private final BenchmarkCatalogue catalogue;
    private final double confidenceLevel;

    public LeaderboardService(BenchmarkCatalogue catalogue,
            @ConfigProperty(name = "normbench.leaderboard.confidence-level") double confidenceLevel) {
        this.catalogue = catalogue;
        this.confidenceLevel = confidenceLevel;
    }

    /** A benchmark version's leaderboards by family; empty when there is no such benchmark. */
    @Transactional
    public Optional<LeaderboardIndex> index(String benchmarkKey, Integer version) {
        return benchmark(benchmarkKey, version).map(benchmark -> {
            BenchmarkDefinition definition = catalogue.definition(benchmark);
            Set<String> reported = new TreeSet<>(MetricCatalogue.NAME_ORDER);
            reported.addAll(Panache.getEntityManager().createQuery(
                    "select distinct a.metric from BenchmarkAggregate a where a.benchmarkId = ?1", String.class)
                    .setParameter(1, benchmark.id).getResultList());
            List<String> names = new ArrayList<>(definition.headlineMetrics().stream()
                    .filter(reported::contains).toList());
            reported.stream().filter(m -> !names.contains(m)).forEach(names::add);
            Map<Family, List<MetricDefinition>> byFamily = new LinkedHashMap<>();
            HEADLINE_FAMILIES.forEach(f -> byFamily.put(f, new ArrayList<>()));
            for (String name : names) {
                MetricDefinition metric = definitionOf(name);
                if (metric.summary() != MetricDefinition.Summary.SERIES) {
                    byFamily.computeIfAbsent(metric.family(), f -> new ArrayList<>()).add(metric);
                }
            }
            List<LeaderboardIndex.Board> boards = byFamily.entrySet().stream()
                    .map(e -> new LeaderboardIndex.Board(e.getKey(), e.getKey().title, e.getValue())).toList();
            return new LeaderboardIndex(benchmark.key, benchmark.version, benchmark.title, boards);
        });
    }

    /**
     * One page of a leaderboard; empty when there is no such benchmark. A global board ranks the runs of public
     * experiments; an experiment's board needs the caller to be allowed to read the experiment.
     */
    @Transactional
    public Optional<Leaderboard> leaderboard(Caller caller, LeaderboardQuery query) {
        Optional<Benchmark> found = query.experimentId() == null ? benchmark(query.benchmark(), query.version())
                : Optional.of(experimentBenchmark(caller, query));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Benchmark benchmark = found.get();
        Optional<Preset> preset = validate(query, catalogue.definition(benchmark));
        List<Entry> entries = filterBySetting(merge(caller, benchmark, query), query.parameters(), preset);
        MetricDefinition definition = definitionOf(query.metric());
        List<Ranked<Entry>> ranked = Ranking.rank(entries, definition.direction());
        boolean higherIsBetter = definition.direction() == MetricDefinition.Direction.HIGHER;
        List<LeaderboardRow> page = ranked.stream().skip(query.offset()).limit(query.limit())
                .map(r -> row(r, higherIsBetter)).toList();
        List<Map<String, Double>> settings = entries.stream().map(e -> e.parameters).toList();
        Map<String, Double> shared = ParameterDifferences.shared(settings);
        List<String> varying = List.copyOf(ParameterDifferences.varying(settings));
        String header = query.metric() + " — " + definition.summary().label;
        String scope = scope(benchmark, query);
        return Optional.of(new Leaderboard(benchmark.key, benchmark.version, query.metric(), header, definition,
                scope, confidenceLevel, shared, varying, new Page<>(page, query.offset(), entries.size()),
                references(caller, benchmark, query, preset, higherIsBetter)));
    }

    /**
     * For a pruning score of the paper's curve or the norm-only curve, the same score of the random and magnitude
     * reference curves, per setting, under the same filters (spec 000 M4; issue: reference rows).
     */
    private List<ReferenceRow> references(Caller caller, Benchmark benchmark, LeaderboardQuery query,
            Optional<Preset> preset, boolean higherIsBetter) {
        Matcher pruning = PRUNING_SCORE.matcher(query.metric());
        if (!pruning.matches()) {
            return List.of();
        }
        List<ReferenceRow> references = new ArrayList<>();
        for (String reference : PRUNING_REFERENCES) {
            String metric = reference + "_" + pruning.group(1);
            for (Entry entry : filterBySetting(merge(caller, benchmark, query.withMetric(metric)),
                    query.parameters(), preset)) {
                references.add(new ReferenceRow(reference, metric, row(new Ranked<>(0, false, entry), higherIsBetter)));
            }
        }
        return references;
    }

    /** A score of the paper's pruning curve or of its norm-only variant; group 1 is the score without "norm_". */
    private static final Pattern PRUNING_SCORE = Pattern.compile(
            "(?:norm_)?((?:pruned_\\d+pct_accuracy|pruning_auc)_at_log_loss_-\\d+)");
    /** The reference curves every pruning checkpoint records (PruningProbe). */
    private static final List<String> PRUNING_REFERENCES = List.of("random", "magnitude");

    /** Which experiments the board ranks, in words. */
    private static String scope(Benchmark benchmark, LeaderboardQuery query) {
        if (query.experimentId() != null) {
            return "experiment " + query.experimentId();
        }
        String of = benchmark.key + " v" + benchmark.version;
        if (!query.byOwnerOrTeam()) {
            return "public experiments of " + of;
        }
        return "experiments of " + of + " you may read"
                + (query.owner() == null ? "" : ", owned by " + query.owner())
                + (query.team() == null ? "" : ", shared with team " + query.team());
    }

    /** The definition of a metric; one the catalogue does not know ranks nothing and is listed under "Run". */
    static MetricDefinition definitionOf(String metric) {
        return MetricCatalogue.find(metric).map(d -> new MetricDefinition(metric, d.unit(), d.direction(),
                d.family(), d.summary(), d.description(), d.source()))
                .orElse(new MetricDefinition(metric, "", MetricDefinition.Direction.NONE, Family.RUN,
                        MetricDefinition.Summary.FINAL, "not in the metric catalogue", ""));
    }

    private Optional<Benchmark> benchmark(String key, Integer version) {
        return version == null ? catalogue.latest(key) : Benchmark.byKeyAndVersion(key, version);
    }

    private static Benchmark experimentBenchmark(Caller caller, LeaderboardQuery query) {
        Experiment experiment = Experiment.findById(query.experimentId());
        if (experiment == null || !ExperimentAccess.canRead(caller, experiment)) {
            throw invalid("experiment", "there is no experiment " + query.experimentId());
        }
        Benchmark benchmark = experiment.benchmark;
        if (!benchmark.key.equals(query.benchmark())
                || (query.version() != null && query.version() != benchmark.version)) {
            throw invalid("experiment", "experiment " + experiment.id + " runs " + benchmark.key + " v"
                    + benchmark.version + ", not " + query.benchmark()
                    + (query.version() == null ? "" : " v" + query.version()));
        }
        return benchmark;
    }

    /** Refuses unknown schemes, parameters and presets, and an empty date range; returns the preset asked for. */
    private static Optional<Preset> validate(LeaderboardQuery query, BenchmarkDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Preset> preset = query.preset() == null ? Optional.empty()
                : BuiltInPresets.find(definition.key(), query.preset());
        if (query.preset() != null && preset.isEmpty()) {
            errors.add(new FieldError("preset", "unknown preset '" + query.preset() + "'; " + definition.key()
                    + " has " + BuiltInPresets.of(definition.key()).stream().map(Preset::name).toList()));
        }
        for (String scheme : new TreeSet<>(query.schemes())) {
            if (!definition.schemes().contains(scheme)) {
                errors.add(new FieldError("scheme", "unknown scheme '" + scheme + "'; " + definition.key()
                        + " has " + definition.schemes()));
            }
        }
        for (String name : new TreeSet<>(query.parameters().keySet())) {
            if (definition.parameter(name).isEmpty()) {
                errors.add(new FieldError("param", "unknown parameter '" + name + "'; " + definition.key() + " has "
                        + definition.parameters().stream().map(ParameterDefinition::name).toList()));
            }
        }
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            errors.add(new FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return preset;
    }

    private static InvalidQueryException invalid(String field, String message) {
        return new InvalidQueryException(List.of(new FieldError(field, message)));
    }

    /** One setting's statistics for the metric, merged over experiments, and its finished runs. */
    private final class Entry implements Ranking.Candidate {
        final String scheme;
        final String parametersJson;
        final String hash;
        Map<String, Double> parameters;
        SeedStatistics statistics;
        long runs;

        Entry(AggregateValues row) {
            scheme = row.scheme();
            parametersJson = row.parametersJson();
            hash = row.settingHash();
        }

        @Override
        public double mean() {
            return statistics.mean();
        }

        @Override
        public Interval interval() {
            return statistics.confidenceInterval(confidenceLevel);
        }
    }

    /**
     * The settings' statistics for the metric (and each setting's finished runs, from the {@code converged} rows):
     * from the benchmark-wide aggregates for an unfiltered global board (one row per setting), else merged from the
     * chosen experiments' aggregates with {@link SeedStatistics#merge}. Rows are read as plain values (nothing for
     * Hibernate to track) and joined to their experiments for the filters.
     */
    private List<Entry> merge(Caller caller, Benchmark benchmark, LeaderboardQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        var rows = Panache.getEntityManager().createQuery(aggregateRows(caller, benchmark, query, parameters),
                AggregateValues.class);
        parameters.forEach(rows::setParameter);
        Map<String, Entry> bySetting = new LinkedHashMap<>();
        for (AggregateValues row : rows.getResultList()) {
            Entry entry = bySetting.computeIfAbsent(row.settingHash(), h -> new Entry(row));
            if (row.metric().equals(AggregateUpdater.CONVERGED)) {
                entry.runs += row.runCount();
            }
            if (row.metric().equals(query.metric())) {
                entry.statistics = entry.statistics == null ? row.statistics()
                        : entry.statistics.merge(row.statistics());
            }
        }
        return bySetting.values().stream().filter(e -> e.statistics != null)
                .sorted(Comparator.comparing((Entry e) -> e.scheme).thenComparing(e -> e.parametersJson)).toList();
    }

    /** The query for the aggregate rows a board merges; fills in its parameters. */
    private static String aggregateRows(Caller caller, Benchmark benchmark, LeaderboardQuery query,
            Map<String, Object> parameters) {
        StringBuilder hql = new StringBuilder("select new " + AggregateValues.class.getName() + "(a.settingHash,"
                + " a.metric, a.scheme, a.parametersJson, a.runCount, a.mean, a.m2, a.min, a.minRunId, a.max,"
                + " a.maxRunId) from ");
        parameters.put("metrics", new TreeSet<>(List.of(query.metric(), AggregateUpdater.CONVERGED)));
        if (query.experimentId() != null) { // the caller may read it (experimentBenchmark)
            hql.append("ExperimentAggregate a join Experiment e on e.id = a.experimentId where a.metric in :metrics"
                    + " and a.experimentId = :experiment");
            parameters.put("experiment", query.experimentId());
        } else if (query.from() != null || query.to() != null || query.byOwnerOrTeam()) {
            hql.append("ExperimentAggregate a join Experiment e on e.id = a.experimentId where a.metric in :metrics"
                    + " and e.benchmark.id = :benchmark");
            parameters.put("benchmark", benchmark.id);
            if (query.byOwnerOrTeam()) {
                ExperimentAccess.Filter readable = ExperimentAccess.readable(caller, "e");
                hql.append(readable.and());
                parameters.putAll(readable.parameters());
            } else {
                hql.append(" and e.visibility = :public");
                parameters.put("public", Visibility.PUBLIC);
            }
        } else {
            hql.append("BenchmarkAggregate a where a.metric in :metrics and a.benchmarkId = :benchmark");
            parameters.put("benchmark", benchmark.id);
        }
        if (query.owner() != null) {
            hql.append(" and e.owner.username = :owner");
            parameters.put("owner", query.owner());
        }
        if (query.team() != null) {
            hql.append(" and e.team.name = :team");
            parameters.put("team", query.team());
        }
        if (query.from() != null) {
            hql.append(" and e.createdAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            hql.append(" and e.createdAt < :to");
            parameters.put("to", query.to());
        }
        if (!query.schemes().isEmpty()) {
            hql.append(" and a.scheme in :schemes");
            parameters.put("schemes", query.schemes());
        }
        if (query.onlyConverged()) {
            hql.append(" and a.converged = true");
        }
        return hql.toString();
    }

    /**
     * The settings with the wanted hyperparameter values and, with a preset, those the preset runs: one of its
     * schemes and, for every hyperparameter of its grid, one of its values.
     */
    private static List<Entry> filterBySetting(List<Entry> entries, Map<String, Double> wanted,
            Optional<Preset> preset) {
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : entries) {
            entry.parameters = StoredJson.parameters(entry.parametersJson, "setting " + entry.hash);
            boolean inPreset = preset.map(p -> p.schemes().contains(entry.scheme) && p.grid().entrySet().stream()
                    .allMatch(g -> g.getValue().contains(entry.parameters.get(g.getKey())))).orElse(true);
            if (inPreset && wanted.entrySet().stream()
                    .allMatch(w -> w.getValue().equals(entry.parameters.get(w.getKey())))) {
                kept.add(entry);
            }
        }
        return kept;
    }

    /** The row of a ranked entry; best and worst are the minimum and maximum unless higher is better. */
    private static LeaderboardRow row(Ranked<Entry> ranked, boolean higherIsBetter) {
        Entry e = ranked.candidate();
        SeedStatistics s = e.statistics;
        Interval interval = e.interval();
        return new LeaderboardRow(ranked.rank(), ranked.tied(), e.scheme, e.parameters, e.hash, s.count(),
                Math.max(e.runs, s.count()), s.mean(), s.count() < 2 ? null : s.standardDeviation(),
                interval.bounded() ? interval.low() : null, interval.bounded() ? interval.high() : null,
                higherIsBetter ? s.max() : s.min(), higherIsBetter ? s.maxRunId() : s.minRunId(),
                higherIsBetter ? s.min() : s.max(), higherIsBetter ? s.minRunId() : s.maxRunId());
    }
}
