package org.normbench.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lockout after repeated failures, its expiry, and the window in which failures count. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-30T12:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(config(), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void theFifthFailureLocksForTheLockoutAndItThenExpires() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("account:a");
        }
        assertTrue(throttle.lockedFor("account:a").isEmpty());
        throttle.failed("account:a");
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor("account:a"));
        assertTrue(throttle.lockedFor("account:b").isEmpty(), "other keys are not affected");
        now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertTrue(throttle.lockedFor("account:a").isEmpty());
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("address:x");
        }
        now = now.plus(Duration.ofMinutes(16));
        throttle.failed("address:x");
        assertTrue(throttle.lockedFor("address:x").isEmpty());
    }

    @Test
    void successClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("account:c");
        }
        throttle.succeeded("account:c");
        throttle.failed("account:c");
        assertTrue(throttle.lockedFor("account:c").isEmpty());
    }

    private static AccountConfig config() {
        return new AccountConfig() {
            public boolean signUpEnabled() {
                return true;
            }

            public int bcryptCost() {
                return 4;
            }

            public int minPasswordLength() {
                return 10;
            }

            public String adminUsername() {
                return "admin";
            }

            public Optional<String> adminPassword() {
                return Optional.empty();
            }

            public Path adminPasswordFile() {
                return Path.of("unused");
            }

            public int loginMaxFailures() {
                return 5;
            }

            public Duration loginWindow() {
                return Duration.ofMinutes(15);
            }

            public Duration loginLockout() {
                return Duration.ofMinutes(15);
            }

            public int loginTrackedKeys() {
                return 1000;
            }

            public long maxUnfinishedRuns() {
                return 10;
            }
        };
    }
}
