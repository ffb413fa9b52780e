package org.normbench.queue;

/**
 * "Stop training this run": a record on the cancellations topic, keyed by run id, sent when a person cancels a
 * run that may already be on a worker. A worker acts on it only when it carries the token of the run's request.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param runId         the cancelled run
 * @param runToken      the run's token (null for runs stored before run tokens existed)
 */
public record RunCancellation(int schemaVersion, long runId, String runToken) {

    public static final int SCHEMA_VERSION = 1;

    public static RunCancellation of(long runId, String runToken) {
        return new RunCancellation(SCHEMA_VERSION, runId, runToken);
    }
}
