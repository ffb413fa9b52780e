package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.normbench.engine.Tensors;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.scheme.Unnormalized;

/**
 * Spec 000 E-PR's classifier: logits = W₂ ReLU(W₁x + b), with only the hidden layer W₁ trained through the
 * normalization scheme; its bias b and the bias-free output layer W₂ stay unnormalized (the authors' code). Removing
 * hidden neuron u (row u of W₁, b_u and column u of W₂) is what neuron pruning does.
 */
public final class TwoLayerClassifier implements ImageClassifier {

    private final DenseLayer hidden;
    private final NDArray bias;
    private final DenseLayer output;
    private final NDList parameters = new NDList();

    /**
     * @param hiddenWeights W₁(0), one row per hidden neuron
     * @param outputWeights W₂(0), one row per class
     */
    public TwoLayerClassifier(NDManager manager, NormalizationScheme scheme, double[][] hiddenWeights,
            double[][] outputWeights) {
        this(manager, scheme, hiddenWeights, new double[hiddenWeights.length], outputWeights);
    }

    /**
     * A classifier starting from trained tensors (spec 000 E-L21 continues the group-lasso phase's network).
     *
     * @param hiddenBias b(0), one entry per hidden neuron
     */
    public TwoLayerClassifier(NDManager manager, NormalizationScheme scheme, double[][] hiddenWeights,
            double[] hiddenBias, double[][] outputWeights) {
        if (hiddenBias.length != hiddenWeights.length) {
            throw new IllegalArgumentException("the hidden layer has " + hiddenWeights.length + " neurons and "
                    + hiddenBias.length + " biases");
        }
        if (outputWeights[0].length != hiddenWeights.length) {
            throw new IllegalArgumentException("the output layer reads " + outputWeights[0].length
                    + " neurons, the hidden layer has " + hiddenWeights.length);
        }
        hidden = DenseLayer.trained(manager, scheme, hiddenWeights);
        bias = manager.create(hiddenBias, new Shape(1, hiddenBias.length));
        bias.setRequiresGradient(true);
        output = DenseLayer.trained(manager, new Unnormalized(), outputWeights);
        parameters.addAll(hidden.parameters());
        parameters.add(bias);
        parameters.addAll(output.parameters());
    }

    @Override
    public NDArray logits(NDArray x) {
        return output.apply(hiddenActivations(x, hidden.weights()));
    }

    /** The scheme's tensors of W₁, then b, then W₂. */
    @Override
    public NDList parameters() {
        return parameters;
    }

    /** The normalized layer, whose neurons pruning removes. */
    public DenseLayer hiddenLayer() {
        return hidden;
    }

    /** ReLU(W x + b) for a batch of inputs (batch × features) with the given hidden weights W (neurons × features). */
    public NDArray hiddenActivations(NDArray x, NDArray hiddenWeights) {
        NDArray z = x.matMul(hiddenWeights.transpose()).add(bias);
        return z.maximum(Tensors.constant(z, 0));
    }

    /** The hidden neurons' biases b. */
    public double[] hiddenBias() {
        return bias.toDoubleArray();
    }

    /** The effective W₂ (classes × neurons). */
    public NDArray outputWeights() {
        return output.weights();
    }
}
