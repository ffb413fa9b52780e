package org.normbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.account.Caller;
import org.normbench.artifact.ArchiveService;
import org.normbench.artifact.ArtifactService;
import org.normbench.comparison.ComparisonCsv;
import org.normbench.comparison.ComparisonService;
import org.normbench.comparison.ComparisonService.Window;
import org.normbench.engine.kernel.TangentKernelProbe;
import org.normbench.engine.probe.DirectionProbe;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.NeuronNormsProbe;
import org.normbench.engine.probe.PruningProbe;
import org.normbench.experiment.CommentService;
import org.normbench.experiment.ExperimentQueries;
import org.normbench.experiment.MetricSeries;
import org.normbench.experiment.RunDetails;
import org.normbench.experiment.RunUpdates;
import org.normbench.metric.MetricCatalogue;
import org.normbench.metric.MetricDefinition;
import org.normbench.pruning.PruningJobService;

/**
 * One run: its configuration, state, summary metrics, loss curve and, where the benchmark records them, kernel
 * spectrum, per-neuron norms and pruning curves (with its pruning jobs), updated live while it trains; and the
 * comments on it.
 */
@Route(value = "runs", layout = MainLayout.class)
@PageTitle("Run · NormBench")
public class RunView extends VerticalLayout implements BeforeEnterObserver, HasUrlParameter<Long> {

    private final ExperimentQueries queries;
    private final CurrentCaller caller;
    private final H2 title = new H2();
    private final VerticalLayout header = new VerticalLayout();
    private final Paragraph state = new Paragraph();
    private final Paragraph configuration = new Paragraph();
    private final Paragraph environment = new Paragraph();
    private final Grid<Map.Entry<String, Double>> summary = new Grid<>();
    private final ComparisonService comparisons;
    private final CommentService commentService;
    private final ArchiveService archives;
    private final ArtifactService artifacts;
    private final Div files = new Div();
    private final CommentsPanel comments;
    private final PruningJobsPanel pruningJobs;
    private final int maxBuckets;
    private final LineChart lossChart = new LineChart();
    private final ChartDownloads lossDownloads = new ChartDownloads(lossChart, "run-loss", "loss");
    private final H3 kernelTitle = new H3("Tangent kernel spectrum");
    private final LineChart kernelChart = new LineChart();
    private final H3 rhoTitle = new H3("ρ = Π‖W_k‖ against log time");
    private final LineChart rhoChart = new LineChart();
    private final H3 normsTitle = new H3("Neuron norms ‖w_u‖ (first layer)");
    private final LineChart normsChart = new LineChart();
    private final H3 pruningTitle = new H3("Pruning curves: test accuracy against hidden neurons removed");
    private final LineChart pruningChart = new LineChart();
    private long runId;

