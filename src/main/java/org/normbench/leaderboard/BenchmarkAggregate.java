package org.normbench.leaderboard;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A setting's metric over its runs in every experiment of a benchmark version: the global leaderboard reads one
 * row per setting from here instead of merging every experiment's.
 */
@Entity
@Table(name = "benchmark_aggregate")
public class BenchmarkAggregate extends AggregateRow {
}
