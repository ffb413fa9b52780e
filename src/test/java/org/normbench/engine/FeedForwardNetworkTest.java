package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.XorData;
import org.normbench.engine.loss.LogisticThenExponentialLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;
import org.normbench.engine.model.LayerInitialization;
import org.normbench.engine.scheme.Schemes;
import org.normbench.engine.train.MarginObjective;

/**
 * Spec 000's toy networks under every scheme: autograd's ∇ ln L against central differences (float64), paired
 * initialization (every scheme computes the same function at W(0)), and the effective-weight gradient each
 * scheme recovers from its tensors' gradients against the unnormalized net's.
 */
class FeedForwardNetworkTest {

    private static final Dataset LIN_SEP_LIKE = new Dataset(
            new double[][] {{1, 1}, {1.3, 1.7}, {-1, 1}, {-1.6, -1.2}}, new double[] {-1, -1, 1, 1});

    /** XOR: 2 → 20 → 1 ReLU, output fixed ±1, hidden layer normalized. */
    @ParameterizedTest
    @ValueSource(strings = {"none", "swn", "ewn"})
    void xorNetworkGradientsMatchFiniteDifferences(String scheme) {
        Random random = new Random(3);
        check(scheme, XorData.points(), Activation.RELU,
                List.of(LayerInitialization.pytorchDefault(20, 2, random), LayerInitialization.halfPlusHalfMinus(20)),
                List.of(true, false));
    }

    /** Lin-Sep: 2 → 8 → 1 ReLU², both layers normalized (9 neurons). */
    @ParameterizedTest
    @ValueSource(strings = {"none", "swn", "ewn"})
    void linSepNetworkGradientsMatchFiniteDifferences(String scheme) {
        Random random = new Random(4);
        check(scheme, LIN_SEP_LIKE, Activation.RELU_SQUARED,
                List.of(LayerInitialization.pytorchDefault(8, 2, random), LayerInitialization.pytorchDefault(1, 8,
                        random)), List.of(true, true));
    }

    private static void check(String scheme, Dataset data, Activation activation, List<double[][]> weights,
            List<Boolean> trained) {
        try (NDManager manager = NDManager.newBaseManager()) {
            FeedForwardNetwork network = network(manager, scheme, activation, weights, trained);
            FeedForwardNetwork reference = network(manager, "none", activation, weights, trained);
            MarginObjective objective = new MarginObjective(manager, network, data, new LogisticThenExponentialLoss(30));
            MarginObjective referenceObjective = new MarginObjective(manager, reference, data,
                    new LogisticThenExponentialLoss(30));
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(objective.logLoss());
                collector.backward(referenceObjective.logLoss());
            }
            assertEquals(referenceObjective.logLoss().getDouble(), objective.logLoss().getDouble(), 1e-14,
                    "paired initialization");
            JniUtils.setGradMode(false);
            // the scheme's ∇_W, recovered from its tensors' gradients, is the unnormalized net's gradient at W
            for (int l = 0; l < weights.size(); l++) {
                if (trained.get(l)) {
                    double[] expected = reference.layer(l).effectiveGradient().toDoubleArray();
                    double[] actual = network.layer(l).effectiveGradient().toDoubleArray();
                    for (int i = 0; i < expected.length; i++) {
                        assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])),
                                scheme + " layer " + l + " ∇_W[" + i + "]");
                    }
                }
            }
            double worst = GradientCheck.worstRelativeError(network.parameters(),
                    () -> objective.logLoss().getDouble());
            assertTrue(worst < 1e-6, scheme + ": worst relative gradient error " + worst);
        }
    }

    private static FeedForwardNetwork network(NDManager manager, String scheme, Activation activation,
            List<double[][]> weights, List<Boolean> trained) {
        List<DenseLayer> layers = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            layers.add(trained.get(i) ? DenseLayer.trained(manager, Schemes.create(scheme, Map.of()), weights.get(i))
                    : DenseLayer.fixed(manager, weights.get(i)));
        }
        return new FeedForwardNetwork(layers, activation);
    }
}
