package org.normbench.engine.train;

/** Why a training loop ended. */
public enum StopReason {
    /** The loss reached the stop rule's threshold. */
    CONVERGED,
    /** The step cap was reached first. */
    STEP_CAP,
    /** The loss became NaN/infinite or exploded past the divergence guard. */
    DIVERGED,
    /** The optimizer found no step that lowers the loss (an adaptive step size shrank to zero). */
    STALLED,
    /** The caller asked the loop to stop. */
    CANCELLED,
    /** The run's wall-clock limit was reached first (the loop stopped as if cancelled; its results stand). */
    TIME_LIMIT
}
