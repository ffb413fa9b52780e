package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.TeacherData;
import org.normbench.engine.loss.ExponentialLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;
import org.normbench.engine.model.LayerInitialization;
import org.normbench.engine.scheme.CoefficientNormalization;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.scheme.Schemes;
import org.normbench.engine.scheme.Unnormalized;
import org.normbench.engine.task.FixedRhoTask;
import org.normbench.engine.task.RhoGrowthTask;
import org.normbench.engine.train.MarginObjective;
import org.normbench.engine.train.ProjectedGradientDescent;

/**
 * Spec 003 E2b: the teacher data's shape, and GD on a bias-free 2-layer ReLU net — separated early, ργ_min growing
 * like log t (slope ≥ 1, spec 003 §2.6), layers balanced to O(η) (eq. 63) and γ_min never decreasing after
 * separation (Lemma 8).
 */
class RhoGrowthTest {

    @Test
    void teacherDataAreSeparatedPointsWithABiasCoordinate() {
        TeacherData.Split split = TeacherData.draw(200, 2000, 10, 8, 0.8, new Random(1));
        assertEquals(200, split.train().size());
        assertEquals(2000, split.test().size());
        int positive = 0;
        for (Dataset data : List.of(split.train(), split.test())) {
            for (int n = 0; n < data.size(); n++) {
                assertEquals(1, data.x()[n][9], 0, "the last coordinate is the bias input");
                assertTrue(data.y()[n] == 1 || data.y()[n] == -1);
                positive += data.y()[n] > 0 ? 1 : 0;
            }
        }
        assertTrue(positive > 800 && positive < 1400, "median-centred labels are balanced: " + positive);
    }

    /** Spec 003 E3's per-layer WN (one g per layer) and coefficient normalization (one r, ‖V_k‖_F = 1). */
    @ParameterizedTest
    @ValueSource(strings = {"swn", "proj"})
    void perLayerNormalizationsStartAtW0HaveExactGradientsAndStayOnTheSphere(String name) {
        TeacherData.Split data = TeacherData.draw(8, 2, 4, 3, 0.8, new Random(2));
        Random random = new Random(5);
        double[][] first = LayerInitialization.kaimingNormal(3, 4, 1, random);
        double[][] second = LayerInitialization.kaimingNormal(1, 3, 1, random);
        NormalizationScheme scheme = Schemes.create(name, Map.of());
        try (NDManager manager = NDManager.newBaseManager()) {
            List<DenseLayer> layers = List.of(DenseLayer.trainedPerLayer(manager, scheme, first),
                    DenseLayer.trainedPerLayer(manager, scheme, second));
            assertArrayEquals(Arrays.stream(first).flatMapToDouble(Arrays::stream).toArray(),
                    layers.get(0).weights().toDoubleArray(), 1e-15, "W(0) is the given matrix");
            assertArrayEquals(new long[] {3, 4}, layers.get(0).weights().getShape().getShape());
            FeedForwardNetwork network = new FeedForwardNetwork(layers, Activation.RELU);
            MarginObjective objective = new MarginObjective(manager, network, data.train(), new ExponentialLoss());
            double logLoss = GradientCheck.differentiate(objective::logLoss);
            double worst = GradientCheck.worstRelativeError(network.parameters(),
                    () -> objective.logLoss().getDouble());
            assertTrue(worst < 1e-6, name + ": worst relative gradient error " + worst);
            if (scheme instanceof CoefficientNormalization) {
                new ProjectedGradientDescent(0.1, layers.stream().map(DenseLayer::parameters).toList())
                        .step(network.parameters(), logLoss, objective);
                for (DenseLayer layer : layers) {
                    assertEquals(1, layer.parameters().get(0).norm().getDouble(), 1e-14, "‖V_k‖_F = 1");
                }
            }
        }
    }

    @Test
    void gradientDescentGrowsRhoLikeLogTimeWithBalancedLayers() {
        TeacherData.Split data = TeacherData.draw(200, 2000, 10, 8, 0.8, new Random(1));
        Random random = new Random(12);
        List<double[][]> layers = new ArrayList<>(List.of(LayerInitialization.kaimingNormal(32, 10, 0.5, random),
                LayerInitialization.kaimingNormal(1, 32, 0.5, random)));
        try (NDManager manager = NDManager.newBaseManager()) {
            long started = System.nanoTime();
            Map<String, Double> s = new RhoGrowthTask(new RhoGrowthTask.Config(data, layers, new Unnormalized(), false, 2e-3,
                    20_000, 10, 1000))
                    .run(manager, (series, step, value) -> { }, () -> false).probeSummaries();
            System.out.printf("spec 003 E2b, K = 2, η = 2e-3, 2·10⁴ steps (%.0f µs/step): %s%n",
                    (System.nanoTime() - started) / 1e3 / 20_000, s);
            assertTrue(s.get("separation_step") < 1000, "separates early (pilot: step 77)");
            assertEquals(0, s.get("margin_violations"), "Lemma 8");
            assertTrue(s.get("balance_error") < 1e-2, "eq. 63 to O(η): " + s.get("balance_error"));
            assertTrue(s.get("rho_margin_slope") > 1 && s.get("rho_margin_slope") < 1.5,
                    "ργ grows like log t, slightly faster: " + s.get("rho_margin_slope"));
            assertTrue(s.get("test_error") < 0.15, "it generalizes: " + s.get("test_error"));
        }
    }

    /**
     * Spec 003 E4 (Thm 5): after a GD warm start, the directions trained at fixed ρ reach a normalized margin that
     * grows with ρ (pilot, 4000 steps: −0.647, 0.038, 0.0765 at ρ = 1, 16, 64) and separate the data at large ρ.
     */
    @Test
    void atFixedRhoTheMarginGrowsWithRho() {
        TeacherData.Split data = TeacherData.draw(200, 2000, 10, 8, 0.8, new Random(1));
        double[] margins = new double[3];
        double[] rhos = {1, 16, 64};
        for (int i = 0; i < rhos.length; i++) {
            Random random = new Random(12);
            List<double[][]> layers = List.of(LayerInitialization.kaimingNormal(32, 10, 0.5, random),
                    LayerInitialization.kaimingNormal(1, 32, 0.5, random));
            try (NDManager manager = NDManager.newBaseManager()) {
                Map<String, Double> s = new FixedRhoTask(new FixedRhoTask.Config(data, layers, 2e-3, 2000, rhos[i],
                        0.05, 4000, 1000)).run(manager, (series, step, value) -> { }, () -> false).probeSummaries();
                System.out.printf("spec 003 E4, ρ = %.0f: %s%n", rhos[i], s);
                margins[i] = s.get("layer_normalized_margin");
                if (rhos[i] == 64) {
                    assertEquals(0, s.get("train_error"), "separated at ρ = 64");
                }
                if (rhos[i] == 1) {
                    assertTrue(s.get("train_error") > 0, "at ρ = 1 the minimizer favours the average margin");
                }
            }
        }
        assertTrue(margins[0] < margins[1] && margins[1] < margins[2], "γ_min grows with ρ: "
                + Arrays.toString(margins));
    }
}
