package org.normbench.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.normbench.account.AccountService;
import org.normbench.account.Caller;
import org.normbench.account.LoginThrottledException;

/** Sign-in with name and password; afterwards back to the page that asked for it (or the start page). */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("Sign in · NormBench")
public class LoginView extends VerticalLayout {

    public LoginView(AccountService accounts, CurrentCaller currentCaller) {
        LoginForm form = new LoginForm();
        form.setId("login");
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> {
            try {
                Optional<Caller> caller = accounts.signIn(event.getUsername(), event.getPassword(),
                        VaadinRequest.getCurrent().getRemoteAddr());
                if (caller.isEmpty()) {
                    form.setI18n(errorText("Wrong name or password", "Check both and try again."));
                    form.setError(true);
                    return;
                }
                Object target = VaadinSession.getCurrent().getAttribute(AccessControl.AFTER_SIGN_IN);
                currentCaller.signIn(caller.get());
                // a full page load, so the navigation bar and every view see the signed-in session
                getUI().ifPresent(ui -> ui.getPage().setLocation(target == null ? "/" : "/" + target));
            } catch (LoginThrottledException e) {
                form.setI18n(errorText("Too many failed sign-ins", e.getMessage() + "."));
                form.setError(true);
            }
        });
        add(new H2("Sign in"), form);
        if (accounts.signUpEnabled()) {
            RouterLink signUp = new RouterLink("No account yet? Sign up", SignUpView.class);
            signUp.setId("sign-up-link");
            add(signUp);
        }
        setAlignItems(Alignment.CENTER);
    }

    private static LoginI18n errorText(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        return i18n;
    }
}
