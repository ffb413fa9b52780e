package org.normbench.comparison;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A point a finished run's long series keeps in its overview (its M4 downsampling); (run, series, step) unique. */
@Entity
@Table(name = "metric_overview")
public class OverviewPoint extends PanacheEntityBase {

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
