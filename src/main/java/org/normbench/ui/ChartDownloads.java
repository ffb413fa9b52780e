package org.normbench.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Supplier;

/** A chart's download links: the picture as PNG or SVG (drawn in the browser), and its numbers as CSV. */
public class ChartDownloads extends HorizontalLayout {

    private final Anchor csv = new Anchor("", "CSV");

    /** Buttons for {@code chart}, files named {@code stem}.png/.svg; ids prefixed with {@code idPrefix}. */
    public ChartDownloads(LineChart chart, String stem, String idPrefix) {
        Button png = new Button("PNG", e -> chart.download("png", stem + ".png"));
        Button svg = new Button("SVG", e -> chart.download("svg", stem + ".svg"));
        png.setId(idPrefix + "-png");
        svg.setId(idPrefix + "-svg");
        csv.setId(idPrefix + "-csv");
        csv.getElement().setAttribute("download", true);
        csv.setVisible(false);
        for (Button button : new Button[] {png, svg}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(png, svg, csv);
    }

    /** The chart's numbers as CSV, computed when downloaded; the link is hidden while {@code numbers} is null. */
    public void setCsv(String fileName, Supplier<String> numbers) {
        csv.setVisible(numbers != null);
        if (numbers != null) {
            csv.setHref(CsvDownload.of(fileName, numbers));
        }
    }
}
