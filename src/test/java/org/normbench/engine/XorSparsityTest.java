package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.normbench.engine.data.XorData;
import org.normbench.engine.loss.LogisticThenExponentialLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.LayerInitialization;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.NeuronNormsProbe;
import org.normbench.engine.scheme.Schemes;
import org.normbench.engine.task.MarginClassificationTask;
import org.normbench.engine.train.LossAdaptiveStep;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 000 E-XOR against its numpy pilot ({@code toy.py}, {@code run_xor.py}) from the pilot's own W(0)
 * (exported to {@code spec000/xor-w1-seed*.csv}): same schedule, same loss, float64. The pilot counts one more
 * step (it steps once more after the loss it stops on), so its final norms are one step further.
 */
class XorSparsityTest {

    private static final int WIDTH = 20;

    /** seed, scheme, c, cap; the pilot's steps, final ln L, active neurons (≥ 0.2·max), participation ratio. */
    @ParameterizedTest(name = "seed {0} {1}")
    @CsvSource({
        "0, ewn,  0.8,    0.1, 2984, -50.001855833369795, 5, 5.194547517794851",
        "0, none, 0.9333, 0.1, 1615, -50.001214459994856, 20, 19.205295204597583",
        "2, ewn,  0.8,    0.1, 2465, -50.00127548360894, 4, 4.612726323917661"})
    void matchesThePilot(int seed, String scheme, double exponent, double cap, long pilotSteps, double pilotLogLoss,
            int pilotActive, double pilotParticipation) throws IOException {
        double c = exponent == 0.9333 ? 1 - 1.0 / 15 : exponent;
        MarginClassificationTask task = new MarginClassificationTask(new MarginClassificationTask.Config(
                XorData.points(), List.of(pilotWeights(seed), LayerInitialization.halfPlusHalfMinus(WIDTH)),
                List.of(true, false), Schemes.create(scheme, Map.of()), Activation.RELU,
                new LogisticThenExponentialLoss(30),
                () -> new LossAdaptiveStep(new LossAdaptiveStep.Settings(0.01, c, cap, 1.1)),
                StopRule.logLossLevel(-50, 100_000, 1e6), 1000, 1000, 0.2, 64));
        Map<String, Map<Long, Double>> series = new TreeMap<>();
        TrainingResult result;
        try (NDManager manager = NDManager.newBaseManager()) {
            result = task.run(manager, (name, step, value) -> series.computeIfAbsent(name, k -> new TreeMap<>())
                    .put(step, value), () -> false);
        }
        Map<String, Double> summary = result.probeSummaries();
        System.out.printf("XOR seed %d %s: %d steps (pilot %d), ln L %.12f (pilot %.12f), active %.0f (pilot %d),"
                + " PR %.4f (pilot %.4f), %.2f s%n", seed, scheme, result.steps(), pilotSteps, result.finalLogLoss(),
                pilotLogLoss, summary.get("active_neurons"), pilotActive, summary.get("participation_ratio"),
                pilotParticipation, result.seconds());
        assertEquals(StopReason.CONVERGED, result.reason());
        assertEquals(pilotSteps - 1, result.steps(), "steps to ln L ≤ −50");
        assertEquals(pilotLogLoss, result.finalLogLoss(), 1e-9 * Math.abs(pilotLogLoss), "final ln L");
        assertEquals(pilotActive, summary.get("active_neurons"), "active neurons");
        assertEquals(pilotParticipation, summary.get("participation_ratio"), 1e-2 * pilotParticipation);
        assertEquals(result.steps(), summary.get("steps_to_log_loss_-50"));
        assertEquals(WIDTH, series.keySet().stream().filter(s -> s.startsWith(NeuronNormsProbe.SERIES_PREFIX)).count());
        assertTrue(series.get(NeuronNormsProbe.SERIES_PREFIX + 0).containsKey(result.steps()), "last step recorded");
    }

    /**
     * SWN under its cap of 1 is chaotic: the engine and the pilot agree to 1e-12 for the first ~65 steps, then
     * rounding differences grow until one run stalls (spec 000 E-XOR: 4 of the pilot's 10 seeds stalled) and
     * another does not. So SWN is checked step by step where the two must agree, and by the paper's claim
     * (almost every neuron stays active: spec 000 §6 headline 1) at the end.
     */
    @Test
    void standardWeightNormalizationFollowsThePilotAndStaysDense() throws IOException {
        MarginClassificationTask task = new MarginClassificationTask(new MarginClassificationTask.Config(
                XorData.points(), List.of(pilotWeights(1), LayerInitialization.halfPlusHalfMinus(WIDTH)),
                List.of(true, false), Schemes.create("swn", Map.of()), Activation.RELU,
                new LogisticThenExponentialLoss(30),
                () -> new LossAdaptiveStep(new LossAdaptiveStep.Settings(0.01, 1 - 1.0 / 15, 1.0, 1.1)),
                StopRule.logLossLevel(-50, 3000, 1e6), 1, 1000, 0.2, 64));
        Map<Long, Double> logLoss = new TreeMap<>();
        TrainingResult result;
        try (NDManager manager = NDManager.newBaseManager()) {
            result = task.run(manager, (name, step, value) -> {
                if (name.equals(LossProbe.SERIES)) {
                    logLoss.put(step, Math.log(value));
                }
            }, () -> false);
        }
        Map<Long, Double> pilot = pilotLogLoss();
        for (Map.Entry<Long, Double> expected : pilot.entrySet()) {
            assertEquals(expected.getValue(), logLoss.get(expected.getKey()),
                    1e-10 * Math.max(1, Math.abs(expected.getValue())), "ln L at step " + expected.getKey());
        }
        Map<String, Double> summary = result.probeSummaries();
        System.out.printf("XOR seed 1 swn: %s after %d steps at ln L %.3f, active %.0f, PR %.2f%n", result.reason(),
                result.steps(), result.finalLogLoss(), summary.get("active_neurons"),
                summary.get("participation_ratio"));
        assertTrue(result.finalLogLoss() < -40, "trained far into the separable regime");
        assertTrue(summary.get("active_neurons") >= 15, "SWN keeps most neurons active");
        assertTrue(summary.get("participation_ratio") >= 13, "SWN's participation ratio");
    }

    private static Map<Long, Double> pilotLogLoss() throws IOException {
        Map<Long, Double> values = new TreeMap<>();
        try (InputStream in = XorSparsityTest.class.getResourceAsStream("/spec000/xor-swn-seed1-log-loss.csv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(line -> line.split(","))
                    .forEach(cells -> values.put(Long.parseLong(cells[0]), Double.parseDouble(cells[1])));
        }
        return values;
    }

    static double[][] pilotWeights(int seed) throws IOException {
        try (InputStream in = XorSparsityTest.class.getResourceAsStream("/spec000/xor-w1-seed" + seed + ".csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                    .toArray(double[][]::new);
        }
    }
}
