package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.IrisData;
import org.normbench.engine.data.MaxMarginDirection;
import org.normbench.engine.loss.ExponentialLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;
import org.normbench.engine.scheme.CoefficientNormalization;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.scheme.Unnormalized;
import org.normbench.engine.scheme.WeightNormalization;
import org.normbench.engine.task.DirectionConvergenceTask;
import org.normbench.engine.train.MarginObjective;
import org.normbench.engine.train.ProjectedGradientDescent;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 003 E1: the IRIS data and its max-margin direction against the pilot's SLSQP solution, coefficient
 * normalization's step against the pilot's update, and the direction rates of a linear classifier on one
 * example — GD's ε·ρ constant, WN's and proj's log ε linear in log² t with slopes −½/‖v‖² and −½ (pilot −0.311
 * against −0.315, −0.485).
 */
class LinearDirectionTest {

    private static final double[] W0 = {0.3, -0.6, 0.5, 0.4};

    @Test
    void theMaxMarginDirectionOfSetosaAgainstVersicolorIsThePilots() {
        Dataset data = IrisData.setosaVersicolor();
        assertEquals(100, data.size());
        assertEquals(5, data.dimension());
        MaxMarginDirection svm = MaxMarginDirection.of(data);
        assertEquals(0.88098, svm.margin(), 5e-6, "spec 003 E1b: γ* = 0.88098");
        int support = 0;
        for (int i = 0; i < data.size(); i++) {
            double margin = 0;
            for (int j = 0; j < data.dimension(); j++) {
                margin += data.y()[i] * svm.direction()[j] * data.x()[i][j];
            }
            assertTrue(margin >= svm.margin() - 1e-12);
            support += margin < svm.margin() * (1 + 1e-6) ? 1 : 0;
        }
        assertEquals(4, support, "spec 003 E1b: 4 support vectors");
        Dataset one = IrisData.firstExample();
        assertEquals(1, Math.hypot(Math.hypot(one.x()[0][0], one.x()[0][1]), Math.hypot(one.x()[0][2],
                one.x()[0][3])), 1e-15);
    }

    /** The pilot's proj step: V ← (V − η r G)/‖V − η r G‖, r ← r − η G·V, G = ∇_w L. */
    @Test
    void coefficientNormalizationStepsLikeThePilot() {
        Dataset data = IrisData.setosaVersicolor();
        double rate = 0.01;
        try (NDManager manager = NDManager.newBaseManager()) {
            DenseLayer layer = DenseLayer.trained(manager, new CoefficientNormalization(), new double[][] {
                    {0.1, -0.2, 0.05, 0.3, 0.2}});
            FeedForwardNetwork network = new FeedForwardNetwork(List.of(layer), Activation.LINEAR);
            MarginObjective objective = new MarginObjective(manager, network, data, new ExponentialLoss());
            NDList parameters = layer.parameters();
            double[] v = parameters.get(0).toDoubleArray();
            double r = parameters.get(1).getDouble(0);
            assertArrayEquals(new double[] {0.1, -0.2, 0.05, 0.3, 0.2}, layer.weights().toDoubleArray(), 1e-15);
            double logLoss = GradientCheck.differentiate(objective::logLoss);
            double[] g = layer.effectiveGradient().mul(Math.exp(logLoss)).toDoubleArray();
            double worst = GradientCheck.worstRelativeError(parameters, () -> objective.logLoss().getDouble());
            assertTrue(worst < 1e-6, "autograd against central differences: " + worst);
            new ProjectedGradientDescent(rate, List.of(parameters)).step(network.parameters(), logLoss, objective);
            double[] moved = new double[v.length];
            double norm = 0;
            double radial = 0;
            for (int j = 0; j < v.length; j++) {
                moved[j] = v[j] - rate * r * g[j];
                norm += moved[j] * moved[j];
                radial += g[j] * v[j];
            }
            for (int j = 0; j < v.length; j++) {
                moved[j] /= Math.sqrt(norm);
            }
            assertArrayEquals(moved, parameters.get(0).toDoubleArray(), 1e-14);
            assertEquals(r - rate * radial, parameters.get(1).getDouble(0), 1e-14);
        }
    }

    @Test
    void weightNormalizationConvergesSuperPolynomiallyAndGradientDescentLikeOneOverRho() {
        Map<String, Double> wn = run(WeightNormalization.unitDirections(), 20_000);
        Map<String, Double> proj = run(new CoefficientNormalization(), 20_000);
        Map<String, Double> gd = run(new Unnormalized(), 20_000);
        System.out.printf("spec 003 E1a: WN %s%n  proj %s%n  GD %s%n", wn, proj, gd);
        assertTrue(wn.get("direction_error") < 1e-10, "WN: ε after 2·10⁴ steps " + wn.get("direction_error"));
        assertEquals(1, wn.get("log_error_slope_ratio"), 0.1, "WN: slope over −½/‖v‖²");
        assertTrue(wn.get("log_error_slope_r2") > 0.99);
        assertEquals(1, proj.get("log_error_slope_ratio"), 0.1, "proj: slope over −½");
        assertTrue(gd.get("error_rho_spread") < 1.1, "GD: ε·ρ constant over t ≥ 20");
        assertTrue(gd.get("direction_error") > 0.1, "GD is logarithmically slow");
    }

    private static Map<String, Double> run(NormalizationScheme scheme, long steps) {
        Dataset data = IrisData.firstExample();
        try (NDManager manager = NDManager.newBaseManager()) {
            long started = System.nanoTime();
            TrainingResult result = new DirectionConvergenceTask(new DirectionConvergenceTask.Config(data,
                    data.x()[0], W0, scheme, 0.5, steps, 20, 1000)).run(manager, (s, t, v) -> { }, () -> false);
            System.out.printf("%s: %.1f µs/step%n", scheme.name(), (System.nanoTime() - started) / 1e3 / steps);
            return result.probeSummaries();
        }
    }

}
