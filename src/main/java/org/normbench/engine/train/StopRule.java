package org.normbench.engine.train;

/**
 * When to stop full-batch training, judged in log space: the loss reaches a target — relative,
 * L ≤ relativeTolerance · L(0) (spec 002 E2 stops at ‖f − y‖² ≤ 1e-8 ‖f(0) − y‖²), or absolute,
 * ln L ≤ logLossLevel (spec 000 stops at ln L ≤ −50 or −300) —, a step cap, and a divergence guard
 * (non-finite loss, or L > divergenceFactor · L(0)). Build it with {@link #relative}, {@link #logLossLevel} or,
 * for a fixed number of steps (spec 000 E-CR), {@link #stepCap}.
 */
public record StopRule(double relativeTolerance, double logLossLevel, long maxSteps, double divergenceFactor) {

    public StopRule {
        if (!Double.isNaN(relativeTolerance) && !Double.isNaN(logLossLevel)) {
            throw new IllegalArgumentException("give at most one target: a relative tolerance or a log-loss level");
        }
        if (!Double.isNaN(relativeTolerance) && !(relativeTolerance > 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException("relative tolerance must lie in (0, 1), got " + relativeTolerance);
        }
        if (!Double.isNaN(logLossLevel) && Double.isInfinite(logLossLevel)) {
            throw new IllegalArgumentException("log-loss level must be finite, got " + logLossLevel);
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("step cap must be positive, got " + maxSteps);
        }
        if (!(divergenceFactor > 1)) {
            throw new IllegalArgumentException("divergence factor must exceed 1, got " + divergenceFactor);
        }
    }

    /** Stop when L ≤ relativeTolerance · L(0). */
    public static StopRule relative(double relativeTolerance, long maxSteps, double divergenceFactor) {
        return new StopRule(relativeTolerance, Double.NaN, maxSteps, divergenceFactor);
    }

    /** Stop when ln L ≤ level (e.g. −300 for L = e^−300). */
    public static StopRule logLossLevel(double level, long maxSteps, double divergenceFactor) {
        return new StopRule(Double.NaN, level, maxSteps, divergenceFactor);
    }

    /** Train exactly {@code maxSteps} steps unless the loss diverges. */
    public static StopRule stepCap(long maxSteps, double divergenceFactor) {
        return new StopRule(Double.NaN, Double.NaN, maxSteps, divergenceFactor);
    }

    /** The reason to stop after observing ln L at {@code step}, or null to go on. */
    StopReason check(long step, double logLoss, double initialLogLoss) {
        if (Double.isNaN(logLoss) || logLoss == Double.POSITIVE_INFINITY
                || logLoss - initialLogLoss > Math.log(divergenceFactor)) {
            return StopReason.DIVERGED;
        }
        if (reachedTarget(logLoss, initialLogLoss)) {
            return StopReason.CONVERGED;
        }
        if (step >= maxSteps) {
            return StopReason.STEP_CAP;
        }
        return null;
    }

    private boolean reachedTarget(double logLoss, double initialLogLoss) {
        if (!Double.isNaN(logLossLevel)) {
            return logLoss <= logLossLevel;
        }
        return !Double.isNaN(relativeTolerance) && logLoss <= initialLogLoss + Math.log(relativeTolerance);
    }
}
