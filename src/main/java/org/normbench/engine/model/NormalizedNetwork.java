package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.normbench.engine.Tensors;

/**
 * Spec 004's classifier: x → [W_k (no bias) → normalization → ReLU] × hidden layers → W_head + b → logits, in
 * float64 or float32 (the spec's pilot trains in float32; the weights are drawn in float64 and rounded). The hidden
 * layers are dense (the MLP), or convolutional (spec 004 S2's small CNN on square single-channel images: each W_k a
 * bank of {@code width} 3×3 kernels with stride 2 and padding 1, normalized per channel, and the head reads the
 * channels' global average). Hidden weights are drawn N(0, 2/fan_in)·initScale (Kaiming; initScale 10 starts far
 * above the equilibrium norm, spec 004 S4), the head N(0, 1/width), gains 1 and shifts 0 — all from
 * {@code random}, so every normalization of one seed starts from the same weights.
 */
public final class NormalizedNetwork implements ImageClassifier {

    /** Convolutions: 3×3 kernels, stride 2 and padding 1 (28 → 14 → 7 → 4 …). */
    private static final int KERNEL = 3;
    private static final Shape STRIDE = new Shape(2, 2);
    private static final Shape PADDING = new Shape(1, 1);

    private final FeatureNormalization normalization;
    private final List<NDArray> hiddenWeights = new ArrayList<>();
    private final List<NDArray> gains = new ArrayList<>();
    private final List<NDArray> shifts = new ArrayList<>();
    private final NDArray headWeight;
    private final NDArray headBias;
    private final DataType dataType;
    /** The side of the square input images of a convolutional network; 0 for a dense one. */
    private final int side;

    /**
     * @param affine        whether a normalization is followed by a learnable gain γ and shift β (PyTorch's
     *                      {@code affine}); without a normalization the layer keeps its bias either way
     * @param convolutional 3×3 convolutions with {@code width} channels instead of dense layers; the inputs are
     *                      then square single-channel images, row by row
     * @param dataType      float64 or float32: the type of every tensor
     */
    public NormalizedNetwork(NDManager manager, FeatureNormalization normalization, boolean affine,
            boolean convolutional, int inputs, int width, int hiddenLayers, int classes, double initScale,
            Random random, DataType dataType) {
        if (dataType != DataType.FLOAT64 && dataType != DataType.FLOAT32) {
            throw new IllegalArgumentException("the network trains in float64 or float32, not " + dataType);
        }
        this.dataType = dataType;
        if (hiddenLayers < 1) {
            throw new IllegalArgumentException("at least one hidden layer is needed, got " + hiddenLayers);
        }
        this.normalization = normalization;
        this.side = convolutional ? (int) Math.round(Math.sqrt(inputs)) : 0;
        if (convolutional && side * side != inputs) {
            throw new IllegalArgumentException("a convolutional network reads square images; " + inputs
                    + " inputs are not a square");
        }
        boolean gained = affine && normalization.hasGain();
        boolean shifted = affine || normalization == FeatureNormalization.NONE;
        Shape perUnit = convolutional ? new Shape(1, width, 1, 1) : new Shape(1, width);
        int fanIn = convolutional ? 1 : inputs;
        for (int k = 0; k < hiddenLayers; k++) {
            // a kernel bank (out, in, 3, 3) or a matrix (in, out); fan-in per unit: in·9 or in
            Shape shape = convolutional ? new Shape(width, fanIn, KERNEL, KERNEL) : new Shape(fanIn, width);
            int unitFanIn = convolutional ? fanIn * KERNEL * KERNEL : fanIn;
            hiddenWeights.add(trainable(manager, dataType, gaussian((int) shape.size(),
                    Math.sqrt(2.0 / unitFanIn) * initScale, random), shape));
            gains.add(gained ? trainable(manager, dataType, filled(width, 1), perUnit) : null);
            shifts.add(shifted ? trainable(manager, dataType, filled(width, 0), perUnit) : null);
            fanIn = width;
        }
        headWeight = trainable(manager, dataType, gaussian(width * classes, Math.sqrt(1.0 / width), random),
                new Shape(width, classes));
        headBias = trainable(manager, dataType, filled(classes, 0), new Shape(1, classes));
    }

    /** Batch statistics for BN. */
    @Override
    public NDArray logits(NDArray x) {
        NDArray a = side > 0 ? x.reshape(x.getShape().get(0), 1, side, side) : x;
        for (int k = 0; k < hiddenWeights.size(); k++) {
            NDArray z = side > 0 ? Conv2d.conv2d(a, hiddenWeights.get(k), null, STRIDE, PADDING).singletonOrThrow()
                    : a.matMul(hiddenWeights.get(k));
            NDArray normalized = normalization.apply(z, gains.get(k), shifts.get(k));
            a = normalized.maximum(Tensors.constant(normalized, 0));
        }
        NDArray features = side > 0 ? Tensors.mean(a, new int[] {2, 3}, false) : a;
        return features.matMul(headWeight).add(headBias);
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

    private static double[] gaussian(int count, double std, Random random) {
        double[] values = new double[count];
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
