package org.normbench.comparison;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.experiment.ExperimentDeleted;
import org.normbench.experiment.Run;
import org.normbench.experiment.RunResultsReplaced;
import org.normbench.experiment.RunsFinished;

/**
 * Builds a finished run's series overviews, in the transaction that finished it: every series longer than four
 * points per bucket is downsampled once (M4 over its own steps, {@code normbench.comparison.overview-buckets}
 * buckets) into {@link OverviewPoint}s. A comparison of whole long runs then reads a few thousand points per run,
 * and shorter series are read as they are.
 */
@ApplicationScoped
public class OverviewBuilder {

    private static final int POINTS_PER_BUCKET = 4;

    private final int buckets;

    public OverviewBuilder(@ConfigProperty(name = "normbench.comparison.overview-buckets") int buckets) {
        this.buckets = buckets;
    }

    void onDeleted(@Observes ExperimentDeleted event) {
        OverviewPoint.delete("runId in (select r.id from Run r where r.experiment.id = ?1)", event.experimentId());
    }

    void onFinished(@Observes RunsFinished event) {
        // one flush makes the runs' last points visible; the reads below then skip Hibernate's flush-before-query,
        // which would dirty-check every entity of a large backfill batch once per run
        Panache.getEntityManager().flush();
        event.runs().forEach(this::build);
    }

    /** A run's series replaced after it finished (a pruning job): their overviews are built again from the points. */
    void onReplaced(@Observes RunResultsReplaced event) {
        Run run = event.run();
        if (run.overviewBuckets == null || event.series().isEmpty()) {
            return; // built with the new points when the backfill reaches it
        }
        OverviewPoint.delete("runId = ?1 and series in ?2", run.id, event.series());
        Panache.getEntityManager().flush();
        overviews(run, event.series()::contains);
    }

    /** Builds the run's overviews unless it has them. */
    public void build(Run run) {
        if (run.overviewBuckets != null) {
            return;
        }
        overviews(run, series -> true);
        run.overviewBuckets = buckets;
    }

    /** Downsamples those of the run's series that are long enough. */
    private void overviews(Run run, Predicate<String> which) {
        List<Object[]> extents = Panache.getEntityManager().createQuery("select p.series, min(p.step), max(p.step),"
                + " count(p) from MetricPoint p where p.runId = ?1 group by p.series", Object[].class)
                .setParameter(1, run.id).setFlushMode(FlushModeType.COMMIT).getResultList();
        for (Object[] extent : extents) {
            if ((Long) extent[3] > (long) POINTS_PER_BUCKET * buckets && which.test((String) extent[0])) {
                overview(run.id, (String) extent[0], (Long) extent[1], (Long) extent[2]);
            }
        }
    }

    private void overview(long runId, String series, long first, long last) {
        SeriesDownsampler sampler = new SeriesDownsampler(first, last, buckets);
        try (Stream<Object[]> points = Panache.getEntityManager().createQuery("select p.step, p.value"
                + " from MetricPoint p where p.runId = ?1 and p.series = ?2 order by p.step", Object[].class)
                .setParameter(1, runId).setParameter(2, series).setFlushMode(FlushModeType.COMMIT)
                .getResultStream()) {
            points.forEach(p -> sampler.accept((Long) p[0], (Double) p[1]));
        }
        for (double[] p : sampler.points()) {
            OverviewPoint point = new OverviewPoint();
            point.runId = runId;
            point.series = series;
            point.step = (long) p[0];
            point.value = p[1];
            point.persist();
        }
    }
}
