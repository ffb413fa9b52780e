package org.normbench.leaderboard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One metric over the succeeded runs of one setting (scheme and resolved hyperparameters) in a scope, split by
 * whether the runs converged: the seeds' count, mean, Welford's M2 and extremes with their runs.
 */
@MappedSuperclass
public abstract class AggregateRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "benchmark_id")
    public long benchmarkId;

    public String scheme;

    @Column(name = "parameters_json")
    public String parametersJson;

    @Column(name = "setting_hash")
    public String settingHash;

    public String metric;

    public boolean converged;

    @Column(name = "run_count")
    public long runCount;

    @Column(name = "mean_value")
    public double mean;

    public double m2;

    @Column(name = "min_value")
    public double min;

    @Column(name = "min_run_id")
    public long minRunId;

    @Column(name = "max_value")
    public double max;

    @Column(name = "max_run_id")
    public long maxRunId;

    public SeedStatistics statistics() {
        return new SeedStatistics(runCount, mean, m2, min, minRunId, max, maxRunId);
    }

    public void setStatistics(SeedStatistics statistics) {
        runCount = statistics.count();
        mean = statistics.mean();
        m2 = statistics.m2();
        min = statistics.min();
        minRunId = statistics.minRunId();
        max = statistics.max();
        maxRunId = statistics.maxRunId();
    }
}
