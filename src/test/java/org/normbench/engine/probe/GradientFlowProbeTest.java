package org.normbench.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.GradientFlowLimit;
import org.normbench.engine.data.SensingProblem;
import org.normbench.engine.task.SparseRecoveryTask;
import org.normbench.engine.task.SparseRecoveryTask.Method;
import org.normbench.engine.train.MonotoneLineSearch;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 001 C6's theory target and invariant: the closed-form gradient-flow limits against the pilot's {@code gf.py}
 * on the same instance, the null-space projection, and gradient descent at shrinking fixed steps approaching the
 * limit like the step (a first-order method's bias).
 */
class GradientFlowProbeTest {

    private static final int M = 6;
    private static final int N = 15;

    /**
     * x̃∞ of plain flow and of WN with η̃ = 1 (r₀ = ‖x₀‖) on the instance below, from the pilot's gf.py (scipy
     * trust-exact Newton, gtol 1e-12): {@code A[i][n] = sin(1 + 15i + n)/√6}, x* = 1.5e₂ + 0.5e₇ + 2e₁₁, b = Ax*,
     * x̃₀[n] = (0.1 + 0.01n)²; {@code gf_limit(A, b, log(x0t))} and {@code wn_gf_limit(A, b, x0t, sqrt(x0t.sum()),
     * 1.0)}.
     */
    private static final double[] PLAIN = {0.00340570033122011, 0.00255119304835924, 0.00786360891360556,
        0.04168790431831965, 0.09521973467634322, 0.05033415417232459, 0.0125786828684841, 0.00599429094626265,
        0.01204824901255049, 0.0597608424130411, 0.18545378076213145, 0.13976602517566872, 0.03630886025362409,
        0.01223482627268254, 0.01578135492250871};
    private static final double[] WEIGHT_NORMALIZED = {0.00462861542060597, 0.00371473170822705,
        0.01042035222050649, 0.04657027698219617, 0.09718737433037143, 0.05527522719189902, 0.01636310403593382,
        0.00870313506597297, 0.01662845477269346, 0.06996055382176977, 0.1911737222043288, 0.1480432474608462,
        0.04497682585010532, 0.01746823192138451, 0.02246220952824882};
    private static final double WEIGHT_NORMALIZED_RADIUS = 0.8680875891954047;

    private static double[][] a() {
        double[][] a = new double[M][N];
        for (int i = 0; i < M; i++) {
            for (int n = 0; n < N; n++) {
                a[i][n] = Math.sin(1.0 + i * N + n) / Math.sqrt(M);
            }
        }
        return a;
    }

    private static double[] logInitial() {
        double[] log = new double[N];
        for (int n = 0; n < N; n++) {
            log[n] = 2 * Math.log(0.1 + 0.01 * n);
        }
        return log;
    }

    @Test
    void theLimitsAreThePilotsAndSatisfyTheFlowsInvariant() {
        double[][] a = a();
        double[] signal = new double[N];
        signal[2] = 1.5;
        signal[7] = 0.5;
        signal[11] = 2.0;
        double[] b = SensingProblem.times(a, signal);
        GradientFlowLimit plain = GradientFlowLimit.plain(a, b, logInitial());
        double initialRadius = 0;
        for (double log : logInitial()) {
            initialRadius += Math.exp(log);
        }
        initialRadius = Math.sqrt(initialRadius);
        GradientFlowLimit wn = GradientFlowLimit.weightNormalized(a, b, logInitial(), initialRadius, 1.0);
        for (int n = 0; n < N; n++) {
            assertEquals(PLAIN[n], plain.endToEnd()[n], 1e-9 * PLAIN[n], "plain, entry " + n);
            assertEquals(WEIGHT_NORMALIZED[n], wn.endToEnd()[n], 1e-9 * WEIGHT_NORMALIZED[n], "WN, entry " + n);
        }
        assertEquals(WEIGHT_NORMALIZED_RADIUS, wn.limitRadius(), 1e-9);
        assertTrue(plain.residual() < 1e-12 && wn.residual() < 1e-12, plain.residual() + " " + wn.residual());

        // Lemma 3.6: (I − A⁺A)(ln x̃∞ − ln x̃₀) = 0, and the projection removes exactly the rows of A
        NullSpaceProjection projection = new NullSpaceProjection(a);
        double[] change = new double[N];
        for (int n = 0; n < N; n++) {
            change[n] = Math.log(plain.endToEnd()[n]) - logInitial()[n];
        }
        assertTrue(norm(projection.apply(change)) < 1e-10 * norm(change), "KKT: " + norm(projection.apply(change)));
        for (double[] row : a) {
            assertTrue(norm(projection.apply(row)) < 1e-13, "a row of A is in range(Aᵀ)");
        }
        double[] d = logInitial();
        double[] once = projection.apply(d);
        double[] twice = projection.apply(once);
        for (int n = 0; n < N; n++) {
            assertEquals(once[n], twice[n], 1e-14, "idempotent");
        }
        assertEquals(0, norm(SensingProblem.times(a, once)), 1e-13, "lands in the null space");
    }

    /**
     * Plain GD at fixed step factors c = 2 and 0.5 to L ≤ 1e-12 (N = 80, M = 25, s = 3): the endpoint's distance to
     * the limit and the invariant's drift shrink about like c, and both runs converge to the limit's recovery error.
     */
    @Test
    void fixedStepsApproachTheLimitLikeTheStep() {
        Map<String, Double> large = run(2);
        Map<String, Double> small = run(0.5);
        double slope = Math.log(large.get("gradient_flow_distance") / small.get("gradient_flow_distance"))
                / Math.log(4);
        assertTrue(slope > 0.8 && slope < 1.2, "distance slope " + slope + ": " + large + " / " + small);
        assertTrue(small.get("gradient_flow_distance") < 0.01, small.toString());
        assertTrue(small.get(GradientFlowProbe.DRIFT) < large.get(GradientFlowProbe.DRIFT) / 2, small + " / " + large);
        assertEquals(small.get("gradient_flow_recovery_error"), large.get("gradient_flow_recovery_error"), 0.0,
                "the same start, the same limit");
        assertEquals(small.get("gradient_flow_recovery_error"), small.get("recovery_error"),
                0.05 * small.get("recovery_error"), "GD's endpoint's error is nearly the flow's");
    }

    private static Map<String, Double> run(double stepFactor) {
        SparseRecoveryTask task = new SparseRecoveryTask(new SparseRecoveryTask.Config(80, 25, 3,
                SensingProblem.Kind.SPARSE, false, 2, Method.GRADIENT_DESCENT, 1, Double.NaN, 3,
                StopRule.logLossLevel(Math.log(1e-12), 2_000_000, 1e6), 100,
                new MonotoneLineSearch.Settings(stepFactor, 1, stepFactor, 1e-30), true));
        List<Double> drift = new ArrayList<>();
        TrainingResult result;
        try (NDManager manager = NDManager.newBaseManager()) {
            result = task.run(manager, (series, step, value) -> {
                if (series.equals(GradientFlowProbe.DRIFT)) {
                    drift.add(value);
                }
            }, () -> false);
        }
        assertEquals(StopReason.CONVERGED, result.reason(), result.toString());
        assertEquals(0, drift.get(0), 0.0, "no drift at the start");
        assertEquals(result.probeSummaries().get(GradientFlowProbe.DRIFT), drift.get(drift.size() - 1), 0.0);
        return result.probeSummaries();
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
