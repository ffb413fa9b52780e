package org.normbench.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import org.normbench.account.AccountService;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidQueryException;

/** Self-service sign-up (when the administrator allows it), signed in straight after. */
@Route(value = "signup", layout = MainLayout.class)
@PageTitle("Sign up · NormBench")
public class SignUpView extends VerticalLayout {

    private final TextField username = new TextField("Name");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField repeated = new PasswordField("Password again");

    public SignUpView(AccountService accounts, CurrentCaller currentCaller) {
        username.setId("signup-username");
        password.setId("signup-password");
        repeated.setId("signup-repeated");
        username.setHelperText("3 to 32 characters: letters, digits, '.', '_' or '-'");
        Button create = new Button("Create account");
        create.setId("signup-submit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            username.setInvalid(false);
            password.setInvalid(false);
            if (!password.getValue().equals(repeated.getValue())) {
                repeated.setInvalid(true);
                repeated.setErrorMessage("the passwords differ");
                return;
            }
            repeated.setInvalid(false);
            try {
                accounts.signUp(username.getValue(), password.getValue());
                accounts.signIn(username.getValue(), password.getValue(), VaadinRequest.getCurrent().getRemoteAddr())
                        .ifPresent(currentCaller::signIn);
                getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            } catch (InvalidQueryException ex) {
                for (FieldError error : ex.errors()) {
                    HasValidation field = error.field().equals("username") ? username : password;
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                }
            }
        });
        FormLayout form = new FormLayout(username, password, repeated);
        form.setMaxWidth("500px");
        add(new H2("Sign up"));
        if (accounts.signUpEnabled()) {
            add(form, create);
        } else {
            add(new Paragraph("Sign-up is switched off on this portal; ask an administrator for an account."));
        }
    }
}
