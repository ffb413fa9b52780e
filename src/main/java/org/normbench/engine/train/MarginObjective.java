package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.loss.MarginLoss;
import org.normbench.engine.model.FeedForwardNetwork;

/** Full-batch binary classification: ln L of a margin loss of s_i = y_i f(x_i), labels y_i ∈ {−1, +1}. */
public final class MarginObjective implements Objective {

    private final FeedForwardNetwork network;
    private final MarginLoss loss;
    private final NDArray inputs;
    private final NDArray labels;

    public MarginObjective(NDManager manager, FeedForwardNetwork network, Dataset data, MarginLoss loss) {
        for (double label : data.y()) {
            if (label != 1 && label != -1) {
                throw new IllegalArgumentException("binary labels must be -1 or +1, got " + label);
            }
        }
        this.network = network;
        this.loss = loss;
        this.inputs = manager.create(data.x());
        this.labels = manager.create(data.y());
    }

    @Override
    public NDList parameters() {
        return network.parameters();
    }

    /** The margins y_i f(x_i). */
    public NDArray margins() {
        return network.forward(inputs).mul(labels);
    }

    @Override
    public NDArray logLoss() {
        return loss.logLoss(margins());
    }
}
