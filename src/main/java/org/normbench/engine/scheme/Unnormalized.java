package org.normbench.engine.scheme;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/** The baseline: W itself is trained. */
public final class Unnormalized implements NormalizationScheme {

    public static final String NAME = "none";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDList initialize(NDManager manager, double[][] z) {
        return new NDList(manager.create(z));
    }

    @Override
    public NDArray weights(NDList parameters) {
        return parameters.get(0);
    }
}
