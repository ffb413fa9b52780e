package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Random;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.NormalizedMlp;

/**
 * The mean softmax cross-entropy of the next minibatch: every evaluation draws a new batch, walking through a
 * random permutation of the training set and drawing a fresh one when fewer than a batch of examples remain (the
 * pilot's sampling, spec 004 §8). So the training loop's step t sees batch t; rules that re-evaluate trial points
 * (line searches) do not apply.
 */
public final class MinibatchObjective implements Objective {

    private final NDManager manager;
    private final NormalizedMlp model;
    private final ImageFeatures data;
    private final int batchSize;
    private final Random random;
    private final int[] order;
    private int position;

    /** @param random draws the permutations; its state advances with every epoch */
    public MinibatchObjective(NDManager manager, NormalizedMlp model, ImageFeatures data, int batchSize,
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
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        position = order.length;
    }

    @Override
    public NDList parameters() {
        return model.parameters();
    }

    @Override
    public NDArray logLoss() {
        if (position + batchSize > order.length) {
            shuffle();
            position = 0;
        }
        int[] batch = Arrays.copyOfRange(order, position, position + batchSize);
        position += batchSize;
        NDArray x = manager.create(data.rows(batch), new Shape(batchSize, data.dimension()));
        return SoftmaxCrossEntropy.logMean(model.logits(x), data.labels(batch));
    }

    /** Fisher–Yates from the identity, so a permutation depends only on the random stream. */
    private void shuffle() {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
