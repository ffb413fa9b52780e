package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.SphereRandomData;
import org.normbench.engine.model.TwoLayerReluNetwork;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.scheme.WeightNormalization;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.GradientDescent;
import org.normbench.engine.train.RegressionObjective;
import org.normbench.engine.train.StopRule;

/**
 * The engine's weight-normalized training against an independent implementation: plain Java, no autograd,
 * with the hand-derived gradients of spec 002 §2.3, from the same initial parameters.
 */
class WeightNormReferenceTest {

    private static final int N = 50;
    private static final int D = 50;
    private static final int M = 1000;
    private static final double ETA = 0.25;
    private static final int STEPS = 100;

    @Test
    void lossAfterOneHundredStepsMatchesHandDerivedGradientDescent() {
        Dataset data = SphereRandomData.generate(N, D, 1);
        try (NDManager manager = NDManager.newBaseManager()) {
            TwoLayerReluNetwork network = TwoLayerReluNetwork.initialize(manager, new WeightNormalization(1), M, D, 3);
            double[][] v = rows(network.parameters().get(0).toDoubleArray(), D);
            double[] g = network.parameters().get(1).toDoubleArray();
            double[] c = network.outputWeights();
            List<Double> engineLoss = new ArrayList<>();
            new TrainingLoop(manager.getEngine()).train(new RegressionObjective(manager, network, data),
                    new GradientDescent(ETA), StopRule.relative(1e-300, STEPS, 1e6), List.of(new LossProbe(1)),
                    (series, step, value) -> engineLoss.add(value), () -> false);

            double referenceLoss = Double.NaN;
            for (int step = 0; step <= STEPS; step++) {
                referenceLoss = referenceStep(data, v, g, c, step < STEPS);
                double relative = Math.abs(engineLoss.get(step) - referenceLoss) / referenceLoss;
                assertTrue(relative <= 1e-9, "step " + step + ": engine " + engineLoss.get(step) + ", reference "
                        + referenceLoss);
            }
            assertTrue(referenceLoss < 1e-3 * engineLoss.get(0), "the comparison covers real progress");
        }
    }

    /** GD on WN adds only orthogonal steps to v: ‖v(s+1)‖² = ‖v(s)‖² + η²‖∇_v L‖² per neuron. */
    @Test
    void gradientDescentGrowsTheNormOfV() {
        Dataset data = SphereRandomData.generate(N, D, 2);
        try (NDManager manager = NDManager.newBaseManager()) {
            TwoLayerReluNetwork network = TwoLayerReluNetwork.initialize(manager, new WeightNormalization(1), 200, D, 4);
            RegressionObjective objective = new RegressionObjective(manager, network, data);
            NDArray v = network.parameters().get(0);
            double[] before = v.square().sum(new int[] {1}).toDoubleArray();
            NDArray logLoss;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                logLoss = objective.logLoss();
                collector.backward(logLoss);
            }
            JniUtils.setGradMode(false);
            // autograd gives ∇ ln L; ∇L = L ∇ ln L
            double loss = Math.exp(logLoss.getDouble());
            double[] gradientNorm2 = v.getGradient().mul(loss).square().sum(new int[] {1}).toDoubleArray();
            new GradientDescent(ETA).step(network.parameters(), logLoss.getDouble(), objective);
            double[] after = v.square().sum(new int[] {1}).toDoubleArray();
            for (int k = 0; k < before.length; k++) {
                double expected = before[k] + ETA * ETA * gradientNorm2[k];
                assertEquals(expected, after[k], 1e-12 * expected, "neuron " + k);
            }
        }
    }

    /** Returns L at (v, g); when {@code update}, applies one GD step in place with spec 002's gradients. */
    private static double referenceStep(Dataset data, double[][] v, double[] g, double[] c, boolean update) {
        double scale = 1 / Math.sqrt(M);
        double[] norms = new double[M];
        double[][] projections = new double[N][M]; // u_k · x_i
        double[] residual = new double[N];
        double loss = 0;
        for (int k = 0; k < M; k++) {
            norms[k] = Math.sqrt(dot(v[k], v[k]));
        }
        for (int i = 0; i < N; i++) {
            double f = 0;
            for (int k = 0; k < M; k++) {
                projections[i][k] = dot(v[k], data.x()[i]) / norms[k];
                f += c[k] * Math.max(0, g[k] * projections[i][k]);
            }
            residual[i] = f * scale - data.y()[i];
            loss += 0.5 * residual[i] * residual[i];
        }
        if (update) {
            for (int k = 0; k < M; k++) {
                double[] gradV = new double[D];
                double gradG = 0;
                for (int i = 0; i < N; i++) {
                    if (g[k] * projections[i][k] <= 0) {
                        continue; // 1{w_k·x_i > 0}
                    }
                    double common = residual[i] * scale * c[k];
                    gradG += common * projections[i][k]; // ∂f_i/∂g_k = c_k σ'(·) u_k·x_i / √m
                    for (int j = 0; j < D; j++) { // ∂f_i/∂v_k = c_k (g_k/‖v_k‖) x_i^{v_k⊥} / √m
                        double orthogonal = data.x()[i][j] - projections[i][k] * v[k][j] / norms[k];
                        gradV[j] += common * g[k] / norms[k] * orthogonal;
                    }
                }
                for (int j = 0; j < D; j++) {
                    v[k][j] -= ETA * gradV[j];
                }
                g[k] -= ETA * gradG;
            }
        }
        return loss;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static double[][] rows(double[] flat, int columns) {
        double[][] rows = new double[flat.length / columns][columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(flat, r * columns, rows[r], 0, columns);
        }
        return rows;
    }
}
