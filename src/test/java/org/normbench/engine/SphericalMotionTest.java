package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.normbench.engine.data.FashionMnist;
import org.normbench.engine.data.PooledFashionMnist;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.FeatureNormalization;
import org.normbench.engine.model.NormalizedNetwork;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.SphericalMotionProbe;
import org.normbench.engine.task.SphericalMotionTask;
import org.normbench.engine.train.HeavyBallMomentum;
import org.normbench.engine.train.LearningRateSchedule;
import org.normbench.engine.train.Objective;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 004's pieces: the normalized MLP's gradients against central differences, the scale invariance BN and LN
 * give its hidden weights (and the control's lack of it), SGD-momentum with coupled weight decay, drops and
 * rescaling against the recurrence worked by hand, the stable angle, and a short Fashion-MNIST run at λη = 1e-3
 * whose angular update and norm reach the theorems' equilibrium (pilot sweep: ρ_Δ, ρ_N within 2%).
 */
class SphericalMotionTest {

    private static PooledFashionMnist data;

    @BeforeAll
    static void loadData() {
        data = PooledFashionMnist.of(FashionMnist.load(FashionMnist.DEBIAN_DIRECTORY));
    }

    @ParameterizedTest
    @CsvSource({"BATCH, true, false", "LAYER, true, false", "NONE, true, false", "BATCH, false, false",
        "LAYER, false, false", "BATCH, true, true", "LAYER, true, true", "NONE, true, true", "BATCH, false, true"})
    void autogradMatchesCentralDifferences(FeatureNormalization normalization, boolean affine,
            boolean convolutional) {
        try (NDManager manager = NDManager.newBaseManager()) {
            FixedBatch batch = new FixedBatch(manager, normalization, affine, convolutional, 1);
            boolean normalized = normalization != FeatureNormalization.NONE;
            int perLayer = 1 + (affine && normalized ? 1 : 0) + (affine || !normalized ? 1 : 0);
            assertEquals(2 * perLayer + 2, batch.parameters().size(), "W, then γ and β as configured, per hidden"
                    + " layer; then the head's W and b");
            batch.differentiate();
            double worst = GradientCheck.worstRelativeError(batch.parameters(), () -> batch.logLoss().getDouble());
            assertTrue(worst < 1e-6, normalization + ": worst relative gradient error " + worst);
        }
    }

    @ParameterizedTest
    @CsvSource({"BATCH, true, false", "LAYER, true, false", "NONE, true, false", "BATCH, false, false",
        "LAYER, false, false", "BATCH, true, true", "LAYER, true, true", "NONE, true, true", "BATCH, false, true"})
    void normalizationMakesHiddenWeightsScaleInvariantAndOrthogonalToTheirGradient(
            FeatureNormalization normalization, boolean affine, boolean convolutional) {
        try (NDManager manager = NDManager.newBaseManager()) {
            double[] logLoss = new double[2];
            double[] cosine = new double[2];
            for (int i = 0; i < 2; i++) {
                FixedBatch batch = new FixedBatch(manager, normalization, affine, convolutional, i == 0 ? 1 : 3.7);
                logLoss[i] = batch.differentiate();
                NDArray w = batch.model.hiddenWeights().get(0);
                NDArray g = w.getGradient();
                cosine[i] = Math.abs(w.mul(g).sum().getDouble()) / (w.norm().getDouble() * g.norm().getDouble());
            }
            if (normalization == FeatureNormalization.NONE) {
                assertTrue(Math.abs(logLoss[1] - logLoss[0]) > 1e-2, "scaling W₁ changes the unnormalized loss");
                assertTrue(cosine[0] > 1e-2, "no orthogonality without normalization: " + cosine[0]);
            } else {
                // ε = 1e-5 inside the square root breaks invariance slightly (spec 004 §2.1: ~1e-6)
                assertEquals(logLoss[0], logLoss[1], 1e-5, normalization + ": L(3.7 W₁) = L(W₁)");
                assertTrue(cosine[0] < 1e-4 && cosine[1] < 1e-4, normalization + ": |cos(w, g)| = " + cosine[0]);
            }
        }
    }

    /**
     * L = c·w on two tensors, so g = c exactly; three steps of v = αv + g + λw, w −= ηv with λ on the first tensor
     * only, η dropping 0.5 → 0.05 before the third step and the first tensor rescaled by 10^{−1/4} there.
     */
    @Test
    void heavyBallFollowsTheRecurrenceWithDecayDropsAndRescaling() {
        double alpha = 0.9;
        double lambda = 0.1;
        double[] c = {0.3, 0.7};
        double[][] w = {{1.0, 2.0}, {3.0, 4.0}};
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray decayed = manager.create(w[0].clone());
            NDArray plain = manager.create(w[1].clone());
            decayed.setRequiresGradient(true);
            plain.setRequiresGradient(true);
            NDList parameters = new NDList(decayed, plain);
            NDArray slope = manager.create(c);
            Objective objective = new Objective() {
                @Override
                public NDList parameters() {
                    return parameters;
                }

                @Override
                public NDArray logLoss() {
                    return decayed.mul(slope).sum().add(plain.mul(slope).sum()).log();
                }
            };
            HeavyBallMomentum optimizer = new HeavyBallMomentum(parameters, List.of(decayed),
                    new LearningRateSchedule(0.5, 2, 10), alpha, lambda, List.of(decayed));
            double[][] v = new double[2][2];
            for (int step = 0; step < 3; step++) {
                double logLoss = GradientCheck.differentiate(objective::logLoss);
                double rate = optimizer.step(parameters, logLoss, objective);
                decayed.getGradient().subi(decayed.getGradient());
                plain.getGradient().subi(plain.getGradient());
                double expectedRate = step < 2 ? 0.5 : 0.05;
                assertEquals(expectedRate, rate, 0);
                for (int p = 0; p < 2; p++) {
                    for (int i = 0; i < 2; i++) {
                        v[p][i] = alpha * v[p][i] + c[i] + (p == 0 ? lambda * w[p][i] : 0);
                        w[p][i] -= expectedRate * v[p][i];
                        if (p == 0 && step == 1) {
                            w[p][i] *= Math.pow(10, -0.25);
                        }
                    }
                }
                assertArrayEquals(w[0], decayed.toDoubleArray(), 1e-12, "step " + step);
                assertArrayEquals(w[1], plain.toDoubleArray(), 1e-12, "step " + step);
                assertArrayEquals(v[0], optimizer.buffer(decayed).toDoubleArray(), 1e-12, "buffer, step " + step);
            }
        }
    }

    @Test
    void theAngleIsExactForTinyAndLargeRotations() {
        for (double theta : new double[] {1e-9, 1e-4, 0.7, 3.0}) {
            double angle = SphericalMotionProbe.angle(new double[] {2, 0},
                    new double[] {5 * Math.cos(theta), 5 * Math.sin(theta)});
            assertEquals(theta, angle, 1e-15 + 1e-12 * theta, "θ = " + theta);
        }
    }

    /**
     * Spec 004 §8 sweep: SGDM α = 0.9 at η = 0.2, λ = 5e-3 (λη = 1e-3, τ = 25 steps), 1500 steps, in float64 and in
     * float32 as the spec's pilot trains.
     */
    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"FLOAT64", "FLOAT32"})
    void angularUpdateAndNormReachTheirEquilibriumOnFashionMnist(DataType dataType) {
        long started = System.nanoTime();
        TrainingResult result = run(FeatureNormalization.BATCH, 0.9, 1500, dataType, (series, step, value) -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> s = result.probeSummaries();
        System.out.printf("spec 004, BN, α = 0.9, λη = 1e-3, 1500 steps, %s (%.1f ms/step): %s%n", dataType,
                1000 * seconds / 1500, s);
        assertEquals(StopReason.STEP_CAP, result.reason());
        assertEquals(1, s.get("angular_update_ratio"), 0.05, "RMS(Δ)/Δ* over the last 30%");
        assertEquals(1, s.get("weight_norm_ratio"), 0.05, "N/N* over the last 30%");
        assertTrue(s.get("max_weight_gradient_cosine") < 1e-4, "Lemma 1: " + s.get("max_weight_gradient_cosine"));
        assertTrue(s.get("test_accuracy") > 0.75, "it learns: " + s.get("test_accuracy"));
    }

    /** A float32 run trains float32 tensors and follows the float64 run of the same seed to float32 rounding. */
    @Test
    void float32TrainingFollowsTheFloat64Run() {
        Map<DataType, Map<String, Double>> losses = new HashMap<>();
        List<DataType> snapshotTypes = new ArrayList<>();
        for (DataType dataType : List.of(DataType.FLOAT64, DataType.FLOAT32)) {
            Map<String, Double> points = new HashMap<>();
            losses.put(dataType, points);
            run(FeatureNormalization.BATCH, 0.9, 20, dataType, new MetricSink() {
                @Override
                public void point(String series, long step, double value) {
                    points.put(series + "@" + step, value);
                }

                @Override
                public void snapshot(String checkpoint, long step, double logLoss, NDList parameters) {
                    parameters.forEach(p -> snapshotTypes.add(p.getDataType()));
                }
            });
        }
        assertTrue(snapshotTypes.contains(DataType.FLOAT64) && snapshotTypes.contains(DataType.FLOAT32),
                snapshotTypes.toString());
        // the same start to float32's rounding; then SGD at η = 0.2 amplifies the rounding differences
        Map<String, Double> tolerances = Map.of("loss@0", 1e-6, "weight_norm.1@0", 1e-6, "loss@20", 1e-2,
                "weight_norm.1@20", 1e-3, "angular_update.1@10", 1e-2);
        tolerances.forEach((point, tolerance) -> {
            double wide = losses.get(DataType.FLOAT64).get(point);
            double narrow = losses.get(DataType.FLOAT32).get(point);
            assertEquals(wide, narrow, tolerance * Math.abs(wide), point);
        });
        double wide = losses.get(DataType.FLOAT64).get("loss@0");
        assertTrue(wide != losses.get(DataType.FLOAT32).get("loss@0"), "float32 rounds differently: " + wide);
    }

    /**
     * Spec 004 S6: the angle turned in k steps, on one trajectory (the span does not change training) — at least the
     * single-step angle and at most k of them (the triangle inequality on the sphere); with k = 1 it is the mean of
     * the angular updates, at most their RMS.
     */
    @Test
    void theAngleOverASpanLiesBetweenOneAndKSingleSteps() {
        Map<Integer, Map<String, Double>> bySpan = new HashMap<>();
        for (int span : new int[] {0, 1, 4}) {
            bySpan.put(span, run(FeatureNormalization.BATCH, 0.9, 300, DataType.FLOAT64, span,
                    (series, step, value) -> { }).probeSummaries());
        }
        assertTrue(!bySpan.get(0).containsKey("span_angle"), "no span, no span summaries");
        double single = bySpan.get(1).get("span_angle");
        double rms = bySpan.get(1).get("angular_update_rms");
        double four = bySpan.get(4).get("span_angle");
        assertEquals(rms, bySpan.get(4).get("angular_update_rms"), 0.0, "the same trajectory");
        assertTrue(single <= rms && single > 0.9 * rms, single + " against RMS " + rms);
        assertTrue(four > 1.5 * single && four <= 4 * rms, "k = 4: " + four + " against one step " + single);
    }

    /**
     * Spec 004 S2's small CNN: 28×28 images, two banks of eight 3×3 kernels under BN, SGDM at λη = 1e-3 — each
     * kernel bank is orthogonal to its gradient (Lemma 1) and its angular update and norm reach Thms 1–3's values.
     */
    @Test
    void aConvolutionalNetworkReachesTheSameEquilibrium() {
        PooledFashionMnist images = PooledFashionMnist.of(FashionMnist.load(FashionMnist.DEBIAN_DIRECTORY), 1);
        TrainingResult result;
        try (NDManager manager = NDManager.newBaseManager()) {
            result = new SphericalMotionTask(new SphericalMotionTask.Config(images.train(), images.test(),
                    FeatureNormalization.BATCH, true, true, 8, 2, 1, LearningRateSchedule.constant(0.2), 0.9, 5e-3,
                    false, 128, 1000, DataType.FLOAT64, 0, 1, 10)).run(manager, (series, step, value) -> { },
                    () -> false);
        }
        Map<String, Double> s = result.probeSummaries();
        System.out.println("spec 004, CNN 2×8 channels, BN, α = 0.9, λη = 1e-3, 1000 steps: " + s);
        assertEquals(StopReason.STEP_CAP, result.reason());
        assertTrue(s.get("max_weight_gradient_cosine") < 1e-4, "Lemma 1: " + s.get("max_weight_gradient_cosine"));
        assertEquals(1, s.get("angular_update_ratio"), 0.05, "RMS(Δ)/Δ* over the last 30%");
        assertEquals(1, s.get("weight_norm_ratio"), 0.05, "N/N* over the last 30%");
        assertTrue(s.get("test_accuracy") > 0.6, "it learns: " + s.get("test_accuracy"));
    }

    /** A run too short for an equilibrium still reports only finite summaries, for every normalization. */
    @ParameterizedTest
    @EnumSource(FeatureNormalization.class)
    void aVeryShortRunReportsOnlyFiniteSummaries(FeatureNormalization normalization) {
        Map<String, Double> s = run(normalization, 0.9, 2).probeSummaries();
        assertTrue(s.containsKey("max_weight_gradient_cosine") && s.containsKey("test_accuracy"), s.toString());
        assertTrue(!s.containsKey("equilibrium_step"), "no equilibrium in two steps: " + s);
        for (Map.Entry<String, Double> summary : s.entrySet()) {
            assertTrue(Double.isFinite(summary.getValue()), summary.toString());
        }
    }

    private static TrainingResult run(FeatureNormalization normalization, double momentum, long steps) {
        return run(normalization, momentum, steps, DataType.FLOAT64, (series, step, value) -> { });
    }

    private static TrainingResult run(FeatureNormalization normalization, double momentum, long steps,
            DataType dataType, MetricSink sink) {
        return run(normalization, momentum, steps, dataType, 0, sink);
    }

    private static TrainingResult run(FeatureNormalization normalization, double momentum, long steps,
            DataType dataType, int span, MetricSink sink) {
        try (NDManager manager = NDManager.newBaseManager()) {
            return new SphericalMotionTask(new SphericalMotionTask.Config(data.train(), data.test(), normalization,
                    true, false, 128, 2, 1, LearningRateSchedule.constant(0.2), momentum, 5e-3, false, 128, steps,
                    dataType, span, 1, 10)).run(manager, sink, () -> false);
        }
    }

    /**
     * Six examples of five features (or 6×6 images), three classes, width 4 (units or channels), two hidden layers;
     * W₁ scaled by {@code scale}.
     */
    private static final class FixedBatch {
        final NormalizedNetwork model;
        final NDArray inputs;
        final int[] labels = {0, 1, 2, 1, 0, 2};

        FixedBatch(NDManager manager, FeatureNormalization normalization, boolean affine, boolean convolutional,
                double scale) {
            Random random = new Random(7);
            // five features, or 6×6 images for the convolutional network (6 → 3 → 2 under stride 2)
            int features = convolutional ? 36 : 5;
            double[] x = new double[6 * features];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextGaussian();
            }
            inputs = manager.create(x, new Shape(6, features));
            model = new NormalizedNetwork(manager, normalization, affine, convolutional, features, 4, 2, 3, 1,
                    new Random(3), DataType.FLOAT64);
            JniUtils.setGradMode(false);
            model.hiddenWeights().get(0).muli(scale);
        }

        NDList parameters() {
            return model.parameters();
        }

        NDArray logLoss() {
            return SoftmaxCrossEntropy.logMean(model.logits(inputs), labels);
        }

        double differentiate() {
            return GradientCheck.differentiate(this::logLoss);
        }
    }
}
