package org.normbench.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.normbench.app.Roles;

/**
 * On a portal's first start (no accounts yet) creates the administrator {@code normbench.account.admin-username}
 * with the password {@code normbench.account.admin-password}, or, when none is configured, a random one written
 * to {@code normbench.account.admin-password-file} (readable by the owner only). Nothing is hard-coded.
 */
@ApplicationScoped
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class);
    private static final int RANDOM_PASSWORD_BYTES = 18;

    void onStart(@Observes StartupEvent event, Roles roles, AccountService accounts, AccountConfig config) {
        if (!roles.portal()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.count() > 0) {
                return;
            }
            String password = config.adminPassword().orElseGet(InitialAdmin::randomPassword);
            accounts.create(config.adminUsername(), password, true);
            if (config.adminPassword().isPresent()) {
                LOG.infof("created the administrator '%s' with the configured password", config.adminUsername());
            } else {
                write(config, password);
                LOG.infof("created the administrator '%s'; its password is in %s (change it after signing in)",
                        config.adminUsername(), config.adminPasswordFile().toAbsolutePath());
            }
        });
    }

    private static String randomPassword() {
        byte[] bytes = new byte[RANDOM_PASSWORD_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(AccountConfig config, String password) {
        try {
            if (config.adminPasswordFile().getParent() != null) {
                Files.createDirectories(config.adminPasswordFile().getParent());
            }
            Files.deleteIfExists(config.adminPasswordFile());
            Files.createFile(config.adminPasswordFile(),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(config.adminPasswordFile(), password + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial administrator's password to "
                    + config.adminPasswordFile(), e);
        }
    }
}
