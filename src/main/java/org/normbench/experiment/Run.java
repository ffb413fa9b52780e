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
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** One concrete configuration and seed of an experiment, trained by one worker. */
@Entity
@Table(name = "experiment_run")
public class Run extends PanacheEntityBase {

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** Sent with the run's request; events about the run must carry it (see {@link #newToken()}). */
    @Column(name = "run_token")
    public String runToken;

    /** 32 random bytes, hex: a secret only the portal and the worker given the run know. */
    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static List<Run> ofExperiment(long experimentId) {
        return list("experiment.id = ?1 order by id", experimentId);
    }
}
