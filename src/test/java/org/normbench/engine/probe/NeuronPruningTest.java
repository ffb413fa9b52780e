package org.normbench.engine.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spec 000 M4's pruning arithmetic on cases worked by hand. */
class NeuronPruningTest {

    /**
     * Three test points, three hidden neurons, two classes. Logit of class j: Σ_u h_iu W₂[j, u] with
     * W₂ = [[1, 0, 2], [0, 1, 0]]: neuron 0 and 2 vote for class 0, neuron 1 for class 1.
     */
    private static final double[] ACTIVATIONS = {
        1, 2, 0,   // point 0: logits (1, 2) → class 1 (label 1: right); without neuron 1 → (1, 0) → wrong
        0, 1, 1,   // point 1: logits (2, 1) → class 0 (label 0: right); without neuron 2 → (0, 1) → wrong
        3, 1, 0};  // point 2: logits (3, 1) → class 0 (label 0: right); without neuron 0 → (0, 1) → wrong
    private static final double[] OUTPUT_WEIGHTS = {1, 0, 2, 0, 1, 0};
    private static final int[] LABELS = {1, 0, 0};

    @Test
    void accuracyFollowsTheRemovalOrder() {
        NeuronPruning pruning = new NeuronPruning(ACTIVATIONS, 3, OUTPUT_WEIGHTS, 2, LABELS);
        // ⌊p·3/100⌋ neurons go: 0 at p = 0 and 33, 1 at p = 34 and 66, 2 at p = 67
        int[] percents = {0, 33, 34, 66, 67};
        // remove 2 first: point 1 fails (0, 1); then 1: point 0 (1, 0) fails too, point 1 (0, 0) → argmax 0: right
        assertArrayEquals(new double[] {1, 1, 2 / 3.0, 2 / 3.0, 2 / 3.0},
                pruning.accuracies(new int[] {2, 1, 0}, percents), 1e-15);
        // remove 0 first: point 2 (0, 1) fails; then 2: point 1 (0, 1) fails, point 2 still (0, 1)
        assertArrayEquals(new double[] {1, 1, 2 / 3.0, 2 / 3.0, 1 / 3.0},
                pruning.accuracies(new int[] {0, 2, 1}, percents), 1e-15);
    }

    @Test
    void scoresOrderAscendingWithTiesByIndex() {
        assertArrayEquals(new int[] {1, 3, 0, 2}, NeuronPruning.ascending(new double[] {0.5, -1, 0.7, 0.5 - 1}));
        assertArrayEquals(new int[] {0, 2, 1}, NeuronPruning.ascending(new double[] {1, 2, 1}));
    }

    @Test
    void areaIsTheMeanOverFractions() {
        assertEquals(0.5, NeuronPruning.area(new double[] {1, 0.5, 0}), 1e-15);
    }

    @Test
    void compressionAndSpeedupCountWhatIsLeft() {
        // d = 4, H = 10, K = 2: 10·(4 + 1 + 2) = 70 parameters, 10·(4 + 2) = 60 multiply-adds
        PruningCost cost = new PruningCost(4, 10, 2);
        assertEquals(70 / 35.0, cost.neuronCompression(5), 1e-15);
        assertEquals(60 / 6.0, cost.neuronSpeedup(9), 1e-15);
        assertEquals(70 / 50.0, cost.weightCompression(20), 1e-15);
        assertEquals(60 / 40.0, cost.weightSpeedup(20), 1e-15);
    }
}
