package org.normbench.comparison;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.benchmark.Benchmark;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.ParameterDefinition;
import org.normbench.account.Caller;
import org.normbench.experiment.Experiment;
import org.normbench.experiment.ExperimentAccess;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.ParameterDifferences;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunState;
import org.normbench.experiment.StoredJson;
import org.normbench.experiment.Visibility;
import org.normbench.experiment.InvalidQueryException;

/**
 * Overlays one metric series of chosen runs, or of chosen settings (leaderboard rows) as a mean with a band over
 * their runs, downsampled on the server so that a comparison sends a few hundred points per curve however long
 * the runs were; a narrower step range (zoom) gives more detail.
 */
@ApplicationScoped
public class ComparisonService {

    private static final Pattern SERIES_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");

    private final BenchmarkCatalogue catalogue;
    private final int defaultBuckets;
    private final int maxBuckets;
    private final int maxRuns;
    private final int maxGroups;
    private final double logScaleMinRatio;

    public ComparisonService(BenchmarkCatalogue catalogue,
            @ConfigProperty(name = "normbench.comparison.buckets") int defaultBuckets,
            @ConfigProperty(name = "normbench.comparison.max-buckets") int maxBuckets,
            @ConfigProperty(name = "normbench.comparison.max-runs") int maxRuns,
            @ConfigProperty(name = "normbench.comparison.max-groups") int maxGroups,
            @ConfigProperty(name = "normbench.comparison.log-scale-min-ratio") double logScaleMinRatio) {
        this.catalogue = catalogue;
        this.defaultBuckets = defaultBuckets;
        this.maxBuckets = maxBuckets;
        this.maxRuns = maxRuns;
        this.maxGroups = maxGroups;
        this.logScaleMinRatio = logScaleMinRatio;
    }

    /**
     * Which part of the series to plot: a step range (null ends: the runs' own) and how many buckets it is cut
     * into (null: the configured default); each bucket keeps up to four points of a run.
     */
    public record Window(Long from, Long to, Integer buckets) {
    }

    /**
     * The series names the given runs (those the caller may read), and one succeeded run of each given setting,
     * logged; sorted. A setting's run comes from {@code experimentId} when it is set (and the caller may read it),
     * else from a public experiment, as on the leaderboard the settings were picked from.
     */
    @Transactional
    public List<String> series(Caller caller, Collection<Long> runIds, Long experimentId,
            Collection<String> settings) {
        List<Long> runs = new ArrayList<>();
        for (Long id : runIds) {
            Run.<Run>findByIdOptional(id).filter(r -> ExperimentAccess.canRead(caller, r.experiment))
                    .ifPresent(r -> runs.add(r.id));
        }
        boolean inExperiment = experimentId != null && Experiment.<Experiment>findByIdOptional(experimentId)
                .filter(e -> ExperimentAccess.canRead(caller, e)).isPresent();
        for (String setting : settings) {
            (inExperiment ? Run.<Run>find("settingHash = ?1 and state = ?2 and experiment.id = ?3", setting,
                    RunState.SUCCEEDED, experimentId) : Run.<Run>find("settingHash = ?1 and state = ?2"
                            + " and experiment.visibility = ?3", setting, RunState.SUCCEEDED, Visibility.PUBLIC))
                    .firstResultOptional().ifPresent(r -> runs.add(r.id));
        }
        if (runs.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select distinct p.series from MetricPoint p where p.runId in ?1 order by p.series",
                String.class).setParameter(1, runs).getResultList();
    }

    /** One curve per run, in the order given; runs the caller may not read are reported as missing. */
    @Transactional
    public Comparison runs(Caller caller, List<Long> runIds, String series, Window window) {
        List<FieldError> errors = new ArrayList<>();
        checkCommon(series, window, errors);
        if (runIds.isEmpty() || runIds.size() > maxRuns) {
            errors.add(new FieldError("id", "choose between 1 and " + maxRuns + " runs"));
        }
        Map<Long, Run> runs = new LinkedHashMap<>();
        for (Long id : runIds) {
            Run run = Run.findById(id);
            if (run == null || !ExperimentAccess.canRead(caller, run.experiment)) {
                errors.add(new FieldError("id", "there is no run " + id));
            } else {
                runs.put(id, run);
            }
        }
        throwIfAny(errors);
        Map<Long, SeriesDownsampler> sampled = sample(runs.values(), series, window, buckets(window));
        if (sampled.isEmpty()) {
            return new Comparison(series, 0, 0, false, Comparison.ARITHMETIC, List.of());
        }
        boolean log = logScale(sampled.values());
        List<Curve> curves = new ArrayList<>();
        Map<Run, String> labels = labels(runs.values());
        for (Run run : runs.values()) {
            SeriesDownsampler sampler = sampled.get(run.id);
            List<Curve.Point> points = sampler.points().stream()
                    .map(p -> new Curve.Point((long) p[0], p[1], p[1], p[1], 1)).toList();
            curves.add(new Curve("#" + run.id + " " + labels.get(run) + " seed " + run.seed, run.id, null, 1,
                    points));
        }
        SeriesDownsampler any = sampled.values().iterator().next();
        return new Comparison(series, any.from(), any.to(), log, Comparison.ARITHMETIC, curves);
    }

