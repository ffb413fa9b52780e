package org.normbench.pruning;

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
import org.normbench.experiment.Run;

/**
 * A finished run pruned again from its stored snapshots by a worker (V5__pruning_jobs.sql): queued by a user, sent on
 * the requests topic, finished by the worker's report. A succeeded job's curves and summaries replace the run's; the
 * values they replaced are kept here.
 */
@Entity
@Table(name = "pruning_job")
public class PruningJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "run_id")
    public Run run;

    @Enumerated(EnumType.STRING)
    public PruningJobState state;

    /** The user who asked for it. */
    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When its request reached Kafka; null until then (the dispatcher retries). */
    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public String worker;

    public String error;

    /** How many summaries the job reported, and how many of them differ from the run's values before. */
    @Column(name = "summary_count")
    public Integer summaryCount;

    @Column(name = "changed_count")
    public Integer changedCount;

    /** The run's values the job replaced, as {@link ReplacedResults} JSON; null until it succeeded. */
    @Column(name = "replaced_json")
    public String replacedJson;

    public static List<PruningJob> ofRun(long runId) {
        return list("run.id = ?1 order by id", runId);
    }
}
