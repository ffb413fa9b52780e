package org.normbench.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;

/**
 * An Apache ECharts line chart (echarts.min.js is served from static resources, outside Vaadin's bundle).
 * Series are (x, y) points; the y axis may be logarithmic. Later plots reuse it through {@link #setOption}.
 */
@Tag("div")
@JavaScript("context://js/echarts/echarts.min.js")
public class LineChart extends Component implements HasSize {

    /** One named curve. */
    public record Series(String name, List<double[]> points) {
    }

    private JsonObject option = Json.createObject();

    public LineChart() {
        setWidthFull();
        setHeight("420px");
    }

    /** A line plot of {@code series} against a step axis. */
    public void plot(String xName, String yName, boolean logY, List<Series> series) {
        JsonObject o = Json.createObject();
        o.put("animation", false);
        JsonObject tooltip = Json.createObject();
        tooltip.put("trigger", "axis");
        o.put("tooltip", tooltip);
        JsonObject legend = Json.createObject();
        legend.put("type", "scroll");
        o.put("legend", legend);
        o.put("xAxis", axis("value", xName));
        o.put("yAxis", axis(logY ? "log" : "value", yName));
        JsonArray zoom = Json.createArray();
        JsonObject inside = Json.createObject();
        inside.put("type", "inside");
        zoom.set(0, inside);
        o.put("dataZoom", zoom);
        JsonArray seriesArray = Json.createArray();
        for (Series s : series) {
            JsonObject line = Json.createObject();
            line.put("name", s.name());
            line.put("type", "line");
            line.put("showSymbol", false);
            JsonArray data = Json.createArray();
            for (double[] p : s.points()) {
                JsonArray xy = Json.createArray();
                xy.set(0, p[0]);
                xy.set(1, p[1]);
                data.set(data.length(), xy);
            }
            line.put("data", data);
            seriesArray.set(seriesArray.length(), line);
        }
        o.put("series", seriesArray);
        setOption(o);
    }

    public void setOption(JsonObject option) {
        this.option = option;
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        render();
    }

    private static JsonObject axis(String type, String name) {
        JsonObject axis = Json.createObject();
        axis.put("type", type);
        axis.put("name", name);
        axis.put("nameLocation", "middle");
        axis.put("nameGap", 30);
        return axis;
    }

    private void render() {
        getElement().executeJs("""
                const el = this;
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el);
                  // log axes span many decades: label them 1e-22 rather than 0.0000000000000000000001
                  for (const axis of [].concat($0.xAxis || [], $0.yAxis || [])) {
                    if (axis.type === 'log') {
                      axis.axisLabel = Object.assign({}, axis.axisLabel,
                          { formatter: v => (v >= 0.01 && v < 1e4) ? String(v) : v.toExponential(0) });
                      axis.nameGap = 45;
                    }
                  }
                  if (!el.__resize) { el.__resize = new ResizeObserver(() => chart.resize()); el.__resize.observe(el); }
                  chart.setOption($0, true);
                };
                draw();""", option);
    }
}
