package org.normbench.experiment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.normbench.account.Account;

/** A remark on an experiment, or on one of its runs, by a signed-in reader. */
@Entity
@Table(name = "comment_entry")
public class Comment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "experiment_id")
    public long experimentId;

    /** The run it is about; null when it is about the experiment. */
    @Column(name = "run_id")
    public Long runId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    public Account author;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;
}
