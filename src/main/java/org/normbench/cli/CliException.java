package org.normbench.cli;

/** A failure the command line reports in one line (the server's message, a missing file, …) and exits 2. */
class CliException extends RuntimeException {

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
