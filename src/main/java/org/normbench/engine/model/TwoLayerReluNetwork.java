package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.Random;
import org.normbench.engine.Tensors;
import org.normbench.engine.scheme.NormalizationScheme;

/**
 * f(x) = (1/√m) Σ_k c_k σ(w_k^T x) with σ = ReLU, no biases, and a fixed Rademacher output layer c
 * (spec 002 §2.1). The hidden weights W come from the normalization scheme's trainable tensors.
 */
public final class TwoLayerReluNetwork {

    private final NormalizationScheme scheme;
    private final NDList parameters;
    private final NDArray outputWeights;
    private final double outputScale;

    private TwoLayerReluNetwork(NormalizationScheme scheme, NDList parameters, NDArray outputWeights, int width) {
        this.scheme = scheme;
        this.parameters = parameters;
        this.outputWeights = outputWeights;
        this.outputScale = 1.0 / Math.sqrt(width);
    }

    /**
     * Paired initialization (spec 002 §2.2): Z ~ N(0, 1)^{m×d} and c ~ U{−1, +1}^m drawn from {@code seed}
     * alone, so every scheme with the same seed starts from exactly the same function.
     */
    public static TwoLayerReluNetwork initialize(NDManager manager, NormalizationScheme scheme, int width,
            int inputDimension, long seed) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive, got " + width);
        }
        Random random = new Random(seed);
        double[][] z = new double[width][inputDimension];
        for (double[] row : z) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[] c = new double[width];
        for (int k = 0; k < width; k++) {
            c[k] = random.nextBoolean() ? 1.0 : -1.0;
        }
        NDList parameters = scheme.initialize(manager, z);
        for (NDArray parameter : parameters) {
            parameter.setRequiresGradient(true);
        }
        return new TwoLayerReluNetwork(scheme, parameters, manager.create(c), width);
    }

    /** The trainable tensors (the output layer c is fixed). */
    public NDList parameters() {
        return parameters;
    }

    /** The effective hidden weights W (rows = neurons) as plain numbers. */
    public double[][] hiddenWeights() {
        return Tensors.rows(hiddenWeightTensor());
    }

    /** The effective hidden weights W (rows = neurons), a new tensor of the parameters' manager. */
    public NDArray hiddenWeightTensor() {
        return scheme.weights(parameters);
    }

    /** The fixed output weights c. */
    public double[] outputWeights() {
        return outputWeights.toDoubleArray();
    }

    /** The fixed output weights c as the network holds them. */
    public NDArray outputWeightTensor() {
        return outputWeights;
    }

    public NormalizationScheme scheme() {
        return scheme;
    }

    /** The network's outputs for the rows of {@code x}, shape (n). */
    public NDArray forward(NDArray x) {
        NDArray hidden = x.matMul(scheme.weights(parameters).transpose()).maximum(Tensors.constant(x, 0));
        return hidden.matMul(outputWeights).mul(Tensors.constant(x, outputScale));
    }
}
