package org.normbench.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidQueryException;

/** Accounts: sign-up, sign-in (bcrypt, throttled), password changes, and the {@link Caller} of an account. */
@ApplicationScoped
public class AccountService {

    /** Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    /** bcrypt reads only the first 72 bytes of a password; longer ones are refused rather than cut silently. */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final AccountConfig config;
    private final LoginThrottle throttle;
    /** Checked against when the account does not exist, so a wrong name takes as long as a wrong password. */
    private final String decoyHash;

    public AccountService(AccountConfig config, LoginThrottle throttle) {
        this.config = config;
        this.throttle = throttle;
        this.decoyHash = BcryptUtil.bcryptHash("decoy password", config.bcryptCost());
    }

    public boolean signUpEnabled() {
        return config.signUpEnabled();
    }

    /** A new account by self-service sign-up, refused when an administrator has switched sign-up off. */
    @Transactional
    public Account signUp(String username, String password) {
        if (!config.signUpEnabled()) {
            throw new AccessDeniedException("sign-up is switched off on this portal; ask an administrator");
        }
        return create(username, password, false);
    }

    /** An account as administrators list it. */
    public record AccountInfo(long id, String username, boolean admin, Instant createdAt) {
        static AccountInfo of(Account a) {
            return new AccountInfo(a.id, a.username, a.admin, a.createdAt);
        }
    }

    /** A new account made by an administrator (how people get one while sign-up is switched off). */
    @Transactional
    public AccountInfo createAsAdmin(Caller caller, String username, String password, boolean admin) {
        requireAdmin(caller, "create accounts");
        return AccountInfo.of(create(username, password, admin));
    }

    /** Every account, by name; administrators only. */
    @Transactional
    public List<AccountInfo> accounts(Caller caller) {
        requireAdmin(caller, "list accounts");
        return Account.<Account>list("order by username").stream().map(AccountInfo::of).toList();
    }

    private static void requireAdmin(Caller caller, String toDo) {
        caller.requireSignedIn(toDo);
        if (!caller.admin()) {
            throw new AccessDeniedException("only administrators " + toDo);
        }
    }

    /** A new account; names are case-insensitive and stored in lower case. */
    @Transactional
    public Account create(String username, String password, boolean admin) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (!NAME.matcher(name).matches()) {
            errors.add(new FieldError("username", "3 to 32 characters: letters, digits, '.', '_' or '-'"));
        } else if (Account.byUsername(name).isPresent()) {
            errors.add(new FieldError("username", "'" + name + "' is taken"));
        }
        checkPassword("password", password, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        Account account = new Account();
        account.username = name;
        account.passwordHash = BcryptUtil.bcryptHash(password, config.bcryptCost());
        account.admin = admin;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }

    /**
     * The caller for a name and password, or empty when they do not match. Throws {@link LoginThrottledException}
     * while the name or the client address is locked out; a locked-out attempt is not even checked.
     */
    @Transactional
    public Optional<Caller> signIn(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String accountKey = "account:" + name;
        String addressKey = "address:" + clientAddress;
        for (String key : List.of(accountKey, addressKey)) {
            throttle.lockedFor(key).ifPresent(left -> {
                throw new LoginThrottledException(left);
            });
        }
        Optional<Account> account = Account.byUsername(name);
        boolean matches = password != null && !password.isEmpty()
                && BcryptUtil.matches(password, account.map(a -> a.passwordHash).orElse(decoyHash))
                && account.isPresent();
        if (!matches) {
            throttle.failed(accountKey);
            throttle.failed(addressKey);
            return Optional.empty();
        }
        throttle.succeeded(accountKey);
        return Optional.of(callerOf(account.get()));
    }

    @Transactional
    public void changePassword(Caller caller, String current, String replacement) {
        caller.requireSignedIn("change a password");
        Account account = Account.findById(caller.accountId());
        List<FieldError> errors = new ArrayList<>();
        if (current == null || !BcryptUtil.matches(current, account.passwordHash)) {
            errors.add(new FieldError("currentPassword", "does not match your password"));
        }
        checkPassword("newPassword", replacement, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        account.passwordHash = BcryptUtil.bcryptHash(replacement, config.bcryptCost());
    }

    /** The caller of an account as it is now (team roles included), or empty when it no longer exists. */
    @Transactional
    public Optional<Caller> caller(long accountId) {
        return Account.<Account>findByIdOptional(accountId).map(AccountService::callerOf);
    }

    static Caller callerOf(Account account) {
        Map<Long, TeamRole> teams = new HashMap<>();
        TeamMember.<TeamMember>list("account.id", account.id).forEach(m -> teams.put(m.team.id, m.role));
        return new Caller(account.id, account.username, account.admin, teams);
    }

    private void checkPassword(String field, String password, List<FieldError> errors) {
        if (password == null || password.length() < config.minPasswordLength()) {
            errors.add(new FieldError(field, "at least " + config.minPasswordLength() + " characters"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            errors.add(new FieldError(field, "at most " + BCRYPT_MAX_BYTES + " bytes (bcrypt ignores the rest)"));
        }
    }
}