    /**
     * One mean-and-band curve per setting (a leaderboard row's hash) over the setting's succeeded runs of the
     * benchmark's public experiments (as on the global leaderboard), or of one experiment the caller may read when
     * {@code experimentId} is set.
     */
    @Transactional
    public Optional<Comparison> groups(Caller caller, String benchmarkKey, Integer version, Long experimentId,
            List<String> settings, String series, Window window) {
        Optional<Benchmark> benchmark = version == null ? catalogue.latest(benchmarkKey)
                : Benchmark.byKeyAndVersion(benchmarkKey, version);
        if (benchmark.isEmpty()) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        checkCommon(series, window, errors);
        if (settings.isEmpty() || settings.size() > maxGroups) {
            errors.add(new FieldError("setting", "choose between 1 and " + maxGroups + " settings"));
        }
        if (experimentId != null && Experiment.<Experiment>findByIdOptional(experimentId)
                .filter(e -> ExperimentAccess.canRead(caller, e)).isEmpty()) {
            errors.add(new FieldError("experiment", "there is no experiment " + experimentId));
            throwIfAny(errors);
        }
        Map<String, List<Run>> members = new LinkedHashMap<>();
        Map<String, Long> totals = new HashMap<>();
        for (String setting : settings) {
            Parameters where = Parameters.with("setting", setting).and("state", RunState.SUCCEEDED)
                    .and("benchmark", benchmark.get().id);
            if (experimentId != null) {
                where.and("experiment", experimentId);
            } else {
                where.and("public", Visibility.PUBLIC);
            }
            PanacheQuery<Run> query = Run.find("settingHash = :setting and state = :state and experiment.benchmark.id"
                    + " = :benchmark" + (experimentId == null ? " and experiment.visibility = :public"
                            : " and experiment.id = :experiment") + " order by id", where);
            List<Run> runs = query.page(0, maxRuns).list();
            totals.put(setting, runs.size() < maxRuns ? runs.size() : query.count());
            if (runs.isEmpty()) {
                errors.add(new FieldError("setting", "no succeeded run of " + (experimentId == null ? "a public experiment of " : "") + benchmarkKey + " has setting "
                        + setting + (experimentId == null ? "" : " in experiment " + experimentId)));
            }
            members.put(setting, runs);
        }
        throwIfAny(errors);
        Map<Long, Run> allRuns = new LinkedHashMap<>();
        members.values().forEach(runs -> runs.forEach(r -> allRuns.put(r.id, r)));
        Map<Long, SeriesDownsampler> sampled = sample(allRuns.values(), series, window, buckets(window));
        if (sampled.isEmpty()) {
            return Optional.of(new Comparison(series, 0, 0, false, Comparison.ARITHMETIC, List.of()));
        }
        boolean log = logScale(sampled.values());
        List<Curve> curves = new ArrayList<>();
        Map<Run, String> labels = labels(members.values().stream().map(runs -> runs.get(0)).toList());
        for (Map.Entry<String, List<Run>> group : members.entrySet()) {
            List<SeriesDownsampler> runs = group.getValue().stream().map(r -> sampled.get(r.id)).toList();
            int size = group.getValue().size();
            long total = totals.get(group.getKey());
            // a group larger than max-runs is plotted from its first runs, and says so
            String count = size == total ? size + (size == 1 ? " run" : " runs") : size + " of " + total + " runs";
            curves.add(new Curve(labels.get(group.getValue().get(0)) + " (" + count + ")", null, group.getKey(), size,
                    GroupBand.of(runs, log)));
        }
        SeriesDownsampler any = sampled.values().iterator().next();
        return Optional.of(new Comparison(series, any.from(), any.to(), log,
                log ? Comparison.GEOMETRIC : Comparison.ARITHMETIC, curves));
    }

