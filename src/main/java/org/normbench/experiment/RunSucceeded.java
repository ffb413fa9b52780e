package org.normbench.experiment;

/**
 * Fired (synchronously, inside the transaction that stored it) when a run's summary has been stored and it is
 * marked succeeded, so observers such as the leaderboard aggregates commit or roll back with it.
 */
public record RunSucceeded(Run run) {
}
