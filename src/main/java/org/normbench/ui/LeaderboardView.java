package org.normbench.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.normbench.benchmark.BenchmarkCatalogue;
import org.normbench.benchmark.BenchmarkDefinition;
import org.normbench.benchmark.BuiltInPresets;
import org.normbench.benchmark.Preset;
import org.normbench.benchmark.ParameterDefinition;
import org.normbench.experiment.InvalidQueryException;
import org.normbench.account.Caller;
import org.normbench.leaderboard.Leaderboard;
import org.normbench.leaderboard.LeaderboardCsv;
import org.normbench.leaderboard.LeaderboardIndex;
import org.normbench.leaderboard.LeaderboardQuery;
import org.normbench.leaderboard.LeaderboardRow;
import org.normbench.leaderboard.LeaderboardService;
import org.normbench.leaderboard.ReferenceRow;
import org.normbench.metric.MetricDefinition;

/**
 * A benchmark's leaderboards: one tab per metric family, settings ranked over their seeds with intervals and
 * ties, filters, a CSV download, a scatter of a hyperparameter against the metric, and picked rows opened in a
 * comparison. {@code ?experiment=N} narrows it to one experiment, {@code ?metric=name} opens that metric.
 */
@Route(value = "leaderboards", layout = MainLayout.class)
@PageTitle("Leaderboard · NormBench")
public class LeaderboardView extends VerticalLayout implements HasUrlParameter<String> {

    private static final int ALL_ROWS_VISIBLE = 25;

    private final LeaderboardService leaderboards;
    private final BenchmarkCatalogue catalogue;
    private final CurrentCaller caller;
    private final H2 title = new H2();
    private final Paragraph scope = new Paragraph();
    private final Tabs families = new Tabs();
    private final Select<MetricDefinition> metric = new Select<>();
    private final MultiSelectComboBox<String> schemes = new MultiSelectComboBox<>("Schemes");
    private final TextField parameters = new TextField("Hyperparameters");
    private final Select<String> preset = new Select<>();
    private final DatePicker from = new DatePicker("Created from");
    private final DatePicker to = new DatePicker("Created to");
    private final TextField owner = new TextField("Owner");
    private final TextField team = new TextField("Team");
    private final Checkbox converged = new Checkbox("Only converged runs");
    private final H3 header = new H3();
    private final Paragraph explanation = new Paragraph();
    private final Paragraph shared = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final Div references = new Div();
    private final Grid<LeaderboardRow> grid = new Grid<>();
    private final Button compare = new Button("Compare selected");
    private final Anchor csv = new Anchor("", "Download CSV");
    private final Select<String> scatterParameter = new Select<>();
    private final LineChart scatter = new LineChart();
    private final ChartDownloads scatterDownloads = new ChartDownloads(scatter, "leaderboard-scatter", "scatter");
    private final Map<Tab, LeaderboardIndex.Board> boards = new LinkedHashMap<>();
    private final double logScaleMinRatio;
    private String benchmark;
    private Integer version;
    private Long experimentId;
    private Leaderboard current;

