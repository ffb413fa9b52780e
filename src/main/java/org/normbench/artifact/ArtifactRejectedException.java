package org.normbench.artifact;

/** An upload or download that cannot be accepted as it is: wrong name, size, checksum or credential. */
public class ArtifactRejectedException extends RuntimeException {

    /** The HTTP status that says why (400 bad input, 403 wrong run token, 404 no such run, 413 too large). */
    private final int status;

    public ArtifactRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