    public RunView(ExperimentQueries queries, RunUpdates updates, CurrentCaller caller,
            ComparisonService comparisons, CommentService commentService, ArchiveService archives,
            ArtifactService artifacts, PruningJobService pruning,
            @ConfigProperty(name = "normbench.comparison.max-buckets") int maxBuckets) {
        this.queries = queries;
        this.caller = caller;
        this.comparisons = comparisons;
        this.commentService = commentService;
        this.archives = archives;
        this.artifacts = artifacts;
        this.comments = new CommentsPanel(commentService, caller);
        this.pruningJobs = new PruningJobsPanel(pruning, caller);
        this.maxBuckets = maxBuckets;
        LiveRefresh.bind(this, updates, update -> update.runId() == runId, this::refresh);
        state.setId("run-state");
        configuration.setId("run-config");
        environment.setId("run-environment");
        summary.setId("run-summary");
        files.setId("run-files");
        summary.addColumn(Map.Entry::getKey).setHeader("Summary metric").setAutoWidth(true);
        summary.addColumn(e -> String.format("%.6g", e.getValue())).setHeader("Value").setAutoWidth(true);
        summary.addColumn(e -> definition(e.getKey()).map(MetricDefinition::unit).orElse("")).setHeader("Unit")
                .setAutoWidth(true);
        summary.addColumn(e -> definition(e.getKey()).map(d -> better(d.direction())).orElse(""))
                .setHeader("Better").setAutoWidth(true);
        summary.addColumn(e -> definition(e.getKey()).map(d -> d.description()
                + (d.source().isEmpty() ? "" : " (" + d.source() + ")")).orElse("")).setHeader("Meaning")
                .setFlexGrow(3);
        summary.setAllRowsVisible(true);
        summary.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        summary.setMaxWidth("1200px");
        lossChart.setId("loss-chart");
        header.setPadding(false);
        add(title, header, state, new H3("Configuration"), configuration, environment, new H3("Summary"), summary,
                new H3("Training loss"), lossDownloads, lossChart, kernelTitle, kernelChart, rhoTitle, rhoChart,
                normsTitle, normsChart, pruningTitle, pruningChart, pruningJobs, new H3("Files"), files, comments);
        kernelChart.setId("kernel-chart");
        rhoChart.setId("rho-chart");
        normsChart.setId("norms-chart");
        pruningChart.setId("pruning-chart");
        for (Component hidden : List.<Component>of(kernelTitle, kernelChart, rhoTitle, rhoChart, normsTitle, normsChart,
                pruningTitle, pruningChart)) {
            hidden.setVisible(false);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        runId = id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (queries.run(caller.get(), runId).isEmpty()) {
            event.rerouteToError(NotFoundException.class, "run " + runId + " not found");
            return;
        }
        refresh();
        queries.run(caller.get(), runId).ifPresent(run -> comments.show(run.experimentId(), runId,
                commentService.mayComment(caller.get(), run.experimentId())));
    }

    private void refresh() {
        queries.run(caller.get(), runId).ifPresent(this::show);
        queries.metrics(caller.get(), runId).ifPresent(this::plot);
    }

    private void show(RunDetails run) {
        title.setText("Run #" + run.id() + " — " + run.scheme());
        header.removeAll();
        header.add(new RouterLink("Experiment #" + run.experimentId(), ExperimentView.class, run.experimentId()));
        archives.run(caller.get(), runId).ifPresent(archive -> header.add(DownloadLink.archive(
                "Download this run (zip: configuration, metrics, summary, files, SHA256SUMS)", "run-archive", archive)));
        files.removeAll();
        List<ArtifactService.StoredArtifact> stored = artifacts.ofRun(caller.get(), runId);
        files.add(new Paragraph(stored.isEmpty() ? "No files uploaded yet (the worker uploads its log and parameter"
                + " snapshots when the run ends)." : "Uploaded by the worker; each download is checked against its"
                + " SHA-256. Snapshots are NumPy .npz files: numpy.load(\"snapshot-final.npz\")."));
        for (ArtifactService.StoredArtifact file : stored) {
            Anchor link = DownloadLink.artifact(file.name(), "artifact-" + file.name(), artifacts, file);
            files.add(new Div(link, new Text(String.format(" — %,d bytes, SHA-256 %s", file.sizeBytes(),
                    file.sha256()))));
        }
        state.setText("State: " + run.state() + (run.worker() == null ? "" : " (worker " + run.worker() + ")")
                + (run.error() == null ? "" : " — " + run.error()));
        configuration.setText("benchmark " + run.benchmark() + " v" + run.benchmarkVersion() + "; scheme "
                + run.scheme() + "; seed " + run.seed() + "; " + ExperimentView.describe(run.parameters()));
        environment.setText(run.environment().isEmpty() ? "Computed with: not recorded yet"
                : "Computed with: " + run.environment().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(" · ")));
        Map<String, Double> sorted = new TreeMap<>(MetricCatalogue.NAME_ORDER);
        sorted.putAll(run.summary());
        summary.setItems(new ArrayList<>(sorted.entrySet()));
        pruningJobs.show(run);
    }

