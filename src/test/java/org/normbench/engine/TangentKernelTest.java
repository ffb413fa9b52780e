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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.SphereRandomData;
import org.normbench.engine.kernel.TangentKernel;
import org.normbench.engine.kernel.TangentKernelProbe;
import org.normbench.engine.model.TwoLayerReluNetwork;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.scheme.ExponentialWeightNormalization;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.scheme.Unnormalized;
import org.normbench.engine.scheme.WeightNormalization;
import org.normbench.engine.task.TwoLayerRegressionTask;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingResult;

/** The closed-form tangent kernel (plain and by tensor products) against autograd's J Jᵀ, spec 002's identities, and its probe. */
class TangentKernelTest {

    private static final int N = 6;
    private static final int D = 4;
    private static final int M = 9;

    @Test
    void closedFormEqualsAutogradJacobianProducts() {
        for (NormalizationScheme scheme : List.of(new Unnormalized(), new WeightNormalization(0.5),
                new WeightNormalization(3), new ExponentialWeightNormalization())) {
            Dataset data = SphereRandomData.generate(N, D, 5);
            try (NDManager manager = NDManager.newBaseManager()) {
                TwoLayerReluNetwork network = TwoLayerReluNetwork.initialize(manager, scheme, M, D, 8);
                double[][] expected = jacobianProduct(manager, network, data);
                double[][] actual = TangentKernel.of(data.x(), network.hiddenWeights(), network.outputWeights(),
                        scheme.metric(network.parameters()));
                NDArray x = manager.create(data.x());
                double[][] byTensors = TangentKernel.of(x, x.matMul(x.transpose()), network.hiddenWeightTensor(),
                        network.outputWeightTensor(), scheme.metric(network.parameters()));
                for (int i = 0; i < N; i++) {
                    for (int j = 0; j < N; j++) {
                        assertEquals(expected[i][j], actual[i][j], 1e-12 * (1 + Math.abs(expected[i][j])),
                                scheme.name() + " [" + i + "][" + j + "]");
                        assertEquals(expected[i][j], byTensors[i][j], 1e-12 * (1 + Math.abs(expected[i][j])),
                                scheme.name() + " by tensor products [" + i + "][" + j + "]");
                    }
                }
            }
        }
    }

    /** Spec 002 Prop. 1 / E1: under paired initialization at α = 1, Λ(0) = V(0) + G(0) = H(0). */
    @Test
    void weightNormAtAlphaOneStartsWithTheUnnormalizedKernel() {
        Dataset data = SphereRandomData.generate(20, 10, 1);
        try (NDManager manager = NDManager.newBaseManager()) {
            TwoLayerReluNetwork plain = TwoLayerReluNetwork.initialize(manager, new Unnormalized(), 300, 10, 2);
            TwoLayerReluNetwork wn = TwoLayerReluNetwork.initialize(manager, new WeightNormalization(1), 300, 10, 2);
            double[][] h = TangentKernel.of(data.x(), plain.hiddenWeights(), plain.outputWeights(),
                    plain.scheme().metric(plain.parameters()));
            double[][] lambda = TangentKernel.of(data.x(), wn.hiddenWeights(), wn.outputWeights(),
                    wn.scheme().metric(wn.parameters()));
            for (int i = 0; i < 20; i++) {
                for (int j = 0; j < 20; j++) {
                    assertEquals(h[i][j], lambda[i][j], 1e-14, "[" + i + "][" + j + "]");
                }
            }
        }
    }

    /** Spec 002 E2/E3: in the lazy regime the kernel barely moves and the tail rate is near ρ_lin. */
    @Test
    void probeReportsAStableKernelAndTheLinearizedRate() {
        Dataset data = SphereRandomData.generate(50, 50, 1);
        try (NDManager manager = NDManager.newBaseManager()) {
            TwoLayerReluNetwork network = TwoLayerReluNetwork.initialize(manager, new WeightNormalization(1), 2000,
                    50, 0);
            TangentKernelProbe probe = new TangentKernelProbe(network, data, 25, 0.25);
            List<Double> minima = new ArrayList<>();
            MetricSink sink = (series, step, value) -> {
                if (series.equals(TangentKernelProbe.MIN_SERIES)) {
                    minima.add(value);
                }
            };
            probe.onStep(0, 1, sink);
            Map<String, Double> summary = probe.onFinish(0, 1, sink);
            assertEquals(1, minima.size());
            assertEquals(1.0, summary.get("kernel_stability"), 0.0);
            double min = summary.get("lambda_min_k0");
            assertEquals(-2 * Math.log(1 - 0.25 * min), summary.get("linearized_rate"), 1e-12,
                    "η ≤ 1/λ_max: ρ_lin = −2 ln(1 − ηλ_min)");
        }
        TwoLayerRegressionTask task = new TwoLayerRegressionTask(new TwoLayerRegressionTask.Config(50, 50, 1, 2000,
                new WeightNormalization(1), 0, TwoLayerRegressionTask.StepSize.fixed(0.25), StopRule.relative(1e-8, 20_000, 1e6), 1, 25));
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingResult result = task.run(manager, (series, step, value) -> { }, () -> false);
            Map<String, Double> s = result.probeSummaries();
            System.out.printf("λmin(K0) %.4f, stability %.4f, ρ_lin %.4f, tail %.4f%n", s.get("lambda_min_k0"),
                    s.get("kernel_stability"), s.get("linearized_rate"), s.get("tail_rate"));
            assertTrue(s.get("kernel_stability") > 0.97, "spec 002 E2: λ_min(K) moves by at most a few % at m ≥ 1000");
            double ratio = s.get("tail_rate") / s.get("linearized_rate");
            assertTrue(ratio >= 0.9 && ratio <= 1.2, "spec 002 §4.1: tail/linearized in [0.9, 1.2], got " + ratio);
        }
    }

    /** Row i of J is the gradient of f_i with respect to every trainable tensor. */
    private static double[][] jacobianProduct(NDManager manager, TwoLayerReluNetwork network, Dataset data) {
        NDArray x = manager.create(data.x());
        double[][] rows = new double[N][];
        for (int i = 0; i < N; i++) {
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(network.forward(x).get(i));
            }
            JniUtils.setGradMode(false);
            List<Double> row = new ArrayList<>();
            for (NDArray parameter : network.parameters()) {
                NDArray gradient = parameter.getGradient();
                for (double value : gradient.toDoubleArray()) {
                    row.add(value);
                }
                gradient.subi(gradient);
            }
            rows[i] = row.stream().mapToDouble(Double::doubleValue).toArray();
        }
        double[][] product = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                for (int k = 0; k < rows[i].length; k++) {
                    product[i][j] += rows[i][k] * rows[j][k];
                }
            }
        }
        return product;
    }
}
