package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import org.normbench.engine.scheme.NormalizationScheme;

/**
 * One bias-free linear map z = h Wᵀ (rows of W = neurons). Its weights are either fixed, or trained through a
 * normalization scheme that owns the trainable tensors; both start from the given W(0).
 */
public final class DenseLayer {

    private final NormalizationScheme scheme;
    private final NDList parameters;
    private final NDArray fixedWeights;

    private DenseLayer(NormalizationScheme scheme, NDList parameters, NDArray fixedWeights) {
        this.scheme = scheme;
        this.parameters = parameters;
        this.fixedWeights = fixedWeights;
    }

    /** A layer trained through {@code scheme}, starting exactly at W(0) = {@code initial} (paired init). */
    public static DenseLayer trained(NDManager manager, NormalizationScheme scheme, double[][] initial) {
        NDList parameters = scheme.initialize(manager, initial);
        for (NDArray parameter : parameters) {
            parameter.setRequiresGradient(true);
        }
        return new DenseLayer(scheme, parameters, null);
    }

    /** A layer whose weights stay at {@code weights}. */
    public static DenseLayer fixed(NDManager manager, double[][] weights) {
        return new DenseLayer(null, new NDList(), manager.create(weights));
    }

    public boolean isTrained() {
        return scheme != null;
    }

    /** The trainable tensors (none for a fixed layer). */
    public NDList parameters() {
        return parameters;
    }

    /** The effective weight matrix W. */
    public NDArray weights() {
        return isTrained() ? scheme.weights(parameters) : fixedWeights;
    }

    /** ‖w_u‖ of every neuron u (row) of the effective weights. */
    public double[] neuronNorms() {
        return weights().norm(new int[] {1}).toDoubleArray();
    }

    /**
     * ∇_W (rows = neurons) of the loss whose gradients autograd left on this trained layer's tensors.
     *
     * @throws IllegalStateException for a fixed layer
     */
    public NDArray effectiveGradient() {
        if (!isTrained()) {
            throw new IllegalStateException("a fixed layer has no gradient");
        }
        return scheme.effectiveGradient(parameters);
    }

    public NDArray apply(NDArray inputs) {
        return inputs.matMul(weights().transpose());
    }
}
