package org.normbench.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.account.AccessDeniedException;
import org.normbench.account.Caller;
import org.normbench.account.TeamRole;
import org.normbench.account.TeamService;
import org.normbench.artifact.ArchiveService;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.BuiltInBenchmarks;
import org.normbench.benchmark.ParameterDefinition;
import org.normbench.claim.ClaimResult;
import org.normbench.claim.ClaimService;
import org.normbench.comparison.Comparison;
import org.normbench.comparison.ComparisonCsv;
import org.normbench.comparison.ComparisonService;
import org.normbench.comparison.Curve;
import org.normbench.engine.probe.LossProbe;
import org.normbench.experiment.CommentService;
import org.normbench.experiment.ExperimentDetails;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.ExperimentService;
import org.normbench.experiment.InvalidExperimentException;
import org.normbench.experiment.InvalidQueryException;
import org.normbench.experiment.ParameterDifferences;
import org.normbench.experiment.RunDetails;
import org.normbench.experiment.RunUpdates;
import org.normbench.experiment.Visibility;
import org.normbench.pruning.PruningJobService;
import org.normbench.pruning.PruningRefusedException;

/**
 * An experiment and its runs (states change live through server push), its benchmark's claims judged on its
 * runs, who it is shared with — changeable by those who manage it — and its comments.
 */
