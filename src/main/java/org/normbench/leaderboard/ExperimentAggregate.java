package org.normbench.leaderboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A setting's metric over its runs in one experiment: experiment leaderboards, and filtered global ones. */
@Entity
@Table(name = "experiment_aggregate")
public class ExperimentAggregate extends AggregateRow {

    @Column(name = "experiment_id")
    public long experimentId;
}
