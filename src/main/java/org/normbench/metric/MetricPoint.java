package org.normbench.metric;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/** One value of a run's metric series at a training step; (run, series, step) is unique. */
@Entity
@Table(name = "metric_point")
public class MetricPoint extends SeriesPoint {

    public static List<MetricPoint> ofRun(long runId) {
        return list("runId = ?1 order by series, step", runId);
    }
}
