package org.normbench.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.normbench.account.AccountService;
import org.normbench.account.Caller;

/**
 * The browser session's caller. The session keeps only the account id; roles and team memberships are read
 * afresh on every use, so a change (or a deleted account) takes effect at once.
 */
@ApplicationScoped
public class CurrentCaller {

    private static final String ACCOUNT_ID = "normbench.account-id";

    private final AccountService accounts;

    public CurrentCaller(AccountService accounts) {
        this.accounts = accounts;
    }

    public Caller get() {
        VaadinSession session = VaadinSession.getCurrent();
        Object id = session == null ? null : session.getAttribute(ACCOUNT_ID);
        return id == null ? Caller.ANONYMOUS : accounts.caller((Long) id).orElse(Caller.ANONYMOUS);
    }

    /** Signs the session in under a new session id, so an id planted before sign-in is worthless (fixation). */
    public void signIn(Caller caller) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession.getCurrent().setAttribute(ACCOUNT_ID, caller.accountId());
    }

    /** Ends the whole HTTP session; the browser is sent to the start page. */
    public void signOut() {
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
