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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.BenchmarkDefinition;
import org.normbench.benchmark.BuiltInPapers;
import org.normbench.benchmark.Paper;
import org.normbench.claim.ClaimResult;
import org.normbench.claim.ClaimService;
import org.normbench.claim.Verdict;

/**
 * The start page: the papers, with how many of their claims hold on the public runs, and every benchmark, with a
 * way to start an experiment on it.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Benchmarks · NormBench")
public class BenchmarksView extends VerticalLayout {

    public BenchmarksView(BenchmarkCatalogue catalogue, ClaimService claims) {
        add(new H2("Papers"), new Paragraph("Each paper's headline results are claims checked against the public runs"
                + " of its benchmarks; reproduce them from the paper's page."));
        Grid<Paper> papers = new Grid<>();
        papers.setId("papers");
        papers.addComponentColumn(p -> new RouterLink(p.title(), PaperView.class, p.key())).setHeader("Paper")
                .setFlexGrow(3);
        papers.addColumn(Paper::authors).setHeader("Authors").setFlexGrow(2);
        papers.addColumn(p -> verdicts(p, claims)).setHeader("Claims on public runs").setFlexGrow(2);
        papers.setItems(BuiltInPapers.all());
        papers.setAllRowsVisible(true);
        add(papers);
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

    /** E.g. "3 hold, 1 violated, 2 inconclusive". */
    private static String verdicts(Paper paper, ClaimService claims) {
        Map<Verdict, Long> counts = paper.benchmarks().stream()
                .flatMap(b -> claims.onPublicRuns(b).orElse(List.of()).stream())
                .collect(Collectors.groupingBy(ClaimResult::verdict, () -> new EnumMap<>(Verdict.class),
                        Collectors.counting()));
        return counts.getOrDefault(Verdict.HOLDS, 0L) + " hold, " + counts.getOrDefault(Verdict.VIOLATED, 0L)
                + " violated, " + counts.getOrDefault(Verdict.INCONCLUSIVE, 0L) + " inconclusive";
    }
}
