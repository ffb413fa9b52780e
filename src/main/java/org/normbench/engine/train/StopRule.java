package org.normbench.engine.train;

/**
 * When to stop full-batch training: loss ≤ relativeTolerance · L(0) (spec 002 E2 stops at ||f − y||² ≤ 1e-8
 * ||f(0) − y||²), a step cap, and a divergence guard (non-finite loss, or loss > divergenceFactor · L(0)).
 */
public record StopRule(double relativeTolerance, long maxSteps, double divergenceFactor) {

    public StopRule {
        if (!(relativeTolerance > 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException("relative tolerance must lie in (0, 1), got " + relativeTolerance);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("step cap must be positive, got " + maxSteps);
        }
        if (!(divergenceFactor > 1)) {
            throw new IllegalArgumentException("divergence factor must exceed 1, got " + divergenceFactor);
        }
    }

    /** The reason to stop after observing {@code loss} at {@code step}, or null to go on. */
    StopReason check(long step, double loss, double initialLoss) {
        if (!Double.isFinite(loss) || loss > divergenceFactor * initialLoss) {
            return StopReason.DIVERGED;
        }
        if (loss <= relativeTolerance * initialLoss) {
            return StopReason.CONVERGED;
        }
        if (step >= maxSteps) {
            return StopReason.STEP_CAP;
        }
        return null;
    }
}
