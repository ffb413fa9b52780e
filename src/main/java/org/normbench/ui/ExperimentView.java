package org.normbench.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.ParameterDefinition;
import org.normbench.engine.probe.LossProbe;
import org.normbench.experiment.ExperimentDetails;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.RunDetails;
import org.normbench.experiment.RunUpdates;

/** An experiment and its runs; states change live through server push. */
@Route(value = "experiments", layout = MainLayout.class)
@PageTitle("Experiment · NormBench")
public class ExperimentView extends VerticalLayout implements BeforeEnterObserver,
        HasUrlParameter<Long> {

    private final ExperimentQueries queries;
    private final BenchmarkCatalogue catalogue;
    private final H2 title = new H2();
    private final Paragraph counts = new Paragraph();
    private final Paragraph shared = new Paragraph();
    private final Grid<RunDetails> runs = new Grid<>();
    private final LineChart lossChart = new LineChart();
    private final Paragraph overlayNote = new Paragraph();
    private final int overlayRuns;
    /** Finished runs in the plot; the overlay is redrawn only when a run finishes. */
    private long plottedFinalRuns = -1;
    /** Whether the benchmark's headline-metric columns are in the grid yet (known once the experiment is). */
    private boolean headlineColumns;
    /** Parameters whose value differs between runs (or that only some schemes have); the rest is shared. */
    private Set<String> varied = Set.of();
    private long experimentId;

    public ExperimentView(ExperimentQueries queries, BenchmarkCatalogue catalogue, RunUpdates updates,
            @ConfigProperty(name = "normbench.ui.overlay-runs") int overlayRuns) {
        this.queries = queries;
        this.catalogue = catalogue;
        LiveRefresh.bind(this, updates, update -> update.experimentId() == experimentId, this::refresh);
        this.overlayRuns = overlayRuns;
        counts.setId("run-counts");
        runs.setId("runs");
        runs.addComponentColumn(r -> new RouterLink("#" + r.id(), RunView.class, r.id())).setHeader("Run")
                .setFlexGrow(0).setAutoWidth(true);
        runs.addColumn(RunDetails::scheme).setHeader("Scheme").setAutoWidth(true);
        runs.addColumn(r -> describe(varying(r.parameters()))).setHeader("Varied hyperparameters").setFlexGrow(3);
        runs.addColumn(RunDetails::seed).setHeader("Seed").setAutoWidth(true);
        runs.addColumn(r -> r.state().name()).setHeader("State").setAutoWidth(true);
        runs.addColumn(r -> r.worker() == null ? "" : r.worker()).setHeader("Worker").setAutoWidth(true);
        runs.addColumn(r -> summary(r, "steps", "%.0f")).setHeader("Steps").setAutoWidth(true);
        runs.addColumn(r -> summary(r, "final_loss", "%.3e")).setHeader("Final loss").setAutoWidth(true);
        runs.setAllRowsVisible(true);
        lossChart.setId("experiment-loss-chart");
        shared.setId("shared-parameters");
        add(title, counts, shared, runs, new H3("Training loss of finished runs"), overlayNote, lossChart);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        experimentId = id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (queries.experiment(experimentId).isEmpty()) {
            event.rerouteToError(NotFoundException.class, "experiment " + experimentId
                    + " not found");
            return;
        }
        refresh();
    }

    private void refresh() {
        queries.experiment(experimentId).ifPresent(this::show);
    }

    private void show(ExperimentDetails experiment) {
        title.setText(experiment.name() + " — " + experiment.benchmark() + " v" + experiment.benchmarkVersion());
        Map<String, Long> byState = experiment.runs().stream()
                .collect(Collectors.groupingBy(r -> r.state().name(), TreeMap::new, Collectors.counting()));
        counts.setText(experiment.runs().size() + " runs: " + byState.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        varied = variedParameters(experiment.runs());
        Map<String, Double> common = new TreeMap<>();
        experiment.runs().stream().findFirst().ifPresent(r -> common.putAll(r.parameters()));
        common.keySet().removeAll(varied);
        shared.setText("Same in every run: " + describe(common));
        if (!headlineColumns) {
            headlineColumns = true;
            catalogue.definition(experiment.benchmark(), experiment.benchmarkVersion()).ifPresent(definition -> {
                for (String metric : definition.headlineMetrics()) {
                    runs.addColumn(r -> summary(r, metric, "%.4g")).setHeader(metric).setAutoWidth(true);
                }
            });
        }
        runs.setItems(experiment.runs());
        List<RunDetails> finished = experiment.runs().stream().filter(r -> r.state().isFinal()).toList();
        if (finished.size() != plottedFinalRuns) {
            plottedFinalRuns = finished.size();
            plot(finished);
        }
    }

    private void plot(List<RunDetails> finished) {
        List<LineChart.Series> curves = new ArrayList<>();
        for (RunDetails run : finished.subList(0, Math.min(overlayRuns, finished.size()))) {
            queries.metrics(run.id()).map(m -> m.get(LossProbe.SERIES)).ifPresent(loss -> curves.add(
                    new LineChart.Series(String.join(" ", "#" + run.id(), run.scheme(),
                            describe(varying(run.parameters())), "seed " + run.seed()).replaceAll(" +", " "),
                            RunView.positivePoints(loss))));
        }
        overlayNote.setText(finished.size() > overlayRuns ? "showing the first " + overlayRuns + " of "
                + finished.size() + " finished runs" : "");
        lossChart.plot("step", "training loss L", true, curves);
    }

    private static String summary(RunDetails run, String name, String format) {
        Double value = run.summary().get(name);
        return value == null ? "" : String.format(format, value);
    }

    private Map<String, Double> varying(Map<String, Double> parameters) {
        Map<String, Double> shown = new TreeMap<>(parameters);
        shown.keySet().retainAll(varied);
        return shown;
    }

    private static Set<String> variedParameters(List<RunDetails> runs) {
        Map<String, Set<Double>> values = new HashMap<>();
        for (RunDetails run : runs) {
            run.parameters().forEach((k, v) -> values.computeIfAbsent(k, x -> new HashSet<>()).add(v));
        }
        Set<String> result = new HashSet<>();
        values.forEach((k, v) -> {
            boolean everywhere = runs.stream().allMatch(r -> r.parameters().containsKey(k));
            if (v.size() > 1 || !everywhere) {
                result.add(k);
            }
        });
        return result;
    }

    static String describe(Map<String, Double> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .map(e -> e.getKey() + "=" + ParameterDefinition.format(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
