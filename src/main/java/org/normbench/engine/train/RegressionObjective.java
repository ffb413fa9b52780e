package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.loss.SummedSquaredLoss;
import org.normbench.engine.model.TwoLayerReluNetwork;

/** Full-batch summed squared loss of a two-layer network on a fixed data set (float64), as ln L. */
public final class RegressionObjective implements Objective {

    private final TwoLayerReluNetwork network;
    private final NDArray inputs;
    private final NDArray targets;
    private final SummedSquaredLoss loss = new SummedSquaredLoss();

    public RegressionObjective(NDManager manager, TwoLayerReluNetwork network, Dataset data) {
        this.network = network;
        this.inputs = manager.create(data.x());
        this.targets = manager.create(data.y());
    }

    @Override
    public NDList parameters() {
        return network.parameters();
    }

    @Override
    public NDArray logLoss() {
        return loss.evaluate(network.forward(inputs), targets).log();
    }
}
