package org.normbench.engine.kernel;

import static org.normbench.engine.Vectors.dot;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /** λ_0 = λ_min(V∞), the direction kernel's floor. */
    public static final String LAMBDA0 = "lambda0";
    /** μ_0 = λ_min(G∞), the length kernel's floor. */
    public static final String MU0 = "mu0";

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

    /**
     * The data's constants as summary metrics: λ_min and κ = λ_max/λ_min of H∞, V∞ (λ_0 = λ_min(V∞)) and G∞
     * (μ_0 = λ_min(G∞)), and the regime crossover α_c = √(λ_0/μ_0) (spec 002 §2.4, §4.2).
     */
    public Map<String, Double> constants() {
        double[] hSpectrum = SymmetricSpectrum.eigenvalues(h);
        double[] vSpectrum = SymmetricSpectrum.eigenvalues(v);
        double[] gSpectrum = SymmetricSpectrum.eigenvalues(g);
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("lambda_min_h_inf", hSpectrum[0]);
        summary.put("kappa_h_inf", conditionNumber(hSpectrum));
        summary.put(LAMBDA0, vSpectrum[0]);
        summary.put("kappa_v_inf", conditionNumber(vSpectrum));
        summary.put(MU0, gSpectrum[0]);
        summary.put("kappa_g_inf", conditionNumber(gSpectrum));
        summary.put("alpha_c", Math.sqrt(vSpectrum[0] / gSpectrum[0]));
        return summary;
    }

    /** λ_max/λ_min of an ascending spectrum. */
    public static double conditionNumber(double[] ascending) {
        return ascending[ascending.length - 1] / ascending[0];
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
}
