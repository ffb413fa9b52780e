package org.normbench.account;

/**
 * The caller may see the resource but not do this to it (403). Resources the caller may not see are reported as
 * not found instead, so guessed ids reveal nothing.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
