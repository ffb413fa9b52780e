package org.normbench.pruning;

/** A pruning job that cannot be queued now (HTTP 409), saying why. */
public class PruningRefusedException extends RuntimeException {

    public PruningRefusedException(String message) {
        super(message);
    }
}
