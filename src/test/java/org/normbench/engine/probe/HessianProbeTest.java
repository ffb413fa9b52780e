package org.normbench.engine.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.engine.train.Gradients;
import org.normbench.engine.train.Objective;

/** The Hessian probe on a loss whose Hessian is known: L(θ) = ½ θᵀAθ + 1 has ∇²L = A everywhere. */
class HessianProbeTest {

    @Test
    void measuresTheSpectrumOfAKnownHessianAndLeavesTheGradientAsItWas() {
        try (NDManager manager = NDManager.newBaseManager()) {
            JniUtils.setGradMode(false);
            // A = [[2, 1, 0], [1, 2, 0], [0, 0, 0]]: eigenvalues 0, 1, 3
            NDArray a = manager.create(new double[][] {{2, 1, 0}, {1, 2, 0}, {0, 0, 0}});
            NDArray theta = manager.create(new double[] {0.3, -0.7, 1.1});
            theta.setRequiresGradient(true);
            Objective quadratic = new Objective() {
                @Override
                public NDList parameters() {
                    return new NDList(theta);
                }

                @Override
                public NDArray logLoss() {
                    NDArray column = theta.reshape(3, 1);
                    return column.transpose().matMul(a).matMul(column).mul(manager.create(0.5))
                            .add(manager.create(1.0)).log().reshape(new Shape());
                }
            };
            double logLoss = Gradients.differentiate(quadratic);
            double[] gradient = theta.getGradient().toDoubleArray();
            HessianProbe probe = new HessianProbe(quadratic, () -> 2, 10, 1000);
            Map<String, Double> points = new HashMap<>();
            MetricSink sink = (series, step, value) -> points.put(series + "@" + step, value);
            probe.onStep(99, logLoss, sink);
            assertTrue(points.isEmpty(), "the first evaluation is at step 100");
            probe.onStep(100, logLoss, sink);
            assertEquals(3, points.get("hessian_max@100"), 1e-8);
            assertEquals(0, points.get("hessian_min@100"), 1e-8);
            assertEquals(1, points.get("hessian_zero_count@100"), "the null direction of A");
            assertEquals(3 / (Math.exp(logLoss) * 4), points.get("hessian_scale_ratio@100"), 1e-8);
            assertArrayEquals(gradient, theta.getGradient().toDoubleArray(), 1e-15, "∇ln L restored");
            assertArrayEquals(new double[] {0.3, -0.7, 1.1}, theta.toDoubleArray(), 0, "θ restored");
            probe.onStep(101, logLoss, sink);
            assertEquals(4, points.size(), "next at step 1000");
            Map<String, Double> summary = probe.onFinish(101, logLoss, sink);
            assertEquals(1, summary.get("hessian_max_decay"), 1e-12);
        }
    }

    @Test
    void networksAboveTheSizeLimitAreNotMeasured() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray theta = manager.create(new double[] {1, 2, 3});
            theta.setRequiresGradient(true);
            Objective objective = new Objective() {
                @Override
                public NDList parameters() {
                    return new NDList(theta);
                }

                @Override
                public NDArray logLoss() {
                    return theta.mul(theta).sum().log();
                }
            };
            HessianProbe probe = new HessianProbe(objective, () -> 1, 2, 1000);
            Map<String, Double> points = new HashMap<>();
            probe.onStep(100, 1, (series, step, value) -> points.put(series, value));
            assertTrue(points.isEmpty());
            assertTrue(probe.onFinish(100, 1, (series, step, value) -> { }).isEmpty(), "not applicable: no summary");
        }
    }
}
