package org.normbench.engine.kernel;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import org.normbench.engine.Tensors;
import org.normbench.engine.scheme.NeuronMetric;

/**
 * The empirical neural tangent kernel of a two-layer ReLU network f(x) = (1/√m) Σ_k c_k σ(w_k·x) with
 * respect to its trainable tensors: Λ = J Jᵀ. Since ∂f_i/∂θ_k = (c_k 1_ik/√m) J_kᵀ x_i with
 * J_k J_kᵀ = t_k (I − u_k u_kᵀ) + r_k u_k u_kᵀ ({@link NeuronMetric}),
 * <pre>Λ_ij = (1/m) Σ_k c_k² 1_ik 1_jk [ t_k (x_i·x_j − p_ik p_jk) + r_k p_ik p_jk ],  p_ik = u_k·x_i,</pre>
 * which is H(s) for the unnormalized net and V(s)/α² + G(s) for weight normalization (spec 002 §2.4, §4.2).
 * Computed from plain numbers, or from the network's own tensors by libtorch's matrix products (the probe's path:
 * the O(n²m + nmd) work then runs where the network trains, with no copy of W to Java).
 */
public final class TangentKernel {

    private TangentKernel() {
    }

    /**
     * The same kernel by tensor products: with q_k = c_k² t_k, s_k = c_k²(r_k − t_k), F = 1 ⊙ √q and G = 1 ⊙ p,
     * Λ = [(XXᵀ) ⊙ (FFᵀ) + G diag(s) Gᵀ]/m. The tensors it creates belong to {@code w}'s manager: call it inside an
     * {@link ai.djl.ndarray.NDScope}.
     *
     * @param gram XXᵀ of the inputs x (n × d)
     */
    public static double[][] of(NDArray x, NDArray gram, NDArray w, NDArray c, NeuronMetric metric) {
        NDManager manager = w.getManager();
        int m = (int) w.getShape().get(0);
        NDArray dots = x.matMul(w.transpose());
        NDArray norms = w.norm(new int[] {1});
        NDArray active = dots.gt(0).toType(DataType.FLOAT64, false);
        // a zero row has zero dots: p = 0 there, as in the plain version
        NDArray p = dots.div(norms.add(norms.eq(0).toType(DataType.FLOAT64, false)));
        NDArray squared = c.square();
        NDArray tangential = manager.create(metric.tangential());
        NDArray q = squared.mul(tangential);
        NDArray s = squared.mul(manager.create(metric.radial()).sub(tangential));
        NDArray f = active.mul(q.sqrt());
        NDArray g = active.mul(p);
        return Tensors.rows(gram.mul(f.matMul(f.transpose())).add(g.mul(s).matMul(g.transpose())).div(m));
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
