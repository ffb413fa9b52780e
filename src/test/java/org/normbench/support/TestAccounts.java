package org.normbench.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import org.normbench.account.Account;
import org.normbench.account.AccountService;
import org.normbench.account.Caller;
import org.normbench.account.TokenService;

/** Accounts and API tokens made through the application's own services, for tests in the application's JVM. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery";

    private TestAccounts() {
    }

    /** The caller of account {@code name} as it is now (team roles included), created when missing. */
    public static Caller account(String name) {
        return account(name, false);
    }

    public static Caller account(String name, boolean admin) {
        AccountService accounts = CDI.current().select(AccountService.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.byUsername(name).orElseGet(() -> accounts.create(name, PASSWORD, admin));
            return accounts.caller(account.id).orElseThrow();
        });
    }

    /** A new API token of the account {@code name} (created when missing). */
    public static String token(String name) {
        Caller caller = account(name);
        return CDI.current().select(TokenService.class).get().create(caller, "test").token();
    }
}
