package org.normbench.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code login-max-failures} failed sign-ins within {@code login-window} for one
 * key (an account name, or a client address) the key is locked for {@code login-lockout}. Kept in memory, per
 * portal process.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final class Failures {
        int count;
        Instant windowStart;
        Instant lockedUntil = Instant.MIN;
    }

    private final AccountConfig config;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    public LoginThrottle(AccountConfig config) {
        this(config, Clock.systemUTC());
    }

    LoginThrottle(AccountConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** How long the key stays locked, or empty when it may try. */
    public Optional<Duration> lockedFor(String key) {
        Failures f = failures.get(key);
        if (f == null) {
            return Optional.empty();
        }
        synchronized (f) {
            Duration left = Duration.between(clock.instant(), f.lockedUntil);
            return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
        }
    }

    public void failed(String key) {
        Instant now = clock.instant();
        if (failures.size() >= config.loginTrackedKeys()) {
            failures.values().removeIf(f -> expired(f, now));
        }
        Failures f = failures.computeIfAbsent(key, k -> new Failures());
        synchronized (f) {
            if (f.windowStart == null || now.isAfter(f.windowStart.plus(config.loginWindow()))) {
                f.windowStart = now;
                f.count = 0;
            }
            if (++f.count >= config.loginMaxFailures()) {
                f.lockedUntil = now.plus(config.loginLockout());
                f.count = 0;
                f.windowStart = null;
            }
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    private boolean expired(Failures f, Instant now) {
        synchronized (f) {
            return now.isAfter(f.lockedUntil)
                    && (f.windowStart == null || now.isAfter(f.windowStart.plus(config.loginWindow())));
        }
    }
}
