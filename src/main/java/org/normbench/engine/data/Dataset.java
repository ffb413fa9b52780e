package org.normbench.engine.data;

/** A regression data set held in float64: inputs {@code x[i]} and targets {@code y[i]}. */
public record Dataset(double[][] x, double[] y) {

    public Dataset {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length);
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("a data set needs at least one example");
        }
    }

    public int size() {
        return x.length;
    }

    public int dimension() {
        return x[0].length;
    }
}
