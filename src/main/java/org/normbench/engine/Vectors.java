package org.normbench.engine;

/** Plain double[] vector arithmetic, summed left to right (so results are the same bits wherever they are used). */
public final class Vectors {

    private Vectors() {
    }

    public static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The Euclidean norm. */
    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
