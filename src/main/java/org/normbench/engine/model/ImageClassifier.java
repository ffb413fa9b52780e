package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** A K-class classifier of feature vectors: what minibatch training and accuracy probes need of a model. */
public interface ImageClassifier {

    /** Logits (batch × classes) of a batch of inputs (batch × features). */
    NDArray logits(NDArray x);

    /** Every trained tensor. */
    NDList parameters();

    /** The type its tensors and inputs have: float64, unless the model trains in float32 (spec 004's pilot). */
    default DataType dataType() {
        return DataType.FLOAT64;
    }

    /** {@code values} (rows × features, row-major) as an input batch of this model's type. */
    default NDArray inputs(NDManager manager, double[] values, Shape shape) {
        return manager.create(values, shape).toType(dataType(), false);
    }
}
