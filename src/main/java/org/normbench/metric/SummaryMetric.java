package org.normbench.metric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A single number that sums up a run (final loss, steps to threshold, ...); (run, name) is unique. */
@Entity
@Table(name = "summary_metric")
public class SummaryMetric extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id")
    public long runId;

    public String name;

    @Column(name = "metric_value")
    public double value;

    /** Every summary metric of every run of an experiment, in one query. */
    public static List<SummaryMetric> ofExperiment(long experimentId) {
        return list("runId in (select r.id from Run r where r.experiment.id = ?1) order by runId, name", experimentId);
    }

    public static List<SummaryMetric> ofRun(long runId) {
        return list("runId = ?1 order by name", runId);
    }
}
