package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * What training minimizes: a scalar loss L of some trainable tensors, given as ln L. Training in log space
 * keeps losses such as e^−300 (spec 000 §2.4) and their gradients exact in float64; optimizers recover
 * ∇L = L·∇ln L where they need it.
 */
public interface Objective {

    NDList parameters();

    /** ln L at the current parameters, recorded for autograd when a gradient collector is open. */
    NDArray logLoss();
}
