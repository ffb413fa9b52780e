package org.normbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.BenchmarkDefinition;

/** The start page: every benchmark, with a way to start an experiment on it. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Benchmarks · NormBench")
public class BenchmarksView extends VerticalLayout {

    public BenchmarksView(BenchmarkCatalogue catalogue) {
        add(new H2("Benchmarks"), new Paragraph("Each benchmark fixes data, model family, loss, stop rule and"
                + " metrics. Pick one, choose schemes, a hyperparameter grid and seeds, and compare."));
        Grid<BenchmarkDefinition> grid = new Grid<>();
        grid.setId("benchmarks");
        grid.addColumn(BenchmarkDefinition::title).setHeader("Benchmark").setFlexGrow(3);
        grid.addColumn(BenchmarkDefinition::key).setHeader("Key").setFlexGrow(2);
        grid.addColumn(BenchmarkDefinition::version).setHeader("Version").setFlexGrow(0);
        grid.addColumn(b -> String.join(", ", b.schemes())).setHeader("Schemes");
        grid.addColumn(BenchmarkDefinition::source).setHeader("Source").setFlexGrow(3);
        grid.addComponentColumn(b -> new HorizontalLayout(
                new Button("New experiment", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(
                        NewExperimentView.class, QueryParameters.simple(Map.of("benchmark", b.key()))))),
                new RouterLink("Leaderboards", LeaderboardView.class, b.key())))
                .setFlexGrow(0).setAutoWidth(true);
        grid.setItemDetailsRenderer(new TextRenderer<>(BenchmarkDefinition::description));
        List<BenchmarkDefinition> benchmarks = catalogue.latestDefinitions();
        grid.setItems(benchmarks);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
