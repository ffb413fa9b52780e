package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.SphereRandomData;
import org.normbench.engine.kernel.LimitKernels;
import org.normbench.engine.kernel.SymmetricSpectrum;
import org.normbench.engine.task.InitialKernelsTask;
import org.normbench.engine.task.KernelLimitsTask;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 002 E0 and E1 as tasks: the limit kernels' regime metrics, and the kernels at a paired initialization against
 * the spec's own matrix formulas (§4.2) computed here from Z and c, without the engine's networks.
 */
class KernelsAtInitializationTest {

    private static final int N = 20;
    private static final int D = 8;
    private static final int M = 300;

    @Test
    void limitsSplitTheFloorOfLambdaBetweenItsParts() {
        Map<String, Double> one = limits(1).probeSummaries();
        // Λ∞(1) = V∞ + G∞ = H∞
        assertEquals(one.get("lambda_min_h_inf"), one.get("lambda_min_lambda_inf"), 1e-12);
        assertEquals(one.get("kappa_h_inf"), one.get("kappa_lambda_inf"), 1e-9);
        for (double alpha : new double[] {0.1, 1, 100}) {
            Map<String, Double> summary = limits(alpha).probeSummaries();
            double shares = summary.get("direction_share_inf") + summary.get("length_share_inf");
            assertTrue(shares > 0 && shares <= 1 + 1e-12, "Weyl: λ_min(Λ∞) ≥ λ_0/α² + μ_0, got " + shares);
            assertTrue(summary.get("kappa_best_over_h_inf") <= 1, "α = 1 is on the grid");
            assertTrue(summary.get("monte_carlo_max_z") < 6, summary.toString());
        }
        assertTrue(limits(0.1).probeSummaries().get("direction_share_inf") > 0.99);
        assertTrue(limits(100).probeSummaries().get("length_share_inf") > 0.9);
        TrainingResult result = limits(1);
        assertEquals(0, result.steps());
        assertTrue(Double.isNaN(result.initialLogLoss()), "a calculation has no loss");
    }

    private static TrainingResult limits(double alpha) {
        return new KernelLimitsTask(new KernelLimitsTask.Config(N, D, 5, alpha, 20_000, 3)).run(null,
                (series, step, value) -> { }, () -> false);
    }

    @Test
    void initialKernelsMatchTheSpecsFormulasAndTheIdentitiesHold() {
        long seed = 11;
        double alpha = 0.3;
        Map<String, Double> summary;
        try (NDManager manager = NDManager.newBaseManager()) {
            summary = new InitialKernelsTask(new InitialKernelsTask.Config(N, D, 5, M, alpha, seed)).run(manager,
                    (series, step, value) -> { }, () -> false).probeSummaries();
        }
        assertTrue(summary.get("prop1_identity_error") <= 1e-14, summary.toString());
        assertTrue(summary.get("obs1_alpha_invariance_error") <= 1e-14, summary.toString());

        // Z and c drawn exactly as the paired initialization draws them
        Random random = new Random(seed);
        double[][] z = new double[M][D];
        for (double[] row : z) {
            for (int j = 0; j < D; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] x = SphereRandomData.generate(N, D, 5).x();
        // §4.2 at s = 0 (scale factor a_k = 1): V = (1/m)[(XXᵀ)∘(AAᵀ) − (A∘P)(A∘P)ᵀ], G = (1/m)σ(P)σ(P)ᵀ
        double[][] v = new double[N][N];
        double[][] g = new double[N][N];
        for (double[] zk : z) {
            double norm = Math.sqrt(dot(zk, zk));
            double[] p = new double[N];
            for (int i = 0; i < N; i++) {
                p[i] = dot(zk, x[i]) / norm;
            }
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    if (p[i] >= 0 && p[j] >= 0) {
                        v[i][j] += (dot(x[i], x[j]) - p[i] * p[j]) / M;
                        g[i][j] += p[i] * p[j] / M;
                    }
                }
            }
        }
        LimitKernels limits = LimitKernels.of(x);
        Map<String, Double> expected = new HashMap<>();
        expected.put("v0_limit_distance", spectralNorm(v, limits.v()));
        expected.put("g0_limit_distance", spectralNorm(g, limits.g()));
        expected.put("v0_limit_distance_over_lambda0", expected.get("v0_limit_distance")
                / SymmetricSpectrum.eigenvalues(limits.v())[0]);
        expected.forEach((name, value) -> assertEquals(value, summary.get(name), 1e-10 * value, name));
    }

    private static double spectralNorm(double[][] a, double[][] b) {
        double[][] difference = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                difference[i][j] = a[i][j] - b[i][j];
            }
        }
        double[] spectrum = SymmetricSpectrum.eigenvalues(difference);
        return Math.max(-spectrum[0], spectrum[spectrum.length - 1]);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
