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
import java.time.Instant;
import org.normbench.account.Account;
import org.normbench.account.Team;
import org.normbench.benchmark.Benchmark;

/** A user's grid over a benchmark (schemes × hyperparameter values × seeds), expanded into runs. */
@Entity
public class Experiment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "benchmark_id")
    public Benchmark benchmark;

    /** The submitted grid as JSON, kept verbatim so the experiment can be shown and rerun as asked. */
    @Column(name = "request_json")
    public String requestJson;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Who submitted it; null for experiments stored before accounts existed (public, managed by admins). */
    @ManyToOne
    @JoinColumn(name = "owner_id")
    public Account owner;

    /** The team it is shared with, if any. */
    @ManyToOne
    @JoinColumn(name = "team_id")
    public Team team;

    @Enumerated(EnumType.STRING)
    public Visibility visibility = Visibility.PRIVATE;
}
