package org.normbench.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * An Apache ECharts line chart (echarts.min.js is served from static resources, outside Vaadin's bundle).
 * Series are (x, y) points; bands are a mean line with a shaded [low, high] range drawn in the line's colour;
 * either axis may be logarithmic. The chart exports itself as PNG or SVG, and reports zooming to the server so a
 * view can fetch more detail for the visible range.
 */
@Tag("div")
@JavaScript("context://js/echarts/echarts.min.js")
public class LineChart extends Component implements HasSize {

    /** One named curve. */
    public record Series(String name, List<double[]> points) {
    }

    /** A named mean curve with a shaded range: points are {x, mean, low, high}. */
    public record Band(String name, List<double[]> points) {
    }

    private JsonObject option = Json.createObject();
    private BiConsumer<Double, Double> zoomListener = (from, to) -> { };

    public LineChart() {
        setWidthFull();
        setHeight("420px");
    }

    /** A line plot of {@code series} against a step axis. */
    public void plot(String xName, String yName, boolean logY, List<Series> series) {
        plot(xName, false, yName, logY, series, List.of());
    }

    /** Lines and bands; {@code logX}/{@code logY} choose logarithmic axes. */
    public void plot(String xName, boolean logX, String yName, boolean logY, List<Series> series, List<Band> bands) {
        JsonObject o = Json.createObject();
        o.put("animation", false);
        JsonObject tooltip = Json.createObject();
        tooltip.put("trigger", "axis");
        o.put("tooltip", tooltip);
        JsonObject legend = Json.createObject();
        legend.put("type", "scroll");
        o.put("legend", legend);
        o.put("xAxis", axis(logX ? "log" : "value", xName));
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
                data.set(data.length(), pair(p[0], p[1]));
            }
            line.put("data", data);
            seriesArray.set(seriesArray.length(), line);
        }
        for (Band band : bands) {
            JsonObject line = Json.createObject();
            line.put("name", band.name());
            line.put("type", "line");
            line.put("showSymbol", band.points().size() < 2);
            JsonArray mean = Json.createArray();
            JsonArray range = Json.createArray();
            for (double[] p : band.points()) {
                mean.set(mean.length(), pair(p[0], p[1]));
                JsonArray lowHigh = pair(p[0], p[2]);
                lowHigh.set(2, p[3]);
                range.set(range.length(), lowHigh);
            }
            line.put("data", mean);
            // turned into a custom polygon series by render(), which knows the line's colour
            line.put("bandData", range);
            seriesArray.set(seriesArray.length(), line);
        }
        o.put("series", seriesArray);
        setOption(o);
    }

    private static JsonArray pair(double x, double y) {
        JsonArray xy = Json.createArray();
        xy.set(0, x);
        xy.set(1, y);
        return xy;
    }

    /** Calls {@code listener} with the visible x range after the user zooms (debounced). */
    public void onZoom(BiConsumer<Double, Double> listener) {
        this.zoomListener = listener;
    }

    @ClientCallable
    private void zoomed(double from, double to) {
        zoomListener.accept(from, to);
    }

    /** Downloads the chart as "png" or "svg", named {@code fileName}. */
    public void download(String type, String fileName) {
        getElement().executeJs("this.__download($0, $1)", type, fileName);
    }

    public void setOption(JsonObject option) {
        this.option = option;
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        render();
    }

    /** An ECharts axis of {@code type} ("value", "log", "category") named in its middle. */
    static JsonObject axis(String type, String name) {
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
                  if (!el.__resize) { el.__resize = new ResizeObserver(() => chart.resize()); el.__resize.observe(el); }
                  const option = JSON.parse(JSON.stringify($0));
                  // log axes span many decades: label them 1e-22 rather than 0.0000000000000000000001
                  for (const axis of [].concat(option.xAxis || [], option.yAxis || [])) {
                    if (axis.type === 'log') {
                      axis.axisLabel = Object.assign({}, axis.axisLabel,
                          { formatter: v => (v >= 0.01 && v < 1e4) ? String(v) : v.toExponential(0) });
                      axis.nameGap = 45;
                    }
                  }
                  const palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452',
                      '#9a60b4', '#ea7ccc'];
                  const bands = [];
                  (option.series || []).forEach((s, i) => {
                    s.color = palette[i % palette.length];
                    if (!s.bandData) { return; }
                    const range = s.bandData;
                    delete s.bandData;
                    // one quadrilateral per stretch between two points: api.coord maps log axes too
                    bands.push({ type: 'custom', name: s.name, silent: true, z: 1, data: range, encode: { x: 0, y: [1, 2] },
                      color: s.color, tooltip: { show: false },
                      renderItem: (params, api) => {
                        const i = params.dataIndex;
                        if (i + 1 >= range.length) { return null; }
                        const [a, b] = [range[i], range[i + 1]];
                        return { type: 'polygon', style: { fill: s.color, opacity: 0.2 }, shape: { points: [
                          api.coord([a[0], a[1]]), api.coord([b[0], b[1]]), api.coord([b[0], b[2]]),
                          api.coord([a[0], a[2]])] } };
                      } });
                  });
                  option.series = (option.series || []).concat(bands);
                  chart.setOption(option, true);
                  if (!el.__zoom) {
                    el.__zoom = true;
                    let timer;
                    chart.on('datazoom', () => {
                      clearTimeout(timer);
                      timer = setTimeout(() => {
                        const [from, to] = chart.getModel().getComponent('xAxis', 0).axis.scale.getExtent();
                        el.$server.zoomed(from, to);
                      }, 400);
                    });
                    el.__imageUrl = (type) => {
                      const copy = document.createElement('div');
                      copy.style.cssText = `position:absolute;left:-10000px;width:${el.clientWidth}px;`
                          + `height:${el.clientHeight}px`;
                      document.body.appendChild(copy);
                      const twin = echarts.init(copy, null, { renderer: type === 'svg' ? 'svg' : 'canvas' });
                      twin.setOption(Object.assign(chart.getOption(), { animation: false }));
                      const url = twin.getDataURL({ type, pixelRatio: 2, backgroundColor: '#fff' });
                      twin.dispose();
                      copy.remove();
                      return url;
                    };
                    el.__download = (type, name) => {
                      const a = document.createElement('a');
                      a.href = el.__imageUrl(type);
                      a.download = name;
                      a.click();
                    };
                  }
                };
                draw();""", option);
    }
}
