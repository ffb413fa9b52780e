package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;
import org.normbench.engine.loss.ExponentialLoss;
import org.normbench.engine.loss.LogisticLoss;
import org.normbench.engine.loss.LogisticThenExponentialLoss;
import org.normbench.engine.loss.MarginLoss;

/** The log-space margin losses of spec 000 §2.4: exact values far below e^−745, and exact gradients. */
class MarginLossTest {

    @Test
    void logisticMatchesTheDirectFormulaWhereThatIsExact() {
        double[] margins = {-40, -5, -0.3, 0, 2, 17, 29.9, 30.1, 36};
        double expected = 0;
        for (double s : margins) {
            expected += Math.log1p(Math.exp(-s));
        }
        assertEquals(Math.log(expected), logLoss(new LogisticLoss(), margins), 1e-14 * Math.abs(Math.log(expected)));
    }

    /** e^−800 underflows a double; ln L does not. ln Σ log(1 + e^−s_i) = −800 + ln(1 + e^−10) − O(e^−800) here. */
    @Test
    void lossesFarBelowTheSmallestDoubleStayExact() {
        double[] margins = {800, 810};
        double expected = -800 + Math.log1p(Math.exp(-10));
        assertEquals(expected, logLoss(new ExponentialLoss(), margins), 1e-15 * 800);
        assertEquals(expected, logLoss(new LogisticLoss(), margins), 1e-15 * 800);
        assertEquals(expected, logLoss(new LogisticThenExponentialLoss(30), margins), 1e-15 * 800);
    }

    @Test
    void theSwitchingLossIsLogisticUntilEveryMarginExceedsTheSwitch() {
        double[] mixed = {29, 45};
        assertEquals(logLoss(new LogisticLoss(), mixed), logLoss(new LogisticThenExponentialLoss(30), mixed), 0);
        double[] separated = {31, 45};
        assertEquals(logLoss(new ExponentialLoss(), separated),
                logLoss(new LogisticThenExponentialLoss(30), separated), 0);
    }

    /**
     * Far out, ∂ ln L/∂s_i = −e^{−s_i}/Σ_j e^{−s_j} for both losses (to e^−500 for the logistic one), which finite
     * differences of ln L ≈ −500 could not resolve for the small components.
     */
    @Test
    void gradientsFarOutAreTheSoftmaxOfTheNegatedMargins() {
        double[] margins = {500, 503, 520};
        double normalizer = 0;
        for (double s : margins) {
            normalizer += Math.exp(margins[0] - s);
        }
        for (MarginLoss loss : new MarginLoss[] {new LogisticLoss(), new ExponentialLoss()}) {
            double[] analytic = gradient(loss, margins);
            for (int i = 0; i < margins.length; i++) {
                double expected = -Math.exp(margins[0] - margins[i]) / normalizer;
                assertEquals(expected, analytic[i], 1e-13 * Math.abs(expected), "d/ds_" + i);
            }
        }
    }

    /** Central differences of ln L in every margin, across the logistic branch point. */
    @Test
    void gradientsMatchFiniteDifferences() {
        double[][] cases = {{-3, 0.5, 2, 29.5, 30.5}, {-60, 1}};
        for (MarginLoss loss : new MarginLoss[] {new LogisticLoss(), new ExponentialLoss()}) {
            for (double[] margins : cases) {
                double[] analytic = gradient(loss, margins);
                double h = 1e-6;
                for (int i = 0; i < margins.length; i++) {
                    double[] plus = margins.clone();
                    double[] minus = margins.clone();
                    plus[i] += h;
                    minus[i] -= h;
                    double numeric = (logLoss(loss, plus) - logLoss(loss, minus)) / (2 * h);
                    double error = Math.abs(numeric - analytic[i]) / Math.max(1e-6, Math.abs(analytic[i]));
                    assertTrue(error < 1e-6, loss.getClass().getSimpleName() + " d/ds_" + i + " at "
                            + margins[i] + ": autograd " + analytic[i] + ", finite differences " + numeric);
                }
            }
        }
    }

    private static double logLoss(MarginLoss loss, double[] margins) {
        try (NDManager manager = NDManager.newBaseManager()) {
            return loss.logLoss(manager.create(margins)).getDouble();
        }
    }

    private static double[] gradient(MarginLoss loss, double[] margins) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray s = manager.create(margins);
            s.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(loss.logLoss(s));
            }
            JniUtils.setGradMode(false);
            return s.getGradient().toDoubleArray();
        }
    }
}
