package org.normbench.account;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Accounts and sign-in ({@code normbench.account.*}, documented in application.properties). */
@ConfigMapping(prefix = "normbench.account")
public interface AccountConfig {

    boolean signUpEnabled();

    int bcryptCost();

    int minPasswordLength();

    String adminUsername();

    Optional<String> adminPassword();

    Path adminPasswordFile();

    int loginMaxFailures();

    Duration loginWindow();

    Duration loginLockout();

    int loginTrackedKeys();

    long maxUnfinishedRuns();
}
