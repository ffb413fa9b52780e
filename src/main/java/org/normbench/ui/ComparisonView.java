package org.normbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.normbench.comparison.Comparison;
import org.normbench.comparison.ComparisonCsv;
import org.normbench.comparison.ComparisonService;
import org.normbench.comparison.ComparisonService.Window;
import org.normbench.comparison.Curve;
import org.normbench.engine.probe.LossProbe;
import org.normbench.experiment.InvalidQueryException;
import org.normbench.metric.MetricCatalogue;

/**
 * Curves side by side: leaderboard rows ({@code ?setting=…&benchmark=…}) as a mean over seeds with a band, or
 * single runs ({@code ?run=…}). Zooming fetches the visible steps in more detail; the chart downloads as PNG or
 * SVG and its numbers as CSV.
 */
@Route(value = "compare", layout = MainLayout.class)
@PageTitle("Comparison · NormBench")
public class ComparisonView extends VerticalLayout implements HasUrlParameter<String> {

    private final ComparisonService comparisons;
    private final CurrentCaller caller;
    private final Paragraph description = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Select<String> series = new Select<>();
    private final LineChart chart = new LineChart();
    private final ChartDownloads downloads = new ChartDownloads(chart, "comparison", "comparison");
    private final Button wholeRange = new Button("Whole run");
    private String benchmark;
    private Integer version;
    private Long experimentId;
    private List<String> settings = List.of();
    private List<Long> runIds = List.of();
    private Window window = new Window(null, null, null);

    public ComparisonView(ComparisonService comparisons, CurrentCaller caller) {
        this.comparisons = comparisons;
        this.caller = caller;
        series.setId("comparison-series");
        series.setLabel("Series");
        chart.setId("comparison-chart");
        chart.setHeight("520px");
        wholeRange.setId("comparison-whole-range");
        problem.setId("comparison-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout tools = new HorizontalLayout(series, wholeRange, downloads);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Comparison"), description, problem, tools, chart);
        series.addValueChangeListener(e -> {
            window = new Window(null, null, null);
            plot();
        });
        wholeRange.addClickListener(e -> {
            window = new Window(null, null, null);
            plot();
        });
        chart.onZoom((from, to) -> {
            window = new Window((long) Math.floor(from), (long) Math.ceil(to), null);
            plot();
        });
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String ignored) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        benchmark = first(query, "benchmark").orElse(null);
        try {
            version = first(query, "version").map(Integer::valueOf).orElse(null);
            experimentId = first(query, "experiment").map(Long::valueOf).orElse(null);
            runIds = query.getOrDefault("run", List.of()).stream().map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new NotFoundException("no comparison at " + event.getLocation().getPathWithQueryParameters()
                    + ": version, experiment and run are numbers");
        }
        settings = query.getOrDefault("setting", List.of());
        List<String> names = comparisons.series(caller.get(), runIds, experimentId, settings);
        series.setItems(names);
        if (names.isEmpty()) {
            problem.setText("The chosen runs have not logged any series yet.");
        } else {
            series.setValue(names.contains(LossProbe.SERIES) ? LossProbe.SERIES : names.get(0));
        }
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).flatMap(v -> v.stream().findFirst());
    }

    private void plot() {
        if (series.getValue() == null) {
            return;
        }
        Comparison comparison;
        try {
            comparison = settings.isEmpty() ? comparisons.runs(caller.get(), runIds, series.getValue(), window)
                    : comparisons.groups(caller.get(), benchmark, version, experimentId, settings, series.getValue(), window)
                            .orElseThrow(() -> new IllegalArgumentException("benchmark " + benchmark + " not found"));
        } catch (InvalidQueryException e) {
            problem.setText(e.errors().stream().map(f -> f.message()).reduce((a, b) -> a + "; " + b).orElse(""));
            return;
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        problem.setText("");
        description.setText((settings.isEmpty() ? runIds.size() + " runs" : settings.size()
                + " settings, each the " + comparison.mean() + " mean over its runs with the band from their lowest"
                + " to their highest value") + "; steps " + comparison.from() + "–" + comparison.to()
                + (window.from() == null ? "" : " (zoomed: scroll or drag to zoom further, 'Whole run' to reset)")
                + ". Downsampled on the server, keeping every run's extremes.");
        List<LineChart.Band> bands = comparison.curves().stream().map(c -> new LineChart.Band(c.label(),
                c.points().stream().map(ComparisonView::bandPoint).toList())).toList();
        chart.plot(MetricCatalogue.stepAxis(series.getValue()), false, series.getValue(), comparison.logScale(),
                List.of(), bands);
        Comparison plotted = comparison;
        downloads.setCsv("comparison-" + series.getValue() + ".csv", () -> ComparisonCsv.of(plotted));
    }

    private static double[] bandPoint(Curve.Point p) {
        return new double[] {p.step(), p.value(), p.low(), p.high()};
    }
}
