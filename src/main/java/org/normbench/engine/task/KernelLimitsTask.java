package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.normbench.engine.data.SphereRandomData;
import org.normbench.engine.kernel.LimitKernels;
import org.normbench.engine.kernel.MonteCarloLimits;
import org.normbench.engine.kernel.SymmetricSpectrum;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 002 E0: the data's infinite-width kernels, no network and no training. Reports the constants of
 * {@link LimitKernels#constants()}, the spectrum of weight normalization's limit kernel Λ∞(α) = V∞/α² + G∞ with the
 * share of its floor each part accounts for (direction λ_0/α², length μ_0; Weyl: λ_min(Λ∞) ≥ λ_0/α² + μ_0, so the
 * shares add up to at most 1), Prop. 2's best α — the one that minimizes κ(Λ∞(α)) — and its κ over κ(H∞), and
 * the closed forms checked
 * against a Monte Carlo estimate of their defining expectations. The result has no loss (NaN) and no steps.
 */
public final class KernelLimitsTask implements TrainingTask {

    /**
     * @param alpha              WN's scale α in Λ∞(α)
     * @param monteCarloSamples  directions for the Monte Carlo check; 0 skips it
     * @param seed               seed of the Monte Carlo directions
     */
    public record Config(int examples, int dimension, long dataSeed, double alpha, int monteCarloSamples, long seed) {

        public Config {
            if (!(alpha > 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("alpha must be a positive finite number, got " + alpha);
            }
            if (monteCarloSamples < 0) {
                throw new IllegalArgumentException("Monte Carlo samples must not be negative, got " + monteCarloSamples);
            }
        }
    }

    /** Prop. 2's best α is searched on a log grid from 10⁻² to 10³, α = 1 included (where Λ∞ = H∞). */
    private static final int SCAN_DECADES_BELOW_ONE = 2;
    private static final int SCAN_DECADES_ABOVE_ONE = 3;
    private static final int SCAN_POINTS_PER_DECADE = 10;

    private final Config config;

    public KernelLimitsTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        double[][] x = SphereRandomData.generate(config.examples(), config.dimension(), config.dataSeed()).x();
        LimitKernels limits = LimitKernels.of(x);
        Map<String, Double> summary = new LinkedHashMap<>(limits.constants());
        double alpha = config.alpha();
        double[] lambda = SymmetricSpectrum.eigenvalues(limits.lambda(alpha));
        summary.put("lambda_min_lambda_inf", lambda[0]);
        summary.put("kappa_lambda_inf", LimitKernels.conditionNumber(lambda));
        summary.put("direction_share_inf", summary.get(LimitKernels.LAMBDA0) / (alpha * alpha) / lambda[0]);
        summary.put("length_share_inf", summary.get(LimitKernels.MU0) / lambda[0]);
        double bestAlpha = 1;
        double bestKappa = summary.get("kappa_h_inf");
        for (int i = -SCAN_DECADES_BELOW_ONE * SCAN_POINTS_PER_DECADE;
                i <= SCAN_DECADES_ABOVE_ONE * SCAN_POINTS_PER_DECADE; i++) {
            double scale = Math.pow(10, (double) i / SCAN_POINTS_PER_DECADE);
            double kappa = LimitKernels.conditionNumber(SymmetricSpectrum.eigenvalues(limits.lambda(scale)));
            if (kappa < bestKappa) {
                bestKappa = kappa;
                bestAlpha = scale;
            }
        }
        summary.put("alpha_best_inf", bestAlpha);
        summary.put("kappa_best_over_h_inf", bestKappa / summary.get("kappa_h_inf"));
        if (cancelled.getAsBoolean()) {
            return calculation(StopReason.CANCELLED, started, summary);
        }
        if (config.monteCarloSamples() > 0) {
            MonteCarloLimits check = MonteCarloLimits.estimate(x, limits, config.monteCarloSamples(), config.seed());
            summary.put("monte_carlo_max_error_h", check.maxErrorH());
            summary.put("monte_carlo_max_error_v", check.maxErrorV());
            summary.put("monte_carlo_max_error_g", check.maxErrorG());
            summary.put("monte_carlo_max_z", check.maxZ());
        }
        return calculation(StopReason.STEP_CAP, started, summary);
    }

    /** A result without steps or loss. */
    static TrainingResult calculation(StopReason reason, long started, Map<String, Double> summary) {
        return new TrainingResult(0, Double.NaN, Double.NaN, reason, TrainingTask.secondsSince(started), 0, summary);
    }
}
