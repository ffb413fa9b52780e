package org.normbench.engine.scheme;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;

/** The baseline: W itself is trained. */
public final class Unnormalized implements NormalizationScheme {

    public static final String NAME = "none";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDList initialize(NDManager manager, double[][] z) {
        return new NDList(Rows.named("w", manager.create(z)));
    }

    @Override
    public NDArray weights(NDList parameters) {
        return parameters.get(0);
    }

    /** W itself is trained: J_k = I. */
    @Override
    public NeuronMetric metric(NDList parameters) {
        double[] ones = new double[(int) parameters.get(0).getShape().get(0)];
        Arrays.fill(ones, 1.0);
        return new NeuronMetric(ones, ones.clone());
    }

    @Override
    public NDArray effectiveGradient(NDList parameters) {
        return parameters.get(0).getGradient();
    }
}
