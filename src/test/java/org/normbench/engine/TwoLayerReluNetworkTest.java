package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.SphereRandomData;
import org.normbench.engine.model.TwoLayerReluNetwork;
import org.normbench.engine.scheme.ExponentialWeightNormalization;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.scheme.Unnormalized;
import org.normbench.engine.scheme.WeightNormalization;
import org.normbench.engine.train.RegressionObjective;

/** Spec 002 §2: paired initialization and autograd gradients checked against finite differences. */
class TwoLayerReluNetworkTest {

    private static final int N = 12;
    private static final int D = 6;
    private static final int M = 20;

    @Test
    void everySchemeStartsFromTheSameFunction() {
        Dataset data = SphereRandomData.generate(N, D, 3);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(data.x());
            double[] reference = TwoLayerReluNetwork.initialize(manager, new Unnormalized(), M, D, 7).forward(x)
                    .toDoubleArray();
            List<NormalizationScheme> schemes = List.of(new WeightNormalization(0.1), new WeightNormalization(1),
                    new WeightNormalization(10), new ExponentialWeightNormalization());
            for (NormalizationScheme scheme : schemes) {
                double[] outputs = TwoLayerReluNetwork.initialize(manager, scheme, M, D, 7).forward(x).toDoubleArray();
                for (int i = 0; i < N; i++) {
                    assertEquals(reference[i], outputs[i], 1e-13, scheme.name() + ", output " + i);
                }
            }
        }
    }

    @Test
    void sphereRandomInputsHaveUnitNormAndTargetsLieInRange() {
        Dataset data = SphereRandomData.generate(50, 50, 1);
        for (int i = 0; i < data.size(); i++) {
            double norm2 = 0;
            for (double v : data.x()[i]) {
                norm2 += v * v;
            }
            assertEquals(1.0, norm2, 1e-12);
            assertTrue(data.y()[i] >= -1 && data.y()[i] <= 1);
        }
    }

    @Test
    void unnormalizedGradientMatchesFiniteDifferences() {
        checkGradients(new Unnormalized());
    }

    @Test
    void exponentialWeightNormGradientMatchesFiniteDifferences() {
        checkGradients(new ExponentialWeightNormalization());
    }

    @Test
    void weightNormGradientMatchesFiniteDifferences() {
        checkGradients(new WeightNormalization(0.5));
        checkGradients(new WeightNormalization(3));
    }

    /** Central differences of ln L in float64 on every trainable coordinate. */
    private static void checkGradients(NormalizationScheme scheme) {
        Dataset data = SphereRandomData.generate(N, D, 11);
        try (NDManager manager = NDManager.newBaseManager()) {
            TwoLayerReluNetwork network = TwoLayerReluNetwork.initialize(manager, scheme, M, D, 5);
            RegressionObjective objective = new RegressionObjective(manager, network, data);
            NDList parameters = objective.parameters();
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(objective.logLoss());
            }
            JniUtils.setGradMode(false);
            double h = 1e-6;
            double worst = 0;
            for (NDArray parameter : parameters) {
                double[] analytic = parameter.getGradient().toDoubleArray();
                double[] values = parameter.toDoubleArray();
                for (int i = 0; i < values.length; i++) {
                    double plus = lossWith(objective, parameter, values, i, values[i] + h);
                    double minus = lossWith(objective, parameter, values, i, values[i] - h);
                    parameter.set(manager.create(values).reshape(parameter.getShape()).toDoubleArray());
                    double numeric = (plus - minus) / (2 * h);
                    worst = Math.max(worst, Math.abs(numeric - analytic[i]) / Math.max(1e-3, Math.abs(analytic[i])));
                }
            }
            assertTrue(worst < 1e-6, scheme.name() + ": worst relative gradient error " + worst);
        }
    }

    private static double lossWith(RegressionObjective objective, NDArray parameter, double[] values, int index,
            double value) {
        double[] moved = values.clone();
        moved[index] = value;
        parameter.set(moved);
        return objective.logLoss().getDouble();
    }

}
