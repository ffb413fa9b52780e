package org.normbench.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sends anonymous visitors of {@link SignInRequired} views to the sign-in page, remembering where they were going.
 * What a view shows is filtered by the caller in the services; this guard only decides who may open it.
 */
@ApplicationScoped
public class AccessControl {

    static final String AFTER_SIGN_IN = "normbench.after-sign-in";

    private final CurrentCaller caller;

    public AccessControl(CurrentCaller caller) {
        this.caller = caller;
    }

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget().isAnnotationPresent(SignInRequired.class) && !caller.get().signedIn()) {
            VaadinSession.getCurrent().setAttribute(AFTER_SIGN_IN, event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
        }
    }
}
