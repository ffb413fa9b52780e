package org.normbench.experiment;

/**
 * An experiment became public or stopped being public (fired synchronously, in the transaction that changed it):
 * whatever is derived from public experiments only, such as the global leaderboards, is brought up to date.
 */
public record VisibilityChanged(long experimentId, long benchmarkId) {
}
