package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.stream.IntStream;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.ImageClassifier;

/**
 * ln of the mean softmax cross-entropy over the whole training set, exact far below e^−745 (see
 * {@link SoftmaxCrossEntropy}). The inputs are converted to one float64 tensor once.
 */
public final class TrainingSetObjective implements Objective {

    private final ImageClassifier model;
    private final NDArray inputs;
    private final int[] labels;

    public TrainingSetObjective(NDManager manager, ImageClassifier model, ImageFeatures data) {
        this.model = model;
        int[] all = IntStream.range(0, data.count()).toArray();
        this.inputs = manager.create(data.rows(all), new Shape(data.count(), data.dimension()));
        this.labels = data.labels(all);
    }

    @Override
    public NDList parameters() {
        return model.parameters();
    }

    @Override
    public NDArray logLoss() {
        return SoftmaxCrossEntropy.logMean(model.logits(inputs), labels);
    }
}
