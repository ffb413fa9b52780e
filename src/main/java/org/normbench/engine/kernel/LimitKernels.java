package org.normbench.engine.kernel;

/**
 * The infinite-width kernels of spec 002 §2.4 for inputs x_i (rows), in closed form with
 * θ_ij = arccos(x_i·x_j/(‖x_i‖‖x_j‖)):
 * <ul>
 * <li>H∞_ij = x_i·x_j (π − θ_ij)/(2π), the unnormalized NTK limit;</li>
 * <li>G∞_ij = ‖x_i‖‖x_j‖ (sin θ_ij + (π − θ_ij) cos θ_ij)/(2π d), the length (v-aligned) kernel;</li>
 * <li>V∞ = H∞ − G∞, the direction (v-orthogonal) kernel;</li>
 * </ul>
 * and Λ∞(α) = V∞/α² + G∞ for weight normalization with scale α.
 */
public record LimitKernels(double[][] h, double[][] v, double[][] g) {

    public static LimitKernels of(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = Math.sqrt(dot(x[i], x[i]));
        }
        double[][] h = new double[n][n];
        double[][] v = new double[n][n];
        double[][] g = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double inner = dot(x[i], x[j]);
                double cos = Math.max(-1, Math.min(1, inner / (norms[i] * norms[j])));
                double theta = Math.acos(cos);
                double hij = inner * (Math.PI - theta) / (2 * Math.PI);
                double gij = norms[i] * norms[j] * (Math.sin(theta) + (Math.PI - theta) * cos) / (2 * Math.PI * d);
                h[i][j] = h[j][i] = hij;
                g[i][j] = g[j][i] = gij;
                v[i][j] = v[j][i] = hij - gij;
            }
        }
        return new LimitKernels(h, v, g);
    }

    /** Λ∞(α) = V∞/α² + G∞. */
    public double[][] lambda(double alpha) {
        int n = h.length;
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                result[i][j] = v[i][j] / (alpha * alpha) + g[i][j];
            }
        }
        return result;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
