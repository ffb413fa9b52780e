package org.normbench.engine.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Spec 003's synthetic separable data (pilot {@code data.py}): x ~ N(0, I_d) with the last coordinate set to 1
 * (the bias as an input), labelled by the sign of a random bias-free 2-layer ReLU teacher s(x) = Σ_j a_j
 * max(A_j·x, 0) (A ~ N(0, 1), a = ±1) centred at its median; the {@code 1 − keep} share of points nearest the
 * teacher's boundary is dropped, so a 2-layer net separates the classes and, usually, no linear one does.
 */
public final class TeacherData {

    /** The training and test points, drawn together and split in that order. */
    public record Split(Dataset train, Dataset test) {
    }

    private TeacherData() {
    }

    public static Split draw(int train, int test, int dimension, int teacherWidth, double keep, Random random) {
        if (!(keep > 0 && keep <= 1)) {
            throw new IllegalArgumentException("kept share must lie in (0, 1], got " + keep);
        }
        double[][] a = new double[teacherWidth][dimension];
        double[] signs = new double[teacherWidth];
        for (int j = 0; j < teacherWidth; j++) {
            for (int i = 0; i < dimension; i++) {
                a[j][i] = random.nextGaussian();
            }
            signs[j] = random.nextBoolean() ? 1 : -1;
        }
        int drawn = (int) ((train + test) / keep) + 50;
        double[][] x = new double[drawn][dimension];
        double[] score = new double[drawn];
        for (int n = 0; n < drawn; n++) {
            for (int i = 0; i < dimension - 1; i++) {
                x[n][i] = random.nextGaussian();
            }
            x[n][dimension - 1] = 1;
            for (int j = 0; j < teacherWidth; j++) {
                double z = 0;
                for (int i = 0; i < dimension; i++) {
                    z += a[j][i] * x[n][i];
                }
                score[n] += signs[j] * Math.max(z, 0);
            }
        }
        double median = quantile(score, 0.5);
        double[] distance = new double[drawn];
        for (int n = 0; n < drawn; n++) {
            score[n] -= median;
            distance[n] = Math.abs(score[n]);
        }
        double threshold = quantile(distance, 1 - keep);
        double[][] kept = new double[train + test][];
        double[] labels = new double[train + test];
        int count = 0;
        for (int n = 0; n < drawn && count < kept.length; n++) {
            if (distance[n] > threshold) {
                kept[count] = x[n];
                labels[count] = Math.signum(score[n]);
                count++;
            }
        }
        if (count < kept.length) {
            throw new IllegalStateException("only " + count + " of " + kept.length + " points kept");
        }
        return new Split(new Dataset(Arrays.copyOfRange(kept, 0, train), Arrays.copyOfRange(labels, 0, train)),
                new Dataset(Arrays.copyOfRange(kept, train, kept.length), Arrays.copyOfRange(labels, train,
                        labels.length)));
    }

    /** numpy's default (linear-interpolation) quantile. */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