@Route(value = "experiments", layout = MainLayout.class)
@PageTitle("Experiment · NormBench")
public class ExperimentView extends VerticalLayout implements BeforeEnterObserver,
        HasUrlParameter<Long> {

    private final ExperimentQueries queries;
    private final BenchmarkCatalogue catalogue;
    private final ComparisonService comparisons;
    private final ExperimentService experiments;
    private final TeamService teams;
    private final CurrentCaller currentCaller;
    private final ArchiveService archives;
    private final H2 title = new H2();
    private final Paragraph ownership = new Paragraph();
    private final Select<Visibility> visibility = new Select<>();
    private final ComboBox<String> team = new ComboBox<>("Team");
    private final Button share = new Button("Share");
    private final Button cancel = new Button("Cancel unfinished runs");
    private final Button delete = new Button("Delete experiment");
    private final Button pruneAll = new Button("Prune every run again");
    private final HorizontalLayout sharing = new HorizontalLayout(visibility, team, share, cancel, pruneAll, delete);
    private final CommentsPanel comments;
    private final Paragraph links = new Paragraph();
    private final Button compareRuns = new Button("Compare selected runs");
    private final Paragraph counts = new Paragraph();
    private final Paragraph shared = new Paragraph();
    private final Grid<RunDetails> runs = new Grid<>();
    private final LineChart lossChart = new LineChart();
    private final ChartDownloads lossDownloads = new ChartDownloads(lossChart, "experiment-loss", "experiment-loss");
    private final Paragraph overlayNote = new Paragraph();
    private final H3 claimsHeading = new H3("The paper's claims on this experiment's runs");
    private final ClaimsGrid claimsGrid = new ClaimsGrid("experiment-claims");
    private final ClaimService claims;
    private final PruningJobService pruning;
    private final int overlayRuns;
    /** Finished runs in the plot; the overlay is redrawn only when a run finishes. */
    private long plottedFinalRuns = -1;
    /** Whether the benchmark's headline-metric columns are in the grid yet (known once the experiment is). */
    private boolean headlineColumns;
    /** Parameters whose value differs between runs (or that only some schemes have); the rest is shared. */
    private Set<String> varied = Set.of();
    private long experimentId;

    public ExperimentView(ExperimentQueries queries, BenchmarkCatalogue catalogue, ComparisonService comparisons,
            ExperimentService experiments, CommentService commentService, TeamService teams,
            CurrentCaller currentCaller, ArchiveService archives, ClaimService claims, PruningJobService pruning,
            RunUpdates updates, @ConfigProperty(name = "normbench.ui.overlay-runs") int overlayRuns) {
        this.queries = queries;
        this.comparisons = comparisons;
        this.catalogue = catalogue;
        this.experiments = experiments;
        this.comments = new CommentsPanel(commentService, currentCaller);
        this.teams = teams;
        this.currentCaller = currentCaller;
        this.archives = archives;
        this.claims = claims;
        this.pruning = pruning;
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
        runs.setSelectionMode(Grid.SelectionMode.MULTI);
        compareRuns.setId("compare-runs");
        compareRuns.setEnabled(false);
        runs.addSelectionListener(e -> compareRuns.setEnabled(!e.getAllSelectedItems().isEmpty()));
        compareRuns.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ComparisonView.class,
                new QueryParameters(Map.of("run", runs.getSelectedItems().stream()
                        .map(r -> Long.toString(r.id())).toList())))));
        lossChart.setId("experiment-loss-chart");
        shared.setId("shared-parameters");
        links.setId("experiment-links");
        ownership.setId("experiment-ownership");
        visibility.setId("sharing-visibility");
        visibility.setLabel("Visible to");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> ExperimentsView.sharing(v, v == Visibility.TEAM ? "…" : null));
        team.setId("sharing-team");
        team.setClearButtonVisible(true);
        share.setId("sharing-save");
        share.addClickListener(e -> share());
        cancel.setId("cancel-experiment");
        cancel.addClickListener(e -> cancel());
        pruneAll.setId("prune-experiment");
        pruneAll.setVisible(false);
        pruneAll.addClickListener(e -> pruneAll());
        delete.setId("delete-experiment");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        sharing.setAlignItems(FlexComponent.Alignment.BASELINE);
        sharing.setVisible(false);
        claimsHeading.setVisible(false);
        claimsGrid.setVisible(false);
        add(title, ownership, sharing, links, counts, shared, runs, compareRuns, claimsHeading, claimsGrid,
                new H3("Training loss of finished runs"), overlayNote, lossDownloads, lossChart, comments);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        experimentId = id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (queries.experiment(currentCaller.get(), experimentId).isEmpty()) {
            event.rerouteToError(NotFoundException.class, "experiment " + experimentId
                    + " not found");
            return;
        }
        refresh();
    }

    private void refresh() {
        queries.experiment(currentCaller.get(), experimentId).ifPresent(this::show);
    }

    private void show(ExperimentDetails experiment) {
        title.setText(experiment.name() + " — " + experiment.benchmark() + " v" + experiment.benchmarkVersion());
        ownership.setText((experiment.owner() == null ? "Submitted before accounts existed" : "Owner: "
                + experiment.owner()) + " · visible to " + ExperimentsView.sharing(experiment.visibility(),
                        experiment.team()));
        if (experiment.youMayManage() && !sharing.isVisible()) {
            sharing.setVisible(true);
            pruneAll.setVisible(BuiltInBenchmarks.NEURON_PRUNING.contains(experiment.benchmark()));
            Caller caller = currentCaller.get();
            team.setItems(teams.teams(caller).stream()
                    .filter(t -> caller.admin() || (t.yourRole() != null && t.yourRole().atLeast(TeamRole.MEMBER)))
                    .map(TeamService.TeamDetails::name).toList());
            visibility.setValue(experiment.visibility());
            team.setValue(experiment.team());
        }
        comments.show(experimentId, null, experiment.youMayComment());
        if (links.getChildren().findAny().isEmpty()) {
            RouterLink leaderboards = new RouterLink("Leaderboards of this experiment", LeaderboardView.class,
                    experiment.benchmark());
            leaderboards.setQueryParameters(QueryParameters.simple(Map.of("experiment", Long.toString(experimentId),
                    "version", Integer.toString(experiment.benchmarkVersion()))));
            leaderboards.setId("experiment-leaderboards");
            links.add(leaderboards, new Text(" · "));
            archives.experiment(currentCaller.get(), experimentId).ifPresent(archive -> links.add(DownloadLink
                    .archive("Download every run (zip: configuration, metrics, summaries, files, SHA256SUMS)",
                            "experiment-archive", archive)));
            if (currentCaller.get().signedIn()) {
                RouterLink clone = new RouterLink("Clone and edit", NewExperimentView.class);
                clone.setQueryParameters(QueryParameters.simple(Map.of("from", Long.toString(experimentId))));
                clone.setId("clone-experiment");
                Button rerun = new Button("Rerun", e -> rerun());
                rerun.setId("rerun-experiment");
                rerun.addThemeVariants(ButtonVariant.LUMO_SMALL);
                links.add(new Text(" · "), clone, new Text(" · "), rerun);
            }
        }
        Map<String, Long> byState = experiment.runs().stream()
                .collect(Collectors.groupingBy(r -> r.state().name(), TreeMap::new, Collectors.counting()));
        counts.setText(experiment.runs().size() + " runs: " + byState.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        List<Map<String, Double>> settings = experiment.runs().stream().map(RunDetails::parameters).toList();
        varied = ParameterDifferences.varying(settings);
        shared.setText("Same in every run: " + describe(ParameterDifferences.shared(settings)));
        if (!headlineColumns) {
            headlineColumns = true;
            catalogue.definition(experiment.benchmark(), experiment.benchmarkVersion()).ifPresent(definition -> {
                for (String metric : definition.headlineMetrics()) {
                    runs.addColumn(r -> summary(r, metric, "%.4g")).setHeader(metric).setAutoWidth(true);
                }
            });
        }
        // a live refresh replaces the rows; the user's picks for a comparison stay picked
        Set<Long> picked = runs.getSelectedItems().stream().map(RunDetails::id).collect(Collectors.toSet());
        runs.setItems(experiment.runs());
        experiment.runs().stream().filter(r -> picked.contains(r.id())).forEach(runs::select);
        List<RunDetails> finished = experiment.runs().stream().filter(r -> r.state().isFinal()).toList();
        if (finished.size() != plottedFinalRuns) {
            plottedFinalRuns = finished.size();
            plot(finished);
            List<ClaimResult> verdicts = claims.onExperiment(currentCaller.get(), experimentId).orElse(List.of());
            claimsHeading.setVisible(!verdicts.isEmpty());
            claimsGrid.setVisible(!verdicts.isEmpty());
            claimsGrid.setItems(verdicts);
        }
    }

    /** The first finished runs' loss curves, downsampled on the server (a long run sends a few hundred points). */
    private void plot(List<RunDetails> finished) {
        List<RunDetails> shown = finished.subList(0, Math.min(overlayRuns, finished.size()));
        Map<Long, RunDetails> byId = shown.stream().collect(Collectors.toMap(RunDetails::id, r -> r));
        List<LineChart.Series> curves = new ArrayList<>();
        if (!shown.isEmpty()) {
            Comparison loss = comparisons.runs(currentCaller.get(), List.copyOf(byId.keySet()), LossProbe.SERIES,
                    new ComparisonService.Window(null, null, null));
            for (Curve curve : loss.curves()) {
                RunDetails run = byId.get(curve.runId());
                curves.add(new LineChart.Series(String.join(" ", "#" + run.id(), run.scheme(),
                        describe(varying(run.parameters())), "seed " + run.seed()).replaceAll(" +", " "),
                        curve.points().stream().filter(p -> p.value() > 0)
                                .map(p -> new double[] {p.step(), p.value()}).toList()));
            }
        }
        overlayNote.setText(finished.size() > overlayRuns ? "showing the first " + overlayRuns + " of "
                + finished.size() + " finished runs" : "");
        lossChart.plot("step", "training loss L", true, curves);
        Caller caller = currentCaller.get();
        List<Long> ids = shown.stream().map(RunDetails::id).toList();
        lossDownloads.setCsv("experiment-" + experimentId + "-loss.csv", shown.isEmpty() ? null
                : () -> ComparisonCsv.of(comparisons.runs(caller, ids, LossProbe.SERIES,
                        new ComparisonService.Window(null, null, null))));
    }

    private void cancel() {
        try {
            experiments.cancel(currentCaller.get(), experimentId).ifPresent(n -> Notification.show(n
                    + " unfinished runs cancelled"));
            refresh();
        } catch (AccessDeniedException e) {
            Notification.show(e.getMessage());
        }
    }

    /** Deleting loses every result of the experiment: asked once more, in a dialog. */
    private void confirmDelete() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Delete experiment #" + experimentId + "?");
        dialog.add(new Paragraph("Its runs, metrics, summaries and comments are deleted for good, and it leaves every"
                + " leaderboard."));
        Button confirm = new Button("Delete", e -> {
            try {
                experiments.delete(currentCaller.get(), experimentId);
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ExperimentsView.class));
            } catch (AccessDeniedException ex) {
                Notification.show(ex.getMessage());
            }
        });
        confirm.setId("confirm-delete");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Keep it", e -> dialog.close()), confirm);
        dialog.open();
    }

    /** The same runs again, as a new experiment of the signed-in person; opens it. */
    private void rerun() {
        try {
            experiments.rerun(currentCaller.get(), experimentId).ifPresent(rerun -> getUI()
                    .ifPresent(ui -> ui.navigate(ExperimentView.class, rerun.id)));
        } catch (InvalidExperimentException e) {
            Notification.show(e.errors().stream().map(f -> f.message()).collect(Collectors.joining("; ")));
        }
    }

    /** A pruning job for every succeeded run: workers prune them again from their snapshots (RunView shows each). */
    private void pruneAll() {
        try {
            pruning.requestAll(currentCaller.get(), experimentId).ifPresent(jobs -> Notification.show(jobs.size()
                    + " pruning jobs queued; each run's page shows its outcome"));
        } catch (PruningRefusedException | AccessDeniedException e) {
            Notification.show(e.getMessage());
        }
    }

    private void share() {
        try {
            experiments.share(currentCaller.get(), experimentId, visibility.getValue(), team.getValue());
            sharing.setVisible(false);
            refresh();
            Notification.show("Sharing saved");
        } catch (InvalidQueryException e) {
            Notification.show(e.errors().stream().map(f -> f.message()).collect(Collectors.joining("; ")));
        } catch (AccessDeniedException e) {
            Notification.show(e.getMessage());
        }
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

    static String describe(Map<String, Double> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .map(e -> e.getKey() + "=" + ParameterDefinition.format(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
