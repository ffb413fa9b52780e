package org.normbench.experiment;

/** QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED; the last three are final. */
public enum RunState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
