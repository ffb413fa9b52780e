package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.normbench.engine.probe.Sparsity;

/** Spec 000 §4's M1/M2 on a hand-computed case. */
class SparsityTest {

    private static final double[] NORMS = {4, 3, 0.5, 0.5};

    @Test
    void activeCountCountsNeuronsAboveTheFractionOfTheLargest() {
        assertEquals(2, Sparsity.activeCount(NORMS, 0.2));
        assertEquals(4, Sparsity.activeCount(NORMS, 0.125));
    }

    @Test
    void participationRatioIsTheEffectiveNumberOfNeurons() {
        assertEquals(64 / 25.5, Sparsity.participationRatio(NORMS), 1e-15);
        assertEquals(4, Sparsity.participationRatio(new double[] {2, 2, 2, 2}), 1e-15);
    }

    @Test
    void topMassIsTheShareOfTheLargestTenPercent() {
        assertEquals(0.5, Sparsity.topMass(NORMS, 0.1), 1e-15);
        assertEquals(7 / 8.0, Sparsity.topMass(NORMS, 0.5), 1e-15);
    }
}
