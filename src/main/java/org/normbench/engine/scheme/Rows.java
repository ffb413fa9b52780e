package org.normbench.engine.scheme;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;

/** Row-wise helpers shared by the norm-splitting schemes (rows = neurons). */
final class Rows {

    private Rows() {
    }

    /** The Euclidean norm of one plain row. */
    static double norm(double[] row) {
        double sum = 0;
        for (double value : row) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    /** A copy of {@code row} times {@code factor}. */
    static double[] scaled(double[] row, double factor) {
        double[] result = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            result[j] = row[j] * factor;
        }
        return result;
    }

    /** Each row divided by its norm (unit directions). */
    static double[][] unitRows(double[][] z) {
        double[][] v = new double[z.length][];
        for (int k = 0; k < z.length; k++) {
            v[k] = scaled(z[k], 1 / norm(z[k]));
        }
        return v;
    }

    /** The metric of a length trained directly (radial factor 1), as WN's g and coefficient normalization's r. */
    static NeuronMetric metricWithTrainedLengths(NDArray v, NDArray lengths) {
        double[] g = lengths.toDoubleArray();
        double[] radial = new double[g.length];
        Arrays.fill(radial, 1);
        return metric(v, g, radial);
    }

    /**
     * The metric of w_k = length_k · v_k/‖v_k‖: a step in v moves w tangentially with factor
     * length_k²/‖v_k‖²; {@code radial} depends on how the length is parameterized.
     */
    static NeuronMetric metric(NDArray v, double[] lengths, double[] radial) {
        double[] norms2 = v.square().sum(new int[] {1}).toDoubleArray();
        double[] tangential = new double[lengths.length];
        for (int k = 0; k < lengths.length; k++) {
            tangential[k] = lengths[k] * lengths[k] / norms2[k];
        }
        return new NeuronMetric(tangential, radial);
    }

    /** w_k = length_k · v_k/‖v_k‖ for every row k of {@code v}. */
    static NDArray withLengths(NDArray v, NDArray lengths) {
        return v.div(v.norm(new int[] {1}, true)).mul(lengths.expandDims(1));
    }

    /**
     * ∇_w of w_k = length_k · v_k/‖v_k‖ from ∇_v (which is tangential) and the radial component v̂_k·∇_w:
     * (‖v_k‖/length_k) ∇_v + radial_k v̂_k.
     */
    static NDArray effectiveGradient(NDArray v, NDArray lengths, NDArray radial) {
        NDArray norms = v.norm(new int[] {1}, true);
        NDArray directions = v.div(norms);
        return v.getGradient().mul(norms).div(lengths.expandDims(1)).add(directions.mul(radial.expandDims(1)));
    }

    /** Names a trainable tensor as the scheme's formula does (v, g, a, r, w): the key of its snapshot entry. */
    static NDArray named(String name, NDArray tensor) {
        tensor.setName(name);
        return tensor;
    }
}
