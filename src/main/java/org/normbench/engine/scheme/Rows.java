package org.normbench.engine.scheme;

import ai.djl.ndarray.NDArray;

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

    /** w_k = length_k · v_k/‖v_k‖ for every row k of {@code v}. */
    static NDArray withLengths(NDArray v, NDArray lengths) {
        return v.div(v.norm(new int[] {1}, true)).mul(lengths.expandDims(1));
    }
}
