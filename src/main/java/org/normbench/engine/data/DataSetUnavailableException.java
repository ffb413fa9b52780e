package org.normbench.engine.data;

/** A data set is missing or unreadable; the message says where it was looked for and how to get it. */
public class DataSetUnavailableException extends RuntimeException {

    public DataSetUnavailableException(String message) {
        super(message);
    }

    public DataSetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
