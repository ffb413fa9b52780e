package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.LossAdaptiveStep;
import org.normbench.engine.train.Objective;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingResult;

/** The accept/undo backtracking of spec 000 §2.5 on L(θ) = ‖θ‖², where a GD step scales θ by 1 − 2η. */
class LossAdaptiveStepTest {

    private static final double[] START = {0.1, 0.7};

    /** k = 3 and 1.5 overshoot (|1 − 2k| ≥ 2) and are undone; k = 0.75 halves θ; then k grows (0.75 &lt; cap). */
    @Test
    void rejectedStepsAreUndoneAndTheFirstDescentIsKept() {
        try (NDManager manager = NDManager.newBaseManager()) {
            SquaredNorm objective = new SquaredNorm(manager);
            LossAdaptiveStep step = new LossAdaptiveStep(new LossAdaptiveStep.Settings(3, 0, 1, 2));
            double logLoss = backward(objective);
            assertEquals(0.75, step.step(objective.parameters(), logLoss, objective));
            assertEquals(1.5, step.k());
            double[] expected = {START[0] * (1 - 2 * 0.75), START[1] * (1 - 2 * 0.75)};
            assertArrayEquals(expected, objective.theta.toDoubleArray(), 1e-15);
        }
    }

    /** η = k/L_ref^c with L_ref the loss at the previous step's point (1 at the first step). */
    @Test
    void theStepScalesWithThePreviousLoss() {
        try (NDManager manager = NDManager.newBaseManager()) {
            SquaredNorm objective = new SquaredNorm(manager);
            LossAdaptiveStep step = new LossAdaptiveStep(new LossAdaptiveStep.Settings(0.01, 0.5, 0.01, 1.1));
            double first = backward(objective);
            assertEquals(0.01, step.step(objective.parameters(), first, objective), 1e-17);
            objective.theta.getGradient().subi(objective.theta.getGradient());
            double second = backward(objective);
            assertEquals(0.01 / Math.sqrt(Math.exp(first)), step.step(objective.parameters(), second, objective),
                    1e-15);
        }
    }

    /**
     * Below ln L ≈ −745, L underflows to 0 and η = k/L_ref to ∞; their product k·L/L_ref does not. On ln L = θ² − 900
     * with c = 1 the second step is θ ← θ − k·e^{ln L − ln L_ref}·2θ, ≈ θ(1 − 2k) here.
     */
    @Test
    void stepsBelowTheFloatRangeOfTheLossStillMove() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray theta = requiringGradient(manager.create(new double[] {0.5}));
            Objective deep = new Objective() {
                @Override
                public NDList parameters() {
                    return new NDList(theta);
                }

                @Override
                public NDArray logLoss() {
                    return theta.square().sum().sub(900);
                }
            };
            LossAdaptiveStep step = new LossAdaptiveStep(new LossAdaptiveStep.Settings(0.1, 1, 0.1, 1.1));
            double first = backward(deep);
            step.step(deep.parameters(), first, deep);
            assertEquals(0.5, theta.getDouble(0), 1e-300, "e^−900 times the gradient moves nothing");
            theta.getGradient().subi(theta.getGradient());
            double second = backward(deep);
            assertEquals(Math.log(0.1) + 900 - 0.25, step.logProposedStep(), 1e-12);
            step.step(deep.parameters(), second, deep);
            assertEquals(0.5 * (1 - 2 * 0.1), theta.getDouble(0), 1e-15);
        }
    }

    /**
     * ln L = 1 + √θ at θ = 0 has an infinite gradient: every trial point is −∞ with a NaN loss, k shrinks to 0,
     * and the run ends as STALLED after its first point instead of looping or reporting a NaN loss.
     */
    @Test
    void aRunWhoseStepShrinksToZeroStalls() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Objective flat = new Objective() {
                private final NDArray theta = requiringGradient(manager.create(new double[] {0}));

                @Override
                public NDList parameters() {
                    return new NDList(theta);
                }

                @Override
                public NDArray logLoss() {
                    return theta.sqrt().add(1).sum();
                }
            };
            TrainingResult result = new TrainingLoop(Engine.getInstance()).train(flat,
                    new LossAdaptiveStep(new LossAdaptiveStep.Settings(1, 0, 1, 1e10)),
                    StopRule.logLossLevel(-10, 100, 1e6), List.of(), (series, s, value) -> { }, () -> false);
            assertEquals(StopReason.STALLED, result.reason());
            assertEquals(1, result.steps());
            assertEquals(1.0, result.finalLogLoss());
        }
    }

    private static NDArray requiringGradient(NDArray array) {
        array.setRequiresGradient(true);
        return array;
    }

    private static double backward(Objective objective) {
        NDArray logLoss;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            logLoss = objective.logLoss();
            collector.backward(logLoss);
        }
        JniUtils.setGradMode(false);
        return logLoss.getDouble();
    }

    /** ln L = ln ‖θ‖². */
    private static final class SquaredNorm implements Objective {

        final NDArray theta;

        SquaredNorm(NDManager manager) {
            theta = requiringGradient(manager.create(START));
        }

        @Override
        public NDList parameters() {
            return new NDList(theta);
        }

        @Override
        public NDArray logLoss() {
            return theta.square().sum().log();
        }
    }
}
