package org.normbench.engine.train;

/**
 * A step schedule: η₀, divided by {@code dropFactor} every {@code dropEvery} steps (0: constant). Spec 004 S5
 * divides 0.2 by 10 at 4k and 8k steps; the paper's ImageNet recipe by 10 at epochs 30, 60 and 80.
 */
public record LearningRateSchedule(double initial, long dropEvery, double dropFactor) {

    public LearningRateSchedule {
        if (!(initial > 0) || Double.isInfinite(initial)) {
            throw new IllegalArgumentException("learning rate must be a positive finite number, got " + initial);
        }
        if (dropEvery < 0) {
            throw new IllegalArgumentException("drop interval must not be negative, got " + dropEvery);
        }
        if (dropEvery > 0 && (!(dropFactor > 1) || Double.isInfinite(dropFactor))) {
            throw new IllegalArgumentException("drop factor must exceed 1, got " + dropFactor);
        }
    }

    public static LearningRateSchedule constant(double rate) {
        return new LearningRateSchedule(rate, 0, Double.NaN);
    }

    /** η at {@code step}. */
    public double rate(long step) {
        return initial / Math.pow(dropFactor, stage(step));
    }

    /** How many drops have happened by {@code step} (0 in the first stage). */
    public long stage(long step) {
        return dropEvery == 0 ? 0 : step / dropEvery;
    }

    /** The first step of the stage {@code step} is in. */
    public long stageStart(long step) {
        return stage(step) * dropEvery;
    }

    /** Whether η drops at {@code step}, i.e. the step starts a new stage. */
    public boolean dropsAt(long step) {
        return dropEvery > 0 && step > 0 && step % dropEvery == 0;
    }
}