    private void plot(Map<String, MetricSeries> series) {
        MetricSeries loss = series.get(LossProbe.SERIES);
        if (loss != null) {
            lossChart.plot("step", "training loss L", true, List.of(new LineChart.Series("loss", positivePoints(loss))));
            Caller viewer = caller.get();
            Window window = new Window(null, null, Math.max(1, Math.min(maxBuckets, loss.steps().size())));
            lossDownloads.setCsv("run-" + runId + "-loss.csv", () -> ComparisonCsv.of(
                    comparisons.runs(viewer, List.of(runId), LossProbe.SERIES, window)));
        }
        MetricSeries kernelMin = series.get(TangentKernelProbe.MIN_SERIES);
        MetricSeries kernelMax = series.get(TangentKernelProbe.MAX_SERIES);
        if (kernelMin != null && kernelMax != null) {
            kernelTitle.setVisible(true);
            kernelChart.setVisible(true);
            kernelChart.plot("step", "eigenvalue of K(s)", true, List.of(
                    new LineChart.Series("λ_min", positivePoints(kernelMin)),
                    new LineChart.Series("λ_max", positivePoints(kernelMax))));
        }
        MetricSeries rho = series.get(DirectionProbe.RHO);
        if (rho != null) { // spec 003: ρ grows like log t, so a log time axis shows it as a line
            rhoTitle.setVisible(true);
            rhoChart.setVisible(true);
            List<double[]> points = positivePoints(rho).stream().filter(p -> p[0] > 0).toList();
            rhoChart.plot("step", true, "ρ", false, List.of(new LineChart.Series("ρ", points)), List.of());
        }
        List<LineChart.Series> norms = series.entrySet().stream()
                .filter(e -> e.getKey().startsWith(NeuronNormsProbe.SERIES_PREFIX))
                .sorted(Comparator.comparingInt(e -> neuronIndex(e.getKey())))
                .map(e -> new LineChart.Series("u" + neuronIndex(e.getKey()), positivePoints(e.getValue())))
                .toList();
        if (!norms.isEmpty()) {
            normsTitle.setVisible(true);
            normsChart.setVisible(true);
            normsChart.plot("step", "‖w_u‖", true, norms);
        }
        List<LineChart.Series> pruning = pruningCurves(series);
        if (!pruning.isEmpty()) {
            pruningTitle.setVisible(true);
            pruningChart.setVisible(true);
            pruningChart.plot("p: % of hidden neurons pruned (magnitude: % of hidden weights)", "test accuracy", false,
                    pruning);
        }
    }

    /**
     * The paper's curve at every checkpoint reached, then the random and magnitude reference curves at the lowest
     * loss reached (spec 000 Fig. 5 with ShrinkBench's baselines).
     */
    private static List<LineChart.Series> pruningCurves(Map<String, MetricSeries> series) {
        List<Integer> levels = series.keySet().stream().filter(name -> name.startsWith(PruningProbe.PAPER_CURVE_PREFIX))
                .map(name -> Integer.parseInt(name.substring(PruningProbe.PAPER_CURVE_PREFIX.length()))).sorted().toList();
        List<LineChart.Series> curves = new ArrayList<>();
        for (int level : levels) {
            curves.add(new LineChart.Series("e^−" + level + " (best reference)",
                    points(series.get(PruningProbe.PAPER_CURVE_PREFIX + level))));
        }
        if (!levels.isEmpty()) {
            int lowest = levels.get(levels.size() - 1);
            for (String reference : PruningProbe.REFERENCE_CURVE_PREFIXES) {
                MetricSeries curve = series.get(reference + lowest);
                if (curve != null) {
                    curves.add(new LineChart.Series(reference.substring(0, reference.indexOf('_')) + " e^−" + lowest,
                            points(curve)));
                }
            }
        }
        return curves;
    }

    private static List<double[]> points(MetricSeries series) {
        List<double[]> points = new ArrayList<>(series.steps().size());
        for (int i = 0; i < series.steps().size(); i++) {
            points.add(new double[] {series.steps().get(i), series.values().get(i)});
        }
        return points;
    }

    private static int neuronIndex(String series) {
        return Integer.parseInt(series.substring(NeuronNormsProbe.SERIES_PREFIX.length()));
    }

    private static Optional<MetricDefinition> definition(String metric) {
        return MetricCatalogue.find(metric);
    }

    private static String better(MetricDefinition.Direction direction) {
        return switch (direction) {
            case HIGHER -> "higher";
            case LOWER -> "lower";
            case NONE -> "";
        };
    }

    /** The (step, value) points a log axis can show (values above 0). */
    static List<double[]> positivePoints(MetricSeries series) {
        List<double[]> points = new ArrayList<>(series.steps().size());
        for (int i = 0; i < series.steps().size(); i++) {
            if (series.values().get(i) > 0) {
                points.add(new double[] {series.steps().get(i), series.values().get(i)});
            }
        }
        return points;
    }
}
