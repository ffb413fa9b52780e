package org.normbench.metric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The columns of a stored point of a run's metric series: (run, series, step) and its value. */
@MappedSuperclass
public abstract class SeriesPoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id")
    public long runId;

    public String series;

    public long step;

    @Column(name = "metric_value")
    public double value;
}
