package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Random;
import org.normbench.engine.RandomPermutation;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.ImageClassifier;

/**
 * The mean softmax cross-entropy of the next minibatch: every evaluation draws a new batch, walking through a
 * random permutation of the training set and drawing a fresh one when fewer than a batch of examples remain (the
 * pilot's sampling, spec 004 §8). So the training loop's step t sees batch t; rules that re-evaluate trial points
 * (line searches) do not apply. The batch is computed in the model's type; ln L is handed on in float64.
 */
public final class MinibatchObjective implements Objective {

    private final NDManager manager;
    private final ImageClassifier model;
    private final ImageFeatures data;
    private final int batchSize;
    private final Random random;
    private int[] order;
    private int position;

    /** @param random draws the permutations; its state advances with every epoch */
    public MinibatchObjective(NDManager manager, ImageClassifier model, ImageFeatures data, int batchSize,
            Random random) {
        if (batchSize < 2 || batchSize > data.count()) {
            throw new IllegalArgumentException("batch size must lie in [2, " + data.count() + "], got " + batchSize);
        }
        this.manager = manager;
        this.model = model;
        this.data = data;
        this.batchSize = batchSize;
        this.random = random;
        this.order = new int[data.count()];
        position = order.length;
    }

    @Override
    public NDList parameters() {
        return model.parameters();
    }

    @Override
    public NDArray logLoss() {
        if (position + batchSize > order.length) {
            order = RandomPermutation.of(order.length, random);
            position = 0;
        }
        int[] batch = Arrays.copyOfRange(order, position, position + batchSize);
        position += batchSize;
        NDArray x = model.inputs(manager, data.rows(batch), new Shape(batchSize, data.dimension()));
        return SoftmaxCrossEntropy.logMean(model.logits(x), data.labels(batch)).toType(DataType.FLOAT64, false);
    }
}
