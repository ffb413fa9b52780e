package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import java.util.List;

/**
 * A bias-free multilayer perceptron with one scalar output, f(x) = W_D σ(⋯ σ(W_1 x)), the model family of spec
 * 000's toy experiments (Lin-Sep, XOR, deep linear nets). Each layer is fixed or trained through a
 * normalization scheme, so "which layers are reparameterized" is part of the model's construction. The net
 * is positively homogeneous in its trained layers' weights of degree {@link #homogeneityDegree()} when every
 * layer is trained (spec 000 §2.2).
 */
public final class FeedForwardNetwork {

    private final List<DenseLayer> layers;
    private final Activation activation;
    private final NDList parameters = new NDList();

    public FeedForwardNetwork(List<DenseLayer> layers, Activation activation) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        this.layers = List.copyOf(layers);
        this.activation = activation;
        for (DenseLayer layer : layers) {
            parameters.addAll(layer.parameters());
        }
    }

    /** All trainable tensors, layer by layer. */
    public NDList parameters() {
        return parameters;
    }

    public List<DenseLayer> layers() {
        return layers;
    }

    public DenseLayer layer(int index) {
        return layers.get(index);
    }

    /**
     * L with Φ(λw) = λ^L Φ(w): each layer before the last contributes σ's degree times the degree so far,
     * plus one; e.g. 2-layer ReLU → 2, 2-layer ReLU² → 3, depth-D linear → D.
     */
    public int homogeneityDegree() {
        int degree = 1;
        for (int i = 1; i < layers.size(); i++) {
            degree = degree * activation.degree() + 1;
        }
        return degree;
    }

    /** The outputs f(x_i) for the rows of {@code inputs}, shape (n). */
    public NDArray forward(NDArray inputs) {
        NDArray h = inputs;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).apply(h);
            if (i < layers.size() - 1) {
                h = activation.apply(h);
            }
        }
        return h.squeeze(1);
    }
}
