package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/** A K-class classifier of feature vectors: what minibatch training and accuracy probes need of a model. */
public interface ImageClassifier {

    /** Logits (batch × classes) of a batch of inputs (batch × features). */
    NDArray logits(NDArray x);

    /** Every trained tensor. */
    NDList parameters();
}
