package org.normbench.engine.loss;

import ai.djl.ndarray.NDArray;

/**
 * What spec 000's experiments minimize (§2.4, authors' code after Lyu &amp; Li 2020): the logistic loss while the
 * smallest margin is at most {@code switchMargin} (30), the exponential loss once every margin exceeds it.
 * Above the switch the two differ by a factor 1 − O(e^−30), so the switch changes nothing measurable but the
 * theory's loss is then the one trained.
 */
public final class LogisticThenExponentialLoss implements MarginLoss {

    public static final String NAME = "logistic-then-exponential";

    private final double switchMargin;
    private final MarginLoss logistic = new LogisticLoss();
    private final MarginLoss exponential = new ExponentialLoss();

    public LogisticThenExponentialLoss(double switchMargin) {
        if (!Double.isFinite(switchMargin)) {
            throw new IllegalArgumentException("switch margin must be finite, got " + switchMargin);
        }
        this.switchMargin = switchMargin;
    }

    @Override
    public NDArray logLoss(NDArray margins) {
        boolean separatedEnough = margins.min().getDouble() > switchMargin;
        return (separatedEnough ? exponential : logistic).logLoss(margins);
    }
}
