package org.normbench.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import org.normbench.account.Caller;

/** The frame of every page: the product name, the main navigation, and who is signed in. */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(CurrentCaller currentCaller) {
        H1 title = new H1("NormBench");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
        HorizontalLayout nav = new HorizontalLayout(new RouterLink("Benchmarks", BenchmarksView.class),
                new RouterLink("Experiments", ExperimentsView.class),
                new RouterLink("New experiment", NewExperimentView.class));
        nav.setAlignItems(HorizontalLayout.Alignment.CENTER);
        HorizontalLayout account = new HorizontalLayout();
        account.setId("account-bar");
        account.setAlignItems(HorizontalLayout.Alignment.CENTER);
        account.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
        Caller caller = currentCaller.get();
        if (caller.signedIn()) {
            Span name = new Span(caller.username() + (caller.admin() ? " (admin)" : ""));
            name.setId("signed-in-as");
            Button signOut = new Button("Sign out", e -> {
                currentCaller.signOut();
                e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            });
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            account.add(name, new RouterLink("Account", AccountView.class), signOut);
        } else {
            RouterLink signIn = new RouterLink("Sign in", LoginView.class);
            signIn.setId("sign-in");
            account.add(signIn);
        }
        addToNavbar(title, nav, account);
    }

    /** A new page starts at its top (the layout's content area would keep the previous page's scroll position). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                + " if (content) { content.scrollTop = 0; }");
    }
}
