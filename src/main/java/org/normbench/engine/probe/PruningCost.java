package org.normbench.engine.probe;

/**
 * The two efficiency axes of the pruning literature (ShrinkBench) for a d → H → K classifier with a hidden bias:
 * compression ratio = all parameters / parameters left, theoretical speedup = multiply-adds of the dense net per
 * example / multiply-adds left. Removing a neuron removes its d weights, its bias and its K output weights;
 * removing single hidden weights (magnitude pruning) removes one parameter and one multiply-add each.
 */
record PruningCost(int features, int neurons, int classes) {

    private long parameters() {
        return (long) neurons * (features + 1 + classes);
    }

    private long multiplyAdds() {
        return (long) neurons * (features + classes);
    }

    double neuronCompression(int removedNeurons) {
        return (double) parameters() / ((long) (neurons - removedNeurons) * (features + 1 + classes));
    }

    double neuronSpeedup(int removedNeurons) {
        return (double) multiplyAdds() / ((long) (neurons - removedNeurons) * (features + classes));
    }

    double weightCompression(long removedWeights) {
        return (double) parameters() / (parameters() - removedWeights);
    }

    double weightSpeedup(long removedWeights) {
        return (double) multiplyAdds() / (multiplyAdds() - removedWeights);
    }
}
