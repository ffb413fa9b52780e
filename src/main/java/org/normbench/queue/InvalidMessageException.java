package org.normbench.queue;

/** A Kafka record that is not a valid message of the expected kind; it is logged and skipped. */
public class InvalidMessageException extends Exception {

    public InvalidMessageException(String message) {
        super(message);
    }

    public InvalidMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
