package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.L1Reference;
import org.normbench.engine.data.SensingProblem;

/** Spec 001's ℓ₁ reference: small programs solved by hand, and the LP's recovery of sparse signals (spec 001 C0). */
class L1ReferenceTest {

    @Test
    void nonnegativeProgramPicksTheSharedCoordinate() {
        // z₁ + z₂ = 1, z₂ + z₃ = 1, z ≥ 0: ‖z‖₁ = 2 − z₂, least at z = (0, 1, 0)
        SensingProblem problem = new SensingProblem(new double[][] {{1, 1, 0}, {0, 1, 1}}, new double[] {1, 1},
                new double[] {0, 1, 0}, SensingProblem.Kind.SPARSE);
        L1Reference reference = L1Reference.of(problem);
        assertEquals(1, reference.minimum(), 1e-12);
        assertArrayEquals(new double[] {0, 1, 0}, reference.minimizer(), 1e-12);
    }

    @Test
    void signedProgramMayGoNegative() {
        // z₁ + 2z₂ = −4: ‖z‖₁ is least with everything on the larger coefficient, z = (0, −2)
        SensingProblem problem = new SensingProblem(new double[][] {{1, 2}}, new double[] {-4},
                new double[] {0, -2}, SensingProblem.Kind.SIGNED);
        L1Reference reference = L1Reference.of(problem);
        assertEquals(2, reference.minimum(), 1e-12);
        assertArrayEquals(new double[] {0, -2}, reference.minimizer(), 1e-12);
    }

    @Test
    void theProgramRecoversSpec001sSparseSignals() {
        // N = 1000, M = 150, s = 10 (spec 001 §5): the pilot's LP recovered x* to 1e-12 on every draw
        for (SensingProblem.Kind kind : new SensingProblem.Kind[] {SensingProblem.Kind.SPARSE,
                SensingProblem.Kind.SIGNED}) {
            SensingProblem problem = SensingProblem.draw(1000, 150, 10, kind, false, new Random(3));
            L1Reference reference = L1Reference.of(problem);
            double error = 0;
            for (int n = 0; n < 1000; n++) {
                error += Math.abs(reference.minimizer()[n] - problem.signal()[n]);
            }
            assertTrue(error < 1e-9, kind + ": ‖z_LP − x*‖₁ = " + error);
            assertEquals(10, reference.minimum(), 1e-9, kind + ": Q = ‖x*‖₁ = s");
        }
    }

    @Test
    void aGaussianSignalIsNotRecoveredButTheMinimumIsBelowItsNorm() {
        SensingProblem problem = SensingProblem.draw(1000, 150, 0, SensingProblem.Kind.GAUSSIAN, false, new Random(7));
        L1Reference reference = L1Reference.of(problem);
        double signal = 0;
        int nonzeros = 0;
        for (int n = 0; n < 1000; n++) {
            signal += Math.abs(problem.signal()[n]);
            nonzeros += reference.minimizer()[n] > 1e-9 ? 1 : 0;
        }
        // spec 001 §3.3 (its own draw): Q = 206.2 against ‖x*‖₁ = 809.8; a vertex has at most M nonzeros
        assertTrue(reference.minimum() < 0.4 * signal, reference.minimum() + " against " + signal);
        assertTrue(nonzeros <= 150, nonzeros + " nonzeros");
        double[] residual = SensingProblem.times(problem.a(), reference.minimizer());
        for (int i = 0; i < 150; i++) {
            assertEquals(problem.b()[i], residual[i], 1e-8, "A z_LP = b");
        }
    }
}
