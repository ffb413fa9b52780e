package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 004 S1 (paper App. C.1, Figs. 4–5): the exact norm map of a scale-invariant weight under SGD(M) with weight
 * decay, no network. With X_t = (‖w_t‖², ⟨w_t, w_{t−1}⟩, ‖w_{t−1}‖²) and the squared unit-gradient statistic L_t,
 * X_{t+1} = A X_t + (L_t η²/X_t[0]) e₁, A = [[c², −2αc, α²], [c, −α, 0], [1, 0, 0]], c = 1 + α − λη (eqs. 60–66;
 * α = 0 is SGD's eq. 41). L_t = f(t) + U(−noise, noise) with a mean f of the chosen shape; the noise comes from the
 * run's seed, so runs of one seed see the same noise. The theory's x*_t is the map's exact fixed point for L = f(t),
 * x*² = f(t)η²/D, D = 1 − c² + 2αc²/(1+α) − α² (the paper's eq. 89 is its expansion), and the angular update
 * cos Δ_t = X_{t+1}[1]/√(X_{t+1}[0] X_{t+1}[2]) is compared with Thm 3's Δ* = √(2λη/(1+α)). The map's local
 * contraction at the fixed point, 1 − ρ(J), is compared with 4λη/(1−α). No loss: the result's loss is NaN.
 */
public final class NormMapTask implements TrainingTask {

    /** The mean of L_t over the run. */
    public enum Shape {
        /** f = level. */
        CONSTANT,
        /** f from level to 2·level over the run. */
        RAMP,
        /** f = level (1 + ½ sin(2πt/period)). */
        SINE,
        /** f = level, then 2·level from the middle of the run. */
        STEP
    }

    /** The tail over which tracking and the angular update are judged (the pilot's last 25%). */
    private static final double TAIL = 0.25;
    /** Equilibrium: within 5% of x*_t for this many consecutive steps (the pilot's criterion). */
    private static final double EQUILIBRIUM_TOLERANCE = 0.05;
    private static final int EQUILIBRIUM_HOLD = 500;

    /**
     * @param initialSquaredNorm ‖w_0‖² (and ‖w_{−1}‖² = ⟨w_0, w_{−1}⟩ = ‖w_0‖²: no motion before the first step)
     * @param level              the mean of L_t at t = 0
     * @param noise              half-width of L_t's uniform noise
     * @param period             the sine's period in steps
     */
    public record Config(double momentum, double learningRate, double weightDecay, double initialSquaredNorm,
            double level, Shape shape, double noise, long period, long steps, long logEvery, long seed) {

        public Config {
            if (!(momentum >= 0 && momentum < 1) || !(learningRate > 0) || !(weightDecay > 0)
                    || !(initialSquaredNorm > 0) || !(level > 0) || !(noise >= 0) || noise >= level
                    || period < 1 || steps < 1 || logEvery < 1) {
                throw new IllegalArgumentException("norm map needs 0 ≤ α < 1, η, λ, ‖w_0‖², L > 0, 0 ≤ noise < L"
                        + " and positive period, steps and log interval");
            }
        }
    }

    private final Config config;

    public NormMapTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        double alpha = config.momentum();
        double eta = config.learningRate();
        double c = 1 + alpha - config.weightDecay() * eta;
        double[][] a = {{c * c, -2 * alpha * c, alpha * alpha}, {c, -alpha, 0}, {1, 0, 0}};
        double d = 1 - c * c + 2 * alpha * c * c / (1 + alpha) - alpha * alpha;
        double deltaStar = Math.sqrt(2 * config.weightDecay() * eta / (1 + alpha));
        Random random = new Random(config.seed());
        double[] x = {config.initialSquaredNorm(), config.initialSquaredNorm(), config.initialSquaredNorm()};
        long tailStart = config.steps() - Math.round(TAIL * config.steps());
        double worstTail = 0;
        double squaredAngles = 0;
        long stableSince = -1;
        long equilibrium = -1;
        for (long t = 0; t < config.steps(); t++) {
            if (cancelled.getAsBoolean()) {
                return KernelLimitsTask.calculation(StopReason.CANCELLED, started, Map.of());
            }
            double noise = config.noise() * (2 * random.nextDouble() - 1);
            double statistic = mean(t) + noise;
            double push = statistic * eta * eta / x[0];
            x = new double[] {a[0][0] * x[0] + a[0][1] * x[1] + a[0][2] * x[2] + push,
                a[1][0] * x[0] + a[1][1] * x[1], x[0]};
            double angle = Math.acos(Math.min(1, x[1] / Math.sqrt(x[0] * x[2])));
            double theory = Math.sqrt(mean(t) * eta * eta / d);
            double ratio = x[0] / theory;
            long step = t + 1;
            if (Math.abs(ratio - 1) <= EQUILIBRIUM_TOLERANCE) {
                stableSince = stableSince < 0 ? step : stableSince;
                if (equilibrium < 0 && step - stableSince + 1 >= EQUILIBRIUM_HOLD) {
                    equilibrium = stableSince;
                }
            } else {
                stableSince = -1;
            }
            if (t >= tailStart) {
                worstTail = Math.max(worstTail, Math.abs(ratio - 1));
                squaredAngles += angle * angle;
            }
            if (step % config.logEvery() == 0 || step == config.steps()) {
                sink.point("squared_norm", step, x[0]);
                sink.point("squared_norm_theory", step, theory);
                sink.point("angular_update", step, angle);
            }
        }
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("squared_norm_ratio_final", x[0] / Math.sqrt(mean(config.steps() - 1) * eta * eta / d));
        summary.put("tracking_error_tail", worstTail);
        if (equilibrium >= 0) {
            summary.put("steps_to_norm_equilibrium", (double) equilibrium);
        }
        summary.put("angular_update_rms_ratio", Math.sqrt(squaredAngles / (config.steps() - tailStart)) / deltaStar);
        double contraction = 1 - spectralRadius(a, d);
        summary.put("linearized_contraction", contraction);
        summary.put("linearized_contraction_ratio", contraction / (4 * config.weightDecay() * eta / (1 - alpha)));
        return KernelLimitsTask.calculation(StopReason.STEP_CAP, started, summary);
    }

    /** f(t), the mean of L_t. */
    private double mean(long t) {
        double level = config.level();
        double progress = (double) t / config.steps();
        return switch (config.shape()) {
            case CONSTANT -> level;
            case RAMP -> level * (1 + progress);
            case SINE -> level * (1 + 0.5 * Math.sin(2 * Math.PI * t / config.period()));
            case STEP -> progress < 0.5 ? level : 2 * level;
        };
    }

    /**
     * ρ(J) of the map's Jacobian at its fixed point for a constant L: J = A − (Lη²/x*²) e₁e₁ᵀ.
     *
     * @param push Lη²/x*² (= D at the fixed point), minus the derivative of the gradient term
     */
    private static double spectralRadius(double[][] a, double push) {
        DMatrixRMaj jacobian = new DMatrixRMaj(a);
        jacobian.set(0, 0, a[0][0] - push);
        EigenDecomposition_F64<DMatrixRMaj> decomposition = DecompositionFactory_DDRM.eig(3, false);
        if (!decomposition.decompose(jacobian)) {
            throw new ArithmeticException("the eigenvalues of the norm map's Jacobian did not converge");
        }
        double radius = 0;
        for (int i = 0; i < 3; i++) {
            radius = Math.max(radius, decomposition.getEigenvalue(i).getMagnitude());
        }
        return radius;
    }
}
