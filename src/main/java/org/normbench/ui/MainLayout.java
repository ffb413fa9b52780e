package org.normbench.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

/** The frame of every page: the product name and the main navigation. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1("NormBench");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
        HorizontalLayout nav = new HorizontalLayout(new RouterLink("Benchmarks", BenchmarksView.class),
                new RouterLink("Experiments", ExperimentsView.class),
                new RouterLink("New experiment", NewExperimentView.class));
        nav.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(title, nav);
    }
}
