package org.normbench.account;

/** The operation needs a signed-in account (401 in the API, the sign-in page in the UI). */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException(String message) {
        super(message);
    }
}
