package org.normbench.engine.scheme;

/** Euclidean norms of plain rows, for initializing schemes from a weight matrix. */
final class RowNorms {

    private RowNorms() {
    }

    static double of(double[] row) {
        double sum = 0;
        for (double value : row) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}