    private void checkCommon(String series, Window window, List<FieldError> errors) {
        if (series == null || !SERIES_NAME.matcher(series).matches()) {
            errors.add(new FieldError("series", "name a series (letters, digits, _ . -; at most 100)"));
        }
        if (window.from() != null && window.to() != null && window.from() > window.to()) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (window.buckets() != null && (window.buckets() < 1 || window.buckets() > maxBuckets)) {
            errors.add(new FieldError("buckets", "must lie between 1 and " + maxBuckets));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
    }

    private int buckets(Window window) {
        return window.buckets() == null ? defaultBuckets : window.buckets();
    }

    /**
     * Where each run's series is read from: its overview when it has one for the series and one of the overview's
     * buckets is no wider than a bucket of this request (so the overview holds every extreme the request
     * keeps), else its points.
     */
    private record Sources(Map<Long, long[]> overviewExtents, Set<Long> fromOverview, Set<Long> fromPoints) {
    }

    private static Sources sources(Collection<Run> runs, String series, Window window, int buckets) {
        Map<Long, long[]> extents = new HashMap<>();
        List<Long> ids = runs.stream().filter(r -> r.overviewBuckets != null).map(r -> r.id).toList();
        if (!ids.isEmpty()) {
            em().createQuery("select o.runId, min(o.step), max(o.step) from OverviewPoint o where o.runId in ?1"
                    + " and o.series = ?2 group by o.runId", Object[].class).setParameter(1, ids)
                    .setParameter(2, series).getResultList()
                    .forEach(e -> extents.put((Long) e[0], new long[] {(Long) e[1], (Long) e[2]}));
        }
        Set<Long> fromOverview = new HashSet<>();
        Set<Long> fromPoints = new HashSet<>();
        for (Run run : runs) {
            long[] extent = extents.get(run.id);
            long from = window.from() == null ? extent == null ? 0 : extent[0] : window.from();
            long to = window.to() == null ? extent == null ? 0 : extent[1] : window.to();
            boolean coarseEnough = extent != null && (double) (extent[1] - extent[0] + 1) / run.overviewBuckets
                    <= (double) (to - from + 1) / buckets;
            (coarseEnough ? fromOverview : fromPoints).add(run.id);
        }
        return new Sources(extents, fromOverview, fromPoints);
    }

    /** The step range to plot: the window's ends where given, else the runs' first and last logged steps. */
    private static Optional<long[]> range(Sources sources, String series, Window window) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (long[] extent : sources.overviewExtents().values()) {
            first = Math.min(first, extent[0]);
            last = Math.max(last, extent[1]);
        }
        // an overview keeps its series' first and last points, so only runs without one need their points read
        List<Long> rest = sources.fromPoints().stream().filter(id -> !sources.overviewExtents().containsKey(id))
                .toList();
        if (!rest.isEmpty()) {
            Object[] extent = em().createQuery("select min(p.step), max(p.step) from MetricPoint p"
                    + " where p.runId in ?1 and p.series = ?2", Object[].class)
                    .setParameter(1, rest).setParameter(2, series).getSingleResult();
            if (extent[0] != null) {
                first = Math.min(first, (Long) extent[0]);
                last = Math.max(last, (Long) extent[1]);
            }
        }
        if (first > last) {
            return Optional.empty();
        }
        long from = window.from() == null ? first : window.from();
        long to = window.to() == null ? last : window.to();
        return Optional.of(new long[] {from, Math.max(from, to)});
    }

    /** Streams each run's overview or points in the range once, in (run, step) order, through a downsampler. */
    private static Map<Long, SeriesDownsampler> sample(Collection<Run> runs, String series, Window window,
            int buckets) {
        Sources sources = sources(runs, series, window, buckets);
        Optional<long[]> found = range(sources, series, window);
        if (found.isEmpty()) {
            return Map.of();
        }
        long[] range = found.get();
        Map<Long, SeriesDownsampler> sampled = new TreeMap<>();
        runs.forEach(r -> sampled.put(r.id, new SeriesDownsampler(range[0], range[1], buckets)));
        stream("OverviewPoint", sources.fromOverview(), series, range, sampled);
        stream("MetricPoint", sources.fromPoints(), series, range, sampled);
        return sampled;
    }

    /**
     * Feeds each run's points in the range to its downsampler, one indexed range query per run: H2 answers a
     * single query over {@code run_id in (...)} with a step range by scanning the whole index.
     */
    private static void stream(String entity, Set<Long> runIds, String series, long[] range,
            Map<Long, SeriesDownsampler> sampled) {
        for (long runId : new TreeSet<>(runIds)) {
            SeriesDownsampler sampler = sampled.get(runId);
            try (Stream<Object[]> points = em().createQuery("select p.step, p.value from " + entity + " p"
                    + " where p.runId = ?1 and p.series = ?2 and p.step between ?3 and ?4 order by p.step",
                    Object[].class).setParameter(1, runId).setParameter(2, series).setParameter(3, range[0])
                    .setParameter(4, range[1]).getResultStream()) {
                points.forEach(p -> sampler.accept((Long) p[0], (Double) p[1]));
            }
        }
    }

    /** Log scale when every value is positive and they span at least the configured ratio. */
    private boolean logScale(Collection<SeriesDownsampler> runs) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (SeriesDownsampler run : runs) {
            for (int b = 0; b < run.buckets(); b++) {
                if (run.lowest(b) != null) {
                    low = Math.min(low, run.lowest(b)[1]);
                    high = Math.max(high, run.highest(b)[1]);
                }
            }
        }
        return low > 0 && high / low >= logScaleMinRatio;
    }

    /** Scheme and the hyperparameters that tell the runs apart (those equal in all of them are left out). */
    private static Map<Run, String> labels(Collection<Run> runs) {
        Map<Run, Map<String, Double>> parameters = new LinkedHashMap<>();
        runs.forEach(r -> parameters.put(r, StoredJson.parameters(r)));
        Set<String> varying = ParameterDifferences.varying(parameters.values());
        Map<Run, String> labels = new HashMap<>();
        parameters.forEach((run, p) -> {
            StringBuilder label = new StringBuilder(run.scheme);
            varying.stream().filter(p::containsKey).forEach(k -> label.append(' ').append(k).append('=')
                    .append(ParameterDefinition.format(p.get(k))));
            labels.put(run, label.toString());
        });
        return labels;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
