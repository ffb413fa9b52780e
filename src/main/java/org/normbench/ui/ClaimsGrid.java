package org.normbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import elemental.json.JsonObject;
import java.util.List;
import java.util.Locale;
import org.normbench.claim.ClaimResult;
import org.normbench.claim.GroupEvidence;
import org.normbench.claim.Verdict;
import org.normbench.metric.Csv;

/**
 * Claims with their verdicts, one row each; a row opens the evidence: the note, every group's numbers with links
 * to its extreme runs, and a box plot of measured against predicted (PNG, SVG and CSV downloads).
 */
class ClaimsGrid extends Grid<ClaimResult> {

    ClaimsGrid(String id) {
        setId(id);
        addComponentColumn(ClaimsGrid::badge).setHeader("Verdict").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(r -> {
            Div claim = new Div(new Span(r.claim().statement()));
            Span source = new Span(" — " + r.claim().source());
            source.getStyle().set("color", "var(--lumo-secondary-text-color)");
            claim.add(source);
            claim.getStyle().set("white-space", "normal");
            return claim;
        }).setHeader("Claim").setFlexGrow(4);
        addColumn(r -> r.claim().metric() + ": " + r.prediction()).setHeader("Prediction").setFlexGrow(2);
        addComponentColumn(r -> {
            Span reason = new Span(r.reason());
            reason.getStyle().set("white-space", "normal");
            return reason;
        }).setHeader("Measured").setFlexGrow(3);
        setItemDetailsRenderer(new ComponentRenderer<>(ClaimsGrid::evidence));
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    static Span badge(ClaimResult result) {
        Span badge = new Span(label(result.verdict()));
        badge.addClassName("verdict-" + result.verdict().name().toLowerCase(Locale.ROOT));
        String colour = switch (result.verdict()) {
            case HOLDS -> "#2e7d32";
            case VIOLATED -> "#c62828";
            case INCONCLUSIVE -> "#6d6d6d";
        };
        badge.getStyle().set("color", "white").set("background", colour).set("border-radius", "4px")
                .set("padding", "2px 8px").set("font-size", "var(--lumo-font-size-s)");
        return badge;
    }

    static String label(Verdict verdict) {
        return switch (verdict) {
            case HOLDS -> "holds";
            case VIOLATED -> "violated";
            case INCONCLUSIVE -> "inconclusive";
        };
    }

    private static Component evidence(ClaimResult result) {
        VerticalLayout details = new VerticalLayout();
        details.setPadding(false);
        if (!result.claim().note().isEmpty()) {
            details.add(new Paragraph(result.claim().note()));
        }
        for (GroupEvidence group : result.evidence()) {
            Paragraph line = new Paragraph(describe(group));
            if (group.minRunId() != null) {
                line.add(new Text(" Lowest: "), new RouterLink("run #" + group.minRunId(), RunView.class,
                        group.minRunId()), new Text(", highest: "), new RouterLink("run #" + group.maxRunId(),
                        RunView.class, group.maxRunId()), new Text("."));
            }
            details.add(line);
        }
        JsonObject option = ClaimChart.option(result);
        if (option != null) {
            LineChart chart = new LineChart();
            chart.setHeight(Math.max(160, 70 + 50 * Math.max(1, result.evidence().size())) + "px");
            chart.setOption(option);
            String stem = "claim-" + result.claim().benchmark() + "-" + result.claim().id();
            ChartDownloads downloads = new ChartDownloads(chart, stem, "claim-" + result.claim().id());
            downloads.setCsv(stem + ".csv", () -> csv(result.evidence()));
            details.add(chart, downloads);
        }
        return details;
    }

    private static String describe(GroupEvidence group) {
        String excluded = group.excludedRuns() > 0 ? " (" + group.excludedRuns() + " more did not reach the target)"
                : "";
        if (group.mean() == null) {
            return group.label() + ": no finished runs" + excluded + ".";
        }
        String interval = group.low() == null ? "" : String.format(Locale.ROOT, ", interval [%.4g, %.4g]",
                group.low(), group.high());
        return String.format(Locale.ROOT, "%s: %d runs%s, mean %.4g%s, range [%.4g, %.4g].", group.label(),
                group.runs(), excluded, group.mean(), interval, group.min(), group.max());
    }

    static String csv(List<GroupEvidence> evidence) {
        StringBuilder csv = new StringBuilder("group,runs,excluded_runs,mean,interval_low,interval_high,min,min_run,"
                + "max,max_run\n");
        for (GroupEvidence g : evidence) {
            csv.append(Csv.quote(g.label())).append(',').append(g.runs()).append(',').append(g.excludedRuns());
            for (Object value : new Object[] {g.mean(), g.low(), g.high(), g.min(), g.minRunId(), g.max(),
                    g.maxRunId()}) {
                csv.append(',').append(value == null ? "" : value);
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
