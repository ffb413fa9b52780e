package org.normbench.experiment;

/**
 * An experiment is being deleted (fired synchronously, in the deleting transaction, before its runs go): whatever
 * other parts derived from it — aggregates, series overviews — goes with it.
 */
public record ExperimentDeleted(long experimentId, long benchmarkId, boolean wasPublic) {
}
