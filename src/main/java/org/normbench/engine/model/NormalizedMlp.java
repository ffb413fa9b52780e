package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.normbench.engine.Tensors;

/**
 * Spec 004's classifier: x → [W_k (no bias) → normalization → ReLU] × hidden layers → W_head + b → logits,
 * in float64 or float32 (the spec's pilot trains in float32; the weights are drawn in float64 and rounded). Hidden weights are drawn N(0, 2/fan_in)·initScale (Kaiming; initScale 10 starts far above the
 * equilibrium norm, spec 004 S4), the head N(0, 1/width), gains 1 and shifts 0 — all from {@code random}, so
 * every normalization of one seed starts from the same weights.
 */
public final class NormalizedMlp implements ImageClassifier {

    private final FeatureNormalization normalization;
    private final List<NDArray> hiddenWeights = new ArrayList<>();
    private final List<NDArray> gains = new ArrayList<>();
    private final List<NDArray> shifts = new ArrayList<>();
    private final NDArray headWeight;
    private final NDArray headBias;
    private final DataType dataType;

    /**
     * @param affine   whether a normalization is followed by a learnable gain γ and shift β (PyTorch's
     *                 {@code affine}); without a normalization the layer keeps its bias either way
     * @param dataType float64 or float32: the type of every tensor
     */
    public NormalizedMlp(NDManager manager, FeatureNormalization normalization, boolean affine, int inputs, int width,
            int hiddenLayers, int classes, double initScale, Random random, DataType dataType) {
        if (dataType != DataType.FLOAT64 && dataType != DataType.FLOAT32) {
            throw new IllegalArgumentException("the network trains in float64 or float32, not " + dataType);
        }
        this.dataType = dataType;
        if (hiddenLayers < 1) {
            throw new IllegalArgumentException("at least one hidden layer is needed, got " + hiddenLayers);
        }
        this.normalization = normalization;
        boolean gained = affine && normalization.hasGain();
        boolean shifted = affine || normalization == FeatureNormalization.NONE;
        int fanIn = inputs;
        for (int k = 0; k < hiddenLayers; k++) {
            hiddenWeights.add(trainable(manager, dataType,
                    gaussian(fanIn, width, Math.sqrt(2.0 / fanIn) * initScale, random), new Shape(fanIn, width)));
            gains.add(gained ? trainable(manager, dataType, filled(width, 1), new Shape(1, width)) : null);
            shifts.add(shifted ? trainable(manager, dataType, filled(width, 0), new Shape(1, width)) : null);
            fanIn = width;
        }
        headWeight = trainable(manager, dataType, gaussian(width, classes, Math.sqrt(1.0 / width), random),
                new Shape(width, classes));
        headBias = trainable(manager, dataType, filled(classes, 0), new Shape(1, classes));
    }

    /** Batch statistics for BN. */
    @Override
    public NDArray logits(NDArray x) {
        NDArray a = x;
        for (int k = 0; k < hiddenWeights.size(); k++) {
            NDArray z = a.matMul(hiddenWeights.get(k));
            NDArray normalized = normalization.apply(z, gains.get(k), shifts.get(k));
            a = normalized.maximum(Tensors.constant(normalized, 0));
        }
        return a.matMul(headWeight).add(headBias);
    }

    @Override
    public DataType dataType() {
        return dataType;
    }

    /**
     * Per hidden layer W, then γ and β where it has them (γ when normalized and affine, β unless normalized without
     * affine); then the head's W and b.
     */
    @Override
    public NDList parameters() {
        NDList all = new NDList();
        for (int k = 0; k < hiddenWeights.size(); k++) {
            all.add(hiddenWeights.get(k));
            if (gains.get(k) != null) {
                all.add(gains.get(k));
            }
            if (shifts.get(k) != null) {
                all.add(shifts.get(k));
            }
        }
        all.add(headWeight);
        all.add(headBias);
        return all;
    }

    /** The hidden weights W_k: scale-invariant under BN or LN, the tensors spec 004's metrics follow. */
    public List<NDArray> hiddenWeights() {
        return List.copyOf(hiddenWeights);
    }

    /** The head's weight matrix, which no normalization follows. */
    public NDArray headWeight() {
        return headWeight;
    }

    /** The tensors weight decay applies to: every weight matrix, not γ, β or the head bias (spec 004 §8). */
    public List<NDArray> decayedWeights() {
        List<NDArray> decayed = new ArrayList<>(hiddenWeights);
        decayed.add(headWeight);
        return decayed;
    }

    private static NDArray trainable(NDManager manager, DataType dataType, double[] values, Shape shape) {
        NDArray array = manager.create(values, shape).toType(dataType, false);
        array.setRequiresGradient(true);
        return array;
    }

    private static double[] gaussian(int rows, int columns, double std, Random random) {
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() * std;
        }
        return values;
    }

    private static double[] filled(int length, double value) {
        double[] values = new double[length];
        Arrays.fill(values, value);
        return values;
    }
}
