package org.normbench.engine.kernel;

import org.normbench.engine.scheme.NeuronMetric;

/**
 * The empirical neural tangent kernel of a two-layer ReLU network f(x) = (1/√m) Σ_k c_k σ(w_k·x) with
 * respect to its trainable tensors: Λ = J Jᵀ. Since ∂f_i/∂θ_k = (c_k 1_ik/√m) J_kᵀ x_i with
 * J_k J_kᵀ = t_k (I − u_k u_kᵀ) + r_k u_k u_kᵀ ({@link NeuronMetric}),
 * <pre>Λ_ij = (1/m) Σ_k c_k² 1_ik 1_jk [ t_k (x_i·x_j − p_ik p_jk) + r_k p_ik p_jk ],  p_ik = u_k·x_i,</pre>
 * which is H(s) for the unnormalized net and V(s)/α² + G(s) for weight normalization (spec 002 §2.4, §4.2).
 */
public final class TangentKernel {

    private TangentKernel() {
    }

    public static double[][] of(double[][] x, double[][] w, double[] c, NeuronMetric metric) {
        int n = x.length;
        int m = w.length;
        int d = x[0].length;
        double[][] p = new double[n][m];
        boolean[][] active = new boolean[n][m];
        for (int k = 0; k < m; k++) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += w[k][j] * w[k][j];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += w[k][j] * x[i][j];
                }
                active[i][k] = dot > 0;
                p[i][k] = norm > 0 ? dot / norm : 0;
            }
        }
        double[][] kernel = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double inner = 0;
                for (int q = 0; q < d; q++) {
                    inner += x[i][q] * x[j][q];
                }
                double sum = 0;
                for (int k = 0; k < m; k++) {
                    if (active[i][k] && active[j][k]) {
                        double pp = p[i][k] * p[j][k];
                        sum += c[k] * c[k] * (metric.tangential()[k] * (inner - pp) + metric.radial()[k] * pp);
                    }
                }
                kernel[i][j] = kernel[j][i] = sum / m;
            }
        }
        return kernel;
    }
}
