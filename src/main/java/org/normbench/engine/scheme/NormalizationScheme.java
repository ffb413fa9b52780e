package org.normbench.engine.scheme;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * A reparameterization of a layer's weight matrix W (rows = neurons): it owns the trainable tensors and
 * computes W from them, like PyTorch's {@code torch.nn.utils.parametrizations}. One job, no training logic.
 */
public interface NormalizationScheme {

    /** The scheme's name as used in run configurations ({@code none}, {@code wn}, ...). */
    String name();

    /**
     * Creates the trainable tensors so that the effective weights equal {@code z} exactly (paired
     * initialization: every scheme starts from the same function).
     */
    NDList initialize(NDManager manager, double[][] z);

    /** The effective weight matrix W computed from the trainable tensors. */
    NDArray weights(NDList parameters);

    /** J_k J_kᵀ of every neuron at the current parameters (see {@link NeuronMetric}). */
    NeuronMetric metric(NDList parameters);

    /**
     * ∇_W of the loss whose gradients autograd left on the trainable tensors, recovered by inverting the chain
     * rule (spec 000 §2.1): the effective-weight gradient ∇_u that spec 000's weight–gradient relations compare
     * with w_u.
     */
    NDArray effectiveGradient(NDList parameters);
}
