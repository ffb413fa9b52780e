package org.normbench.experiment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One concrete configuration and seed of an experiment, trained by one worker. */
@Entity
@Table(name = "experiment_run")
public class Run extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "experiment_id")
    public Experiment experiment;

    public String scheme;

    /** Resolved hyperparameters (defaults filled in) as a JSON object of numbers. */
    @Column(name = "parameters_json")
    public String parametersJson;

    /** SHA-256 of scheme and parameters: finds a leaderboard row's runs through an index. */
    @Column(name = "setting_hash")
    public String settingHash;

    public long seed;

    @Enumerated(EnumType.STRING)
    public RunState state;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When the run's request reached Kafka; null until then (the dispatcher retries). */
    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public String worker;

    public String error;

    /** Whether this finished run's summary metrics are in the leaderboard aggregates. */
    public boolean aggregated;

    /** The bucket count of this finished run's series overviews; null until they are built. */
    @Column(name = "overview_buckets")
    public Integer overviewBuckets;

    /** What the run was computed with, as its worker reported (JSON object of strings); null before it started. */
    @Column(name = "environment_json")
    public String environmentJson;

    public static List<Run> ofExperiment(long experimentId) {
        return list("experiment.id = ?1 order by id", experimentId);
    }
}
