package org.normbench.pruning;

/** QUEUED → SUCCEEDED | FAILED: a worker prunes in seconds, so a job reports only its end. */
public enum PruningJobState {
    QUEUED, SUCCEEDED, FAILED;

    public boolean isFinal() {
        return this != QUEUED;
    }
}
