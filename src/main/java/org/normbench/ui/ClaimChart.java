package org.normbench.ui;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.normbench.claim.ClaimResult;
import org.normbench.claim.GroupEvidence;
import org.normbench.claim.Prediction;

/**
 * A claim's evidence as an ECharts box plot on a {@link LineChart}: one row per group (whiskers: the extreme runs,
 * box: the confidence interval of the mean, line: the mean) — or, for a paired claim, one row for the per-seed
 * difference or ratio, for a slope or a correlation one row for it — with the predicted range shaded. Wide positive ranges get a logarithmic axis.
 */
final class ClaimChart {

    /** A value range wider than this factor is drawn on a log axis. */
    private static final double LOG_AXIS_SPAN = 100;
    /** Margin added beyond the data on either side of a linear axis, as a share of the data's span. */
    private static final double PADDING = 0.1;

    private ClaimChart() {
    }

    /** The chart option, or null when nothing has been measured yet. */
    static JsonObject option(ClaimResult result) {
        List<String> labels = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        // one derived quantity (a per-seed difference or ratio, a slope, a correlation), not each group's values
        Prediction prediction = result.claim().prediction();
        boolean derived = prediction instanceof Prediction.Paired || prediction instanceof Prediction.Slope
                || prediction instanceof Prediction.Correlation;
        if (derived) {
            if (result.measured() == null || result.measuredLow() == null || result.measuredHigh() == null) {
                return null;
            }
            labels.add(result.prediction());
            boxes.add(new double[] {result.measuredLow(), result.measuredLow(), result.measured(),
                    result.measuredHigh(), result.measuredHigh()});
        } else {
            for (GroupEvidence group : result.evidence()) {
                if (group.mean() != null) {
                    double low = group.low() == null ? group.mean() : group.low();
                    double high = group.high() == null ? group.mean() : group.high();
                    labels.add(group.label() + " (" + group.runs() + ")");
                    boxes.add(new double[] {group.min(), low, group.mean(), high, group.max()});
                }
            }
        }
        if (boxes.isEmpty()) {
            return null;
        }
        double min = boxes.stream().mapToDouble(b -> b[0]).min().orElseThrow();
        double max = boxes.stream().mapToDouble(b -> b[4]).max().orElseThrow();
        boolean bandApplies = derived || result.claim().prediction() instanceof Prediction.Within;
        Double bandLow = bandApplies ? result.predictedLow() : null;
        Double bandHigh = bandApplies ? result.predictedHigh() : null;
        double lowEnd = Math.min(min, bandLow == null ? min : bandLow);
        double highEnd = Math.max(max, bandHigh == null ? max : bandHigh);
        boolean log = lowEnd > 0 && highEnd / lowEnd > LOG_AXIS_SPAN;
        double pad = (highEnd - lowEnd) * PADDING;
        double axisLow = log ? lowEnd / 2 : lowEnd - pad;
        double axisHigh = log ? highEnd * 2 : highEnd + pad;

        JsonObject option = Json.createObject();
        option.put("animation", false);
        JsonObject grid = Json.createObject();
        grid.put("left", 220);
        grid.put("right", 30);
        option.put("grid", grid);
        JsonObject valueAxis = LineChart.axis(log ? "log" : "value", derived ? result.prediction()
                : result.claim().metric());
        if (axisLow < axisHigh) {
            valueAxis.put("min", axisLow);
            valueAxis.put("max", axisHigh);
        }
        option.put("xAxis", valueAxis);
        JsonObject categoryAxis = Json.createObject();
        categoryAxis.put("type", "category");
        JsonArray names = Json.createArray();
        labels.forEach(l -> names.set(names.length(), l));
        categoryAxis.put("data", names);
        option.put("yAxis", categoryAxis);
        JsonObject tooltip = Json.createObject();
        tooltip.put("trigger", "item");
        option.put("tooltip", tooltip);

        JsonObject series = Json.createObject();
        series.put("name", "measured");
        series.put("type", "boxplot");
        JsonArray data = Json.createArray();
        for (double[] box : boxes) {
            JsonArray row = Json.createArray();
            for (double v : box) {
                row.set(row.length(), v);
            }
            data.set(data.length(), row);
        }
        series.put("data", data);
        if (bandLow != null || bandHigh != null) {
            JsonObject area = Json.createObject();
            JsonObject style = Json.createObject();
            style.put("color", "rgba(76, 175, 80, 0.18)");
            area.put("itemStyle", style);
            JsonArray range = Json.createArray();
            JsonObject from = Json.createObject();
            from.put("xAxis", bandLow == null ? axisLow : bandLow);
            from.put("name", "predicted");
            JsonObject to = Json.createObject();
            to.put("xAxis", bandHigh == null ? axisHigh : bandHigh);
            range.set(0, from);
            range.set(1, to);
            JsonArray ranges = Json.createArray();
            ranges.set(0, range);
            area.put("data", ranges);
            series.put("markArea", area);
        }
        JsonArray all = Json.createArray();
        all.set(0, series);
        option.put("series", all);
        return option;
    }
}
