package org.normbench.metric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** One value of a run's metric series at a training step; (run, series, step) is unique. */
@Entity
@Table(name = "metric_point")
public class MetricPoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id")
    public long runId;

    public String series;

    public long step;

    @Column(name = "metric_value")
    public double value;

    public static List<MetricPoint> ofRun(long runId) {
        return list("runId = ?1 order by series, step", runId);
    }
}
