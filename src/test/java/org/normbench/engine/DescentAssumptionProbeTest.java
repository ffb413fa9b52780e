package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.LinSepData;
import org.normbench.engine.loss.LogisticThenExponentialLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;
import org.normbench.engine.model.LayerInitialization;
import org.normbench.engine.probe.DescentAssumptionProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.scheme.Schemes;
import org.normbench.engine.train.MarginObjective;

/**
 * Spec 000 M7 on an EWN Lin-Sep network (2 → 8 → 1 ReLU², both layers trained): B3 and the unit gradient against
 * central differences of ln L over the effective weights, taken on an unnormalized copy of the same function.
 */
class DescentAssumptionProbeTest {

    private static final double LOG_STEP = Math.log(0.3);
    private static final int EVERY = 5;

    @Test
    void b3AndTheUnitGradientMatchCentralDifferences() {
        Random random = new Random(11);
        Dataset data = LinSepData.generate(random);
        List<double[][]> initial = List.of(LayerInitialization.pytorchDefault(8, 2, random),
                LayerInitialization.pytorchDefault(1, 8, random));
        Map<String, List<Double>> points = new HashMap<>();
        MetricSink sink = (series, step, value) -> points.computeIfAbsent(series, s -> new ArrayList<>()).add(value);
        try (NDManager manager = NDManager.newBaseManager()) {
            FeedForwardNetwork network = network(manager, "ewn", initial);
            MarginObjective objective = new MarginObjective(manager, network, data, new LogisticThenExponentialLoss(30));
            DescentAssumptionProbe probe = new DescentAssumptionProbe(network, () -> LOG_STEP, EVERY);

            double firstLogLoss = GradientCheck.differentiate(objective::logLoss);
            Reference first = reference(manager, data, network);
            probe.onStep(0, firstLogLoss, sink);
            probe.onStep(1, firstLogLoss, sink);
            assertEquals(1, points.get(DescentAssumptionProbe.B3_MAX).size(), "one point at step 0, none at step 1");
            assertEquals(first.b3(firstLogLoss), points.get(DescentAssumptionProbe.B3_MAX).get(0),
                    1e-7 * first.b3(firstLogLoss));
            assertFalse(points.containsKey(DescentAssumptionProbe.UNIT_GRADIENT_CHANGE), "no earlier gradient yet");

            // a plain step on the EWN tensors moves the effective weights and so the gradient's direction
            for (NDArray parameter : network.parameters()) {
                parameter.subi(parameter.getGradient().mul(0.5));
                parameter.getGradient().subi(parameter.getGradient());
            }
            double secondLogLoss = GradientCheck.differentiate(objective::logLoss);
            Reference second = reference(manager, data, network);
            probe.onStep(EVERY, secondLogLoss, sink);
            double change = distance(first.unitGradient(), second.unitGradient());
            assertEquals(change, points.get(DescentAssumptionProbe.UNIT_GRADIENT_CHANGE).get(0), 1e-7);

            Map<String, Double> summary = probe.onFinish(EVERY, secondLogLoss, sink);
            double peak = Math.max(first.b3(firstLogLoss), second.b3(secondLogLoss));
            assertEquals(second.b3(secondLogLoss), summary.get(DescentAssumptionProbe.B3_MAX),
                    1e-7 * second.b3(secondLogLoss));
            assertEquals(second.b3(secondLogLoss) / peak, summary.get(DescentAssumptionProbe.B3_DECAY), 1e-7);
            assertEquals(change, summary.get(DescentAssumptionProbe.UNIT_GRADIENT_CHANGE), 1e-7);
        }
    }

    /** ∇ ln L by central differences on an unnormalized network with {@code network}'s effective weights. */
    private static Reference reference(NDManager manager, Dataset data, FeedForwardNetwork network) {
        List<double[][]> weights = new ArrayList<>();
        for (DenseLayer layer : network.layers()) {
            long[] shape = layer.weights().getShape().getShape();
            double[] flat = layer.weights().toDoubleArray();
            double[][] w = new double[(int) shape[0]][(int) shape[1]];
            for (int r = 0; r < w.length; r++) {
                System.arraycopy(flat, r * w[r].length, w[r], 0, w[r].length);
            }
            weights.add(w);
        }
        FeedForwardNetwork plain = network(manager, "none", weights);
        MarginObjective objective = new MarginObjective(manager, plain, data, new LogisticThenExponentialLoss(30));
        List<double[][]> gradients = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            double[] flat = GradientCheck.centralDifferences(plain.layer(l).parameters().get(0),
                    () -> objective.logLoss().getDouble());
            double[][] g = new double[weights.get(l).length][weights.get(l)[0].length];
            for (int r = 0; r < g.length; r++) {
                System.arraycopy(flat, r * g[r].length, g[r], 0, g[r].length);
            }
            gradients.add(g);
        }
        return new Reference(weights, gradients);
    }

    private static FeedForwardNetwork network(NDManager manager, String scheme, List<double[][]> weights) {
        List<DenseLayer> layers = new ArrayList<>();
        for (double[][] w : weights) {
            layers.add(DenseLayer.trained(manager, Schemes.create(scheme, Map.of()), w));
        }
        return new FeedForwardNetwork(layers, Activation.RELU_SQUARED);
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    /** Effective weights and ∇ ln L, layer by layer, neuron by neuron. */
    private record Reference(List<double[][]> weights, List<double[][]> gradients) {

        /** max_u η‖w_u‖‖∇_u L‖ = e^{ln η + ln L} max_u ‖w_u‖‖∇_u ln L‖. */
        double b3(double logLoss) {
            double largest = 0;
            for (int l = 0; l < weights.size(); l++) {
                for (int u = 0; u < weights.get(l).length; u++) {
                    largest = Math.max(largest, Vectors.norm(weights.get(l)[u]) * Vectors.norm(gradients.get(l)[u]));
                }
            }
            return Math.exp(LOG_STEP + logLoss) * largest;
        }

        double[] unitGradient() {
            double[] all = gradients.stream().flatMap(Arrays::stream).flatMapToDouble(Arrays::stream).toArray();
            double norm = Vectors.norm(all);
            for (int i = 0; i < all.length; i++) {
                all[i] /= norm;
            }
            return all;
        }
    }
}
