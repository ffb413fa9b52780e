package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import java.util.ArrayList;
import java.util.List;

/** Copies of trainable tensors, so that a rejected trial step can be undone exactly (backtracking rules). */
final class ParameterSnapshot {

    private final List<NDArray> copies;

    private ParameterSnapshot(List<NDArray> copies) {
        this.copies = copies;
    }

    static ParameterSnapshot of(NDList parameters) {
        List<NDArray> copies = new ArrayList<>(parameters.size());
        for (NDArray parameter : parameters) {
            copies.add(parameter.duplicate());
        }
        return new ParameterSnapshot(copies);
    }

    /** Writes the copies back into {@code parameters} in place. */
    void restore(NDList parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            copies.get(i).copyTo(parameters.get(i));
        }
    }
}
