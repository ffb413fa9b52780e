package org.normbench.engine.data;

import java.util.Random;

/**
 * The Lin-Sep training set of spec 000 E-LS (authors' {@code lin-sep.py}): the support points (1, 1) labelled −1
 * and (−1, 1) labelled +1, plus one point per class, ~U(lo, hi)² (label −1) and ~−U(lo, hi)² (label +1), with
 * lo ~ U(1, 1.5) and hi ~ U(1.5, 2) drawn once.
 */
public final class LinSepData {

    private LinSepData() {
    }

    public static Dataset generate(Random random) {
        double lo = 1 + 0.5 * random.nextDouble();
        double hi = 1.5 + 0.5 * random.nextDouble();
        double[] negative = {uniform(random, lo, hi), uniform(random, lo, hi)};
        double[] positive = {-uniform(random, lo, hi), -uniform(random, lo, hi)};
        return new Dataset(new double[][] {{1, 1}, negative, {-1, 1}, positive}, new double[] {-1, -1, 1, 1});
    }

    private static double uniform(Random random, double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }
}
