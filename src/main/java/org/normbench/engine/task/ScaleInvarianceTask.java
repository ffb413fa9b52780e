package org.normbench.engine.task;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.normbench.engine.RandomPermutation;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.FeatureNormalization;
import org.normbench.engine.model.NormalizedNetwork;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.train.Gradients;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 004 S0 (Lemma 1): one forward and backward pass, no training. On a random batch, for every weight matrix of
 * spec 004's classifier (the hidden layers, which BN or LN follows, and the head, which nothing does): the cosine of
 * w and its gradient g, the loss change when w alone is scaled by k, and ‖g(kw)‖·k/‖g(w)‖. A scale-invariant tensor
 * has cos = 0, no loss change and a ratio of 1 (up to BN's ε); the tensors with |cos| below a threshold are tagged
 * scale-invariant, the automatic detector the spec proposes. The mean cross-entropy, not its log, is differentiated.
 */
public final class ScaleInvarianceTask implements TrainingTask {

    /** Spec 004 §4 item 9: |cos(w, g)| below this marks a scale-invariant tensor. */
    public static final double INVARIANT_COSINE = 1e-4;

    /** @param scale k, the factor a tensor is scaled by (the pilot's 3.7) */
    public record Config(ImageFeatures data, FeatureNormalization normalization, int width, int hiddenLayers,
            int batchSize, double scale, long seed) {
    }

    private final Config config;

    public ScaleInvarianceTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        Random random = new Random(config.seed());
        ImageFeatures data = config.data();
        NormalizedNetwork model = new NormalizedNetwork(manager, config.normalization(), true, false, data.dimension(),
                config.width(), config.hiddenLayers(), data.classes(), 1, random, DataType.FLOAT64);
        int[] batch = Arrays.copyOf(RandomPermutation.of(data.count(), random), config.batchSize());
        NDArray x = manager.create(data.rows(batch), new Shape(batch.length, data.dimension()));
        int[] labels = data.labels(batch);
        List<NDArray> tensors = new ArrayList<>(model.hiddenWeights());
        tensors.add(model.headWeight());
        double loss = lossAndGradients(model, x, labels);
        // every gradient at the unscaled weights, before any tensor is scaled (scaling one moves all the others')
        List<NDArray> gradients = tensors.stream().map(w -> w.getGradient().duplicate()).toList();
        double k = config.scale();
        double worstHiddenCosine = 0;
        double worstHiddenLossChange = 0;
        double worstHiddenScaling = 0;
        int tagged = 0;
        Map<String, Double> summary = new LinkedHashMap<>();
        for (int t = 0; t < tensors.size(); t++) {
            NDArray w = tensors.get(t);
            NDArray g = gradients.get(t);
            double cosine = w.mul(g).sum().getDouble() / (w.norm().getDouble() * g.norm().getDouble());
            NDArray original = w.duplicate();
            w.muli(k);
            double scaledLoss = lossAndGradients(model, x, labels);
            double scaling = w.getGradient().norm().getDouble() * k / g.norm().getDouble();
            // w − w + original restores every bit
            w.subi(w).addi(original);
            double lossChange = Math.abs(scaledLoss - loss) / loss;
            boolean head = t == tensors.size() - 1;
            String name = head ? "head" : "hidden_" + (t + 1);
            summary.put("weight_gradient_cosine_" + name, Math.abs(cosine));
            summary.put("scaled_loss_change_" + name, lossChange);
            summary.put("gradient_scaling_" + name, scaling);
            tagged += Math.abs(cosine) < INVARIANT_COSINE ? 1 : 0;
            if (!head) {
                worstHiddenCosine = Math.max(worstHiddenCosine, Math.abs(cosine));
                worstHiddenLossChange = Math.max(worstHiddenLossChange, lossChange);
                worstHiddenScaling = Math.max(worstHiddenScaling, Math.abs(scaling - 1));
            }
        }
        summary.put("max_weight_gradient_cosine_hidden", worstHiddenCosine);
        summary.put("max_scaled_loss_change_hidden", worstHiddenLossChange);
        summary.put("max_gradient_scaling_error_hidden", worstHiddenScaling);
        summary.put("scale_invariant_tensors", (double) tagged);
        double logLoss = Math.log(loss);
        return new TrainingResult(0, logLoss, logLoss, cancelled.getAsBoolean() ? StopReason.CANCELLED
                : StopReason.STEP_CAP, TrainingTask.secondsSince(started), 0, summary);
    }

    /** The batch's mean cross-entropy, with fresh gradients on every parameter. */
    private static double lossAndGradients(NormalizedNetwork model, NDArray x, int[] labels) {
        Gradients.zero(model.parameters());
        double loss;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray value = SoftmaxCrossEntropy.logMean(model.logits(x), labels).exp();
            collector.backward(value);
            loss = value.getDouble();
        }
        JniUtils.setGradMode(false);
        return loss;
    }
}
