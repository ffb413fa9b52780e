package org.normbench.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normbench.engine.data.Dataset;

/**
 * Data exported from the specs' numpy pilots (src/test/resources/spec000/export_*.py): CSV rows whose first cell
 * names what the row belongs to ("points", "W1", …) and whose other cells are numbers.
 */
final class PilotData {

    private final Map<String, List<double[]>> rows = new LinkedHashMap<>();

    private PilotData(String resource) {
        try (InputStream in = PilotData.class.getResourceAsStream(resource)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(line -> line.split(","))
                    .forEach(cells -> rows.computeIfAbsent(cells[0], k -> new ArrayList<>())
                            .add(Arrays.stream(cells, 1, cells.length).mapToDouble(Double::parseDouble).toArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PilotData read(String resource) {
        return new PilotData(resource);
    }

    /** The rows named {@code name} as a matrix. */
    double[][] matrix(String name) {
        return rows.get(name).toArray(double[][]::new);
    }

    /** The "points" rows (x1, x2, y) as a data set. */
    Dataset points() {
        List<double[]> points = rows.get("points");
        return new Dataset(points.stream().map(p -> new double[] {p[0], p[1]}).toArray(double[][]::new),
                points.stream().mapToDouble(p -> p[2]).toArray());
    }
}