    public LeaderboardView(LeaderboardService leaderboards, BenchmarkCatalogue catalogue, CurrentCaller caller,
            @ConfigProperty(name = "normbench.comparison.log-scale-min-ratio") double logScaleMinRatio) {
        this.leaderboards = leaderboards;
        this.catalogue = catalogue;
        this.caller = caller;
        this.logScaleMinRatio = logScaleMinRatio;
        families.setId("leaderboard-family");
        metric.setId("leaderboard-metric");
        metric.setLabel("Metric");
        metric.setItemLabelGenerator(MetricDefinition::name);
        metric.setWidth("22em");
        schemes.setId("leaderboard-schemes");
        parameters.setId("leaderboard-parameters");
        parameters.setPlaceholder("alpha=1, width=1000");
        parameters.setWidth("18em");
        preset.setId("leaderboard-preset");
        preset.setLabel("Preset");
        preset.setEmptySelectionAllowed(true);
        preset.setEmptySelectionCaption("any");
        from.setId("leaderboard-from");
        to.setId("leaderboard-to");
        owner.setId("leaderboard-owner");
        owner.setPlaceholder("account name");
        team.setId("leaderboard-team");
        team.setPlaceholder("team name");
        converged.setId("leaderboard-converged");
        header.setId("leaderboard-header");
        shared.setId("leaderboard-shared");
        empty.setId("leaderboard-empty");
        references.setId("leaderboard-references");
        grid.setId("leaderboard");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        compare.setId("compare");
        compare.setEnabled(false);
        csv.setId("leaderboard-csv");
        csv.getElement().setAttribute("download", true);
        scatterParameter.setId("scatter-parameter");
        scatterParameter.setLabel("Hyperparameter");
        scatter.setId("scatter-chart");
        HorizontalLayout filters = new HorizontalLayout(metric, schemes, parameters, preset, from, to, owner,
                team, converged);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(compare, csv);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, scope, families, filters, header, explanation, shared, empty, grid, references, actions,
                new H3("Hyperparameter against the metric"), new Paragraph("Mean over seeds with its confidence"
                        + " interval, one line per scheme (and per value of the other varied hyperparameters)."),
                scatterParameter, scatterDownloads, scatter);
        families.addSelectedChangeListener(e -> showFamily());
        metric.addValueChangeListener(e -> refresh());
        schemes.addValueChangeListener(e -> refresh());
        parameters.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        preset.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        converged.addValueChangeListener(e -> refresh());
        grid.addSelectionListener(e -> compare.setEnabled(!e.getAllSelectedItems().isEmpty()));
        compare.addClickListener(e -> openComparison());
        scatterParameter.addValueChangeListener(e -> plotScatter());
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        benchmark = key;
        try {
            version = first(query, "version").map(Integer::valueOf).orElse(null);
            experimentId = first(query, "experiment").map(Long::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            throw new NotFoundException("no leaderboard at " + event.getLocation().getPathWithQueryParameters()
                    + ": version and experiment are numbers");
        }
        LeaderboardIndex index = leaderboards.index(key, version)
                .orElseThrow(() -> new NotFoundException("benchmark " + key + " not found"));
        version = index.version();
        BenchmarkDefinition definition = catalogue.definition(key, version).orElseThrow();
        title.setText("Leaderboards — " + index.title() + " (" + key + " v" + version + ")");
        scope.removeAll();
        if (experimentId == null) {
            scope.setText("Every public experiment of this benchmark version. ");
        } else {
            scope.add(new Text("Experiment "), new RouterLink("#" + experimentId, ExperimentView.class, experimentId),
                    new Text(" only; "), new RouterLink("all public experiments of the benchmark", LeaderboardView.class,
                            key), new Text("."));
        }
        schemes.setItems(definition.schemes());
        preset.setItems(BuiltInPresets.of(key).stream().map(Preset::name).toList());
        String wanted = first(query, "metric").orElse(null);
        families.removeAll();
        boards.clear();
        Tab selected = null;
        for (LeaderboardIndex.Board board : index.boards()) {
            Tab tab = new Tab(board.title() + " (" + board.metrics().size() + ")");
            tab.setId("family-" + board.family().name().toLowerCase());
            boards.put(tab, board);
            families.add(tab);
            if (selected == null && (wanted == null ? !board.metrics().isEmpty()
                    : board.metrics().stream().anyMatch(m -> m.name().equals(wanted)))) {
                selected = tab;
            }
        }
        if (selected != null) {
            families.setSelectedTab(selected);
        }
        showFamily();
        if (wanted != null) {
            metric.getListDataView().getItems().filter(m -> m.name().equals(wanted)).findFirst()
                    .ifPresent(metric::setValue);
        }
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).flatMap(v -> v.stream().findFirst());
    }

    private void showFamily() {
        LeaderboardIndex.Board board = boards.get(families.getSelectedTab());
        List<MetricDefinition> metrics = board == null ? List.of() : board.metrics();
        metric.setItems(metrics);
        if (metrics.isEmpty()) {
            metric.clear();
            refresh();
        } else {
            metric.setValue(metrics.get(0));
        }
    }

    private Optional<LeaderboardQuery> query(int offset, int limit) {
        if (metric.getValue() == null) {
            return Optional.empty();
        }
        Map<String, Double> wanted;
        try {
            wanted = parseParameters(parameters.getValue());
            parameters.setInvalid(false);
        } catch (IllegalArgumentException e) {
            parameters.setErrorMessage(e.getMessage());
            parameters.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(new LeaderboardQuery(benchmark, version, metric.getValue().name(), experimentId,
                schemes.getValue(), wanted, preset.getValue(), from.getValue() == null ? null
                        : from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                owner.getValue(), team.getValue(), converged.getValue(), offset, limit));
    }

    /** "alpha=1, width=1000" → {alpha: 1, width: 1000}. */
    static Map<String, Double> parseParameters(String text) {
        Map<String, Double> wanted = new TreeMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] nameValue = part.split("=", 2);
            try {
                if (nameValue.length != 2 || nameValue[0].isBlank()) {
                    throw new NumberFormatException();
                }
                wanted.put(nameValue[0].trim(), Double.parseDouble(nameValue[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not name=number");
            }
        }
        return wanted;
    }

    private void refresh() {
        grid.deselectAll();
        Optional<LeaderboardQuery> head = query(0, Integer.MAX_VALUE);
        Optional<Leaderboard> board;
        try {
            board = head.flatMap(q -> leaderboards.leaderboard(caller.get(), q));
        } catch (InvalidQueryException e) {
            parameters.setErrorMessage(e.errors().get(0).message());
            parameters.setInvalid(true);
            board = Optional.empty();
        }
        current = board.orElse(null);
        showReferences();
        boolean any = current != null && current.rows().total() > 0;
        empty.setVisible(!any);
        grid.setVisible(any);
        csv.setVisible(any);
        if (current == null) {
            header.setText("");
            explanation.setText("");
            shared.setText("");
            LeaderboardIndex.Board family = boards.get(families.getSelectedTab());
            empty.setText(family != null && family.metrics().isEmpty() ? "No run of this benchmark has reported a "
                    + family.title().toLowerCase() + " metric yet." : "Nothing to rank with these filters.");
            return;
        }
        MetricDefinition definition = current.definition();
        header.setText(current.header());
        explanation.setText(definition.description() + (definition.unit().isEmpty() ? "" : " [" + definition.unit()
                + "]") + ". " + switch (definition.direction()) {
                    case LOWER -> "Lower is better. ";
                    case HIGHER -> "Higher is better. ";
                    case NONE -> "No better direction: listed by mean, unranked. ";
                } + "Mean over seeds with its " + Math.round(current.confidenceLevel() * 100) + "% Student-t interval;"
                + " rows whose intervals overlap share a rank (=). One seed has no interval and ties with all.");
        shared.setText(current.sharedParameters().isEmpty() ? ""
                : "Same in every row: " + ExperimentView.describe(current.sharedParameters()));
        empty.setText(any ? "" : "No run matches these filters.");
        buildColumns(current);
        long total = current.rows().total();
        // short boards show whole; long ones scroll and load page by page
        grid.setAllRowsVisible(total <= ALL_ROWS_VISIBLE);
        grid.setHeight(total <= ALL_ROWS_VISIBLE ? null : "60vh");
        grid.setItems(q -> query(q.getOffset(), q.getLimit()).flatMap(b -> leaderboards.leaderboard(caller.get(), b))
                .map(b -> b.rows().items().stream()).orElseGet(java.util.stream.Stream::empty),
                q -> (int) Math.min(Integer.MAX_VALUE, total));
        String fileName = benchmark + "-" + current.metric() + ".csv";
        csv.setHref(CsvDownload.of(fileName, csvOfWholeBoard()));
        scatterParameter.setItems(current.varyingParameters());
        scatterParameter.setVisible(!current.varyingParameters().isEmpty());
        scatter.setVisible(!current.varyingParameters().isEmpty());
        scatterDownloads.setVisible(!current.varyingParameters().isEmpty());
        scatterDownloads.setCsv(fileName, csvOfWholeBoard());
        if (!current.varyingParameters().isEmpty()) {
            scatterParameter.setValue(current.varyingParameters().get(0));
        }
    }

    private void buildColumns(Leaderboard board) {
        grid.removeAllColumns();
        boolean ranked = board.definition().direction() != MetricDefinition.Direction.NONE;
        if (ranked) {
            grid.addColumn(r -> r.rank() + (r.tied() ? "=" : "")).setHeader("Rank").setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addColumn(LeaderboardRow::scheme).setHeader("Scheme").setAutoWidth(true);
        for (String name : board.varyingParameters()) {
            grid.addColumn(r -> r.parameters().containsKey(name) ? ParameterDefinition.format(r.parameters().get(name))
                    : "—").setHeader(name).setAutoWidth(true);
        }
        grid.addColumn(r -> number(r.mean())).setHeader("Mean").setAutoWidth(true);
        grid.addColumn(r -> r.intervalLow() == null ? "—" : "[" + number(r.intervalLow()) + ", "
                + number(r.intervalHigh()) + "]").setHeader(Math.round(board.confidenceLevel() * 100) + "% interval")
                .setAutoWidth(true);
        grid.addColumn(r -> r.standardDeviation() == null ? "—" : number(r.standardDeviation())).setHeader("SD")
                .setAutoWidth(true);
        grid.addColumn(r -> r.seeds() == r.runs() ? Long.toString(r.seeds()) : r.seeds() + " of " + r.runs())
                .setHeader("Seeds").setAutoWidth(true);
        grid.addComponentColumn(r -> new RouterLink(number(r.best()) + " (#" + r.bestRunId() + ")", RunView.class,
                r.bestRunId())).setHeader(ranked ? "Best" : "Min").setAutoWidth(true);
        grid.addComponentColumn(r -> new RouterLink(number(r.worst()) + " (#" + r.worstRunId() + ")", RunView.class,
                r.worstRunId())).setHeader(ranked ? "Worst" : "Max").setAutoWidth(true);
    }

    static String number(double value) {
        return String.format("%.4g", value);
    }

    /** Every row of the board as filtered now, for the signed-in caller, computed when downloaded. */
    private Supplier<String> csvOfWholeBoard() {
        Caller viewer = caller.get();
        Optional<LeaderboardQuery> all = query(0, Integer.MAX_VALUE);
        return () -> all.flatMap(q -> leaderboards.leaderboard(viewer, q)).map(LeaderboardCsv::of).orElse("");
    }

    private void openComparison() {
        Map<String, List<String>> query = new HashMap<>();
        query.put("benchmark", List.of(benchmark));
        query.put("version", List.of(Integer.toString(version)));
        if (experimentId != null) {
            query.put("experiment", List.of(experimentId.toString()));
        }
        query.put("setting", grid.getSelectedItems().stream().map(LeaderboardRow::setting).toList());
        getUI().ifPresent(ui -> ui.navigate(ComparisonView.class, new QueryParameters(query)));
    }

    /** Mean against the chosen hyperparameter, with the interval as a band, one line per other configuration. */
    private void plotScatter() {
        String name = scatterParameter.getValue();
        if (current == null || name == null) {
            return;
        }
        List<LeaderboardRow> rows = current.rows().items();
        Map<String, List<double[]>> lines = new TreeMap<>();
        for (LeaderboardRow row : rows) {
            Double x = row.parameters().get(name);
            if (x == null) {
                continue;
            }
            Map<String, Double> others = new TreeMap<>(row.parameters());
            others.keySet().retainAll(Set.copyOf(current.varyingParameters()));
            others.remove(name);
            String label = (row.scheme() + " " + ExperimentView.describe(others)).trim();
            double low = row.intervalLow() == null ? row.mean() : row.intervalLow();
            double high = row.intervalHigh() == null ? row.mean() : row.intervalHigh();
            lines.computeIfAbsent(label, l -> new ArrayList<>()).add(new double[] {x, row.mean(), low, high});
        }
        List<LineChart.Band> bands = lines.entrySet().stream().map(e -> new LineChart.Band(e.getKey(),
                e.getValue().stream().sorted((a, b) -> Double.compare(a[0], b[0])).toList())).toList();
        boolean logX = rows.stream().map(r -> r.parameters().get(name)).filter(v -> v != null)
                .allMatch(v -> v > 0) && spansDecades(rows, name);
        scatter.plot(name, logX, current.metric(), false, List.of(), bands);
    }

    /** Whether the parameter's values span the log-scale ratio (then a log axis reads better). */
    /** The same runs pruned at random and by magnitude, beside a pruning score (unranked). */
    private void showReferences() {
        references.removeAll();
        if (current == null || current.references().isEmpty()) {
            return;
        }
        references.add(new Paragraph("References — the same runs at the same loss level, pruned without regard to"
                + " the scheme (mean over seeds with its interval):"));
        for (ReferenceRow reference : current.references()) {
            LeaderboardRow row = reference.row();
            references.add(new Paragraph(String.format("%s pruning · %s%s: %.4g%s, %d seeds", reference.reference(),
                    row.scheme(), current.varyingParameters().isEmpty() ? ""
                            : " (" + ExperimentView.describe(varying(row)) + ")", row.mean(),
                    row.intervalLow() == null ? "" : String.format(" [%.4g, %.4g]", row.intervalLow(),
                            row.intervalHigh()), row.seeds())));
        }
    }

    private Map<String, Double> varying(LeaderboardRow row) {
        Map<String, Double> values = new TreeMap<>();
        current.varyingParameters().forEach(name -> values.put(name, row.parameters().get(name)));
        return values;
    }

    private boolean spansDecades(List<LeaderboardRow> rows, String name) {
        var stats = rows.stream().map(r -> r.parameters().get(name)).filter(v -> v != null)
                .collect(Collectors.summarizingDouble(Double::doubleValue));
        return stats.getCount() > 0 && stats.getMax() / stats.getMin() >= logScaleMinRatio;
    }
}
