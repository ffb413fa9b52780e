package org.normbench.engine.data;

/**
 * The XOR task of spec 000 E-XOR (authors' code): (1, 1) and (−1, −1) labelled −1, (1, −1) and (−1, 1) labelled
 * +1. A bias-free ReLU net needs at least 4 hidden units to classify it.
 */
public final class XorData {

    private XorData() {
    }

    public static Dataset points() {
        return new Dataset(new double[][] {{1, 1}, {-1, -1}, {1, -1}, {-1, 1}}, new double[] {-1, -1, 1, 1});
    }
}
