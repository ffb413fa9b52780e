package org.normbench.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.normbench.account.Caller;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.ExperimentSummary;
import org.normbench.experiment.Visibility;

/** Every experiment the visitor may see, newest first, loaded page by page as the grid scrolls. */
@Route(value = "experiments", layout = MainLayout.class)
@PageTitle("Experiments · NormBench")
public class ExperimentsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public ExperimentsView(ExperimentQueries queries, CurrentCaller currentCaller) {
        Caller caller = currentCaller.get();
        Grid<ExperimentSummary> grid = new Grid<>();
        grid.setId("experiments");
        grid.addComponentColumn(e -> new RouterLink("#" + e.id() + " " + e.name(), ExperimentView.class, e.id()))
                .setHeader("Experiment").setFlexGrow(3);
        grid.addColumn(e -> e.benchmark() + " v" + e.benchmarkVersion()).setHeader("Benchmark").setFlexGrow(2);
        grid.addColumn(e -> TIME.format(e.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(e -> e.owner() == null ? "—" : e.owner()).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(ExperimentsView::sharing).setHeader("Visible to").setAutoWidth(true);
        grid.addColumn(ExperimentSummary::runs).setHeader("Runs").setAutoWidth(true);
        grid.addColumn(e -> e.runsByState().entrySet().stream().map(s -> s.getValue() + " " + s.getKey())
                .collect(Collectors.joining(", "))).setHeader("States").setFlexGrow(2);
        grid.setItems(query -> queries.experiments(caller, query.getOffset(), query.getLimit()).items().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, queries.experimentCount(caller)));
        grid.setHeight("70vh");
        add(new H2("Experiments"), grid);
    }

    /** Who may see an experiment, in words. */
    static String sharing(ExperimentSummary e) {
        return sharing(e.visibility(), e.team());
    }

    static String sharing(Visibility visibility, String team) {
        return switch (visibility) {
            case PUBLIC -> "everyone" + (team == null ? "" : " (team " + team + ")");
            case TEAM -> "team " + team;
            case PRIVATE -> "owner only";
        };
    }
}
