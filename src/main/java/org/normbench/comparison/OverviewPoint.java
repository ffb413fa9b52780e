package org.normbench.comparison;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.normbench.metric.SeriesPoint;

/** A point a finished run's long series keeps in its overview (its M4 downsampling); (run, series, step) unique. */
@Entity
@Table(name = "metric_overview")
public class OverviewPoint extends SeriesPoint {
}
