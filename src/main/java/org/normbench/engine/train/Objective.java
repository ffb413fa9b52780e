package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/** What training minimizes: a scalar loss of some trainable tensors. */
public interface Objective {

    NDList parameters();

    /** The scalar loss at the current parameters, recorded for autograd. */
    NDArray loss();
}
