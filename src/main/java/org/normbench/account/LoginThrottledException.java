package org.normbench.account;

import java.time.Duration;

/** Too many failed sign-ins for this account or from this address: try again after {@link #retryAfter()}. */
public class LoginThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed sign-ins; try again in " + Math.max(1, retryAfter.toMinutes()) + " min");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
