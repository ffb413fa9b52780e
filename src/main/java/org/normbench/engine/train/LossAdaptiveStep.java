package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * The loss-adaptive step of spec 000 §2.5 (paper App. M, authors' code): η(t) = k(t)/L_ref^c, so the update is
 * θ ← θ − k L_ref^{−c} ∇L, with backtracking on k: if the trial point's loss is higher than the current one
 * (or not finite), the step is undone exactly (from a snapshot), k ← k/factor and the same gradient is
 * retried; otherwise k ← k·factor while k &lt; cap. As in the authors' code, L_ref is the loss at the previous
 * step's point (1 before the first step). With c = 1 this is gradient descent on ln L with step k.
 */
public final class LossAdaptiveStep implements Optimizer {

    /**
     * @param initialStep k(0) (0.01 in every experiment of spec 000)
     * @param exponent    c ∈ [0, 1]; the authors write it as F = 1/(1 − c)
     * @param cap         k grows only while it is below this
     * @param factor      the multiplier for growing and shrinking k (1.1)
     */
    public record Settings(double initialStep, double exponent, double cap, double factor) {

        public Settings {
            if (!(initialStep > 0) || Double.isInfinite(initialStep)) {
                throw new IllegalArgumentException("initial step must be a positive finite number, got " + initialStep);
            }
            if (!(exponent >= 0 && exponent <= 1)) {
                throw new IllegalArgumentException("loss exponent c must lie in [0, 1], got " + exponent);
            }
            if (!(cap > 0) || Double.isInfinite(cap)) {
                throw new IllegalArgumentException("step cap must be a positive finite number, got " + cap);
            }
            if (!(factor > 1) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("adaptation factor must exceed 1, got " + factor);
            }
        }
    }

    private final Settings settings;
    private double k;
    private double referenceLogLoss;

    public LossAdaptiveStep(Settings settings) {
        this.settings = settings;
        this.k = settings.initialStep();
    }

    /** The current k. */
    public double k() {
        return k;
    }

    /**
     * ln η of the step the next {@link #step} tries first: ln k − c·ln L_ref, L_ref being the loss at the point of the
     * last call (1 before the first).
     */
    public double logProposedStep() {
        return Math.log(k) - settings.exponent() * referenceLogLoss;
    }

    @Override
    public double step(NDList parameters, double logLoss, Objective objective) {
        ParameterSnapshot snapshot = ParameterSnapshot.of(parameters);
        double reference = referenceLogLoss;
        referenceLogLoss = logLoss;
        while (k > 0) {
            double logEta = Math.log(k) - settings.exponent() * reference;
            // ∇L = L·∇ln L; η and L apart over- and underflow below ln L ≈ −745, their product does not
            double factor = Math.exp(logEta + logLoss);
            for (NDArray parameter : parameters) {
                parameter.subi(parameter.getGradient().mul(factor));
            }
            double trial = objective.logLoss().getDouble();
            if (trial <= logLoss) {
                if (k < settings.cap()) {
                    k *= settings.factor();
                }
                return Math.exp(logEta);
            }
            snapshot.restore(parameters);
            k /= settings.factor();
        }
        return 0;
    }
}
