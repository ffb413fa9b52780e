package org.normbench.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small claim of each paper end to end on the engine: the local runner trains a preset or a small grid and
 * judges the benchmark's claims into claims.json.
 */
class LocalClaimsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** Spec 000 Prop. 6 on the Simple-Traj CPU preset: EWN ends near the limit, the unnormalized net stays dense. */
    @Test
    void theSimpleTrajectoryPresetConfirmsProposition6() throws IOException {
        Path out = dir.resolve("simple-traj");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = LocalRun.execute(new String[] {"--preset", "cpu", "morwani-ewn-simple-traj", out.toString()},
                new PrintStream(log, true), System.err);
        assertEquals(0, status, log.toString());
        Map<String, String> verdicts = verdicts(out);
        assertEquals("HOLDS", verdicts.get("ewn-axis-limit-w2init-1"), log.toString());
        assertEquals("HOLDS", verdicts.get("ewn-axis-limit-w1init-1"), log.toString());
        assertEquals("HOLDS", verdicts.get("none-not-sparse"), log.toString());
        assertTrue(log.toString().contains("18 runs in"), log.toString());
    }

    /** Spec 003 E2a: the exact balanced flow's CPU preset decides Fig. 2's claims from one run per depth. */
    @Test
    void theBalancedFlowPresetConfirmsFigure2() throws IOException {
        Path out = dir.resolve("balanced-flow");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertEquals(0, LocalRun.execute(new String[] {"--preset", "cpu", "theory3-balanced-flow", out.toString()},
                new PrintStream(log, true), System.err), log.toString());
        assertEquals(Map.of("product-like-log-t", "HOLDS", "deeper-product-faster", "HOLDS", "layers-grow-slowly",
                "HOLDS"), verdicts(out), log.toString());
    }

    /** Spec 002 Prop. 1 / Obs. 1 and the α-scaling: paired WN(α = 1) and unnormalized runs take the same steps. */
    @Test
    void pairedWeightNormalizationMatchesTheUnnormalizedNetwork() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<String, String> verdicts = runExperiment("wn", """
                {"name": "paired", "benchmark": "dukler-wn-convergence", "schemes": ["none", "wn"],
                 "grid": {"alpha": [0.7, 1], "kernelEvery": [1000]}, "seeds": [1, 2, 3]}""", log);
        assertEquals("HOLDS", verdicts.get("paired-steps"), log.toString());
        assertEquals("HOLDS", verdicts.get("paired-rate"), log.toString());
        assertEquals("HOLDS", verdicts.get("alpha-scaling"), log.toString());
    }

    /** Spec 001 eq. (20): from r₀ = 10 > r∞, weight normalization ends further from x* than plain GD. */
    @Test
    void weightNormalizationLosesItsAdvantageAboveTheLimitRadius() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<String, String> verdicts = runExperiment("cs", """
                {"name": "large init", "benchmark": "chou-wn-sparse-recovery", "schemes": ["none", "global-wn"],
                 "grid": {"initScale": [10]}, "seeds": [1, 2, 3]}""", log);
        assertEquals("HOLDS", verdicts.get("benefit-reverses"), log.toString());
        assertEquals("INCONCLUSIVE", verdicts.get("wn-recovers"), "no run at r₀ = 1");
    }

    /**
     * Spec 004 Thm 3 and Lemma 1 on Fashion-MNIST: with BN the angular update reaches √(2λη/(1+α)) and the weights
     * stay orthogonal to their gradients; the unnormalized control does not.
     */
    @Test
    void batchNormalizedWeightsReachTheirAngularEquilibrium() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<String, String> verdicts = runExperiment("smd", """
                {"name": "short SGDM", "benchmark": "smd-equilibrium", "schemes": ["batchnorm", "none"],
                 "grid": {"steps": [1000]}, "seeds": [1, 2, 3]}""", log);
        assertEquals("HOLDS", verdicts.get("sgdm-angular-update"), log.toString());
        assertEquals("HOLDS", verdicts.get("batchnorm-orthogonal"), log.toString());
        assertEquals("HOLDS", verdicts.get("unnormalized-not-orthogonal"), log.toString());
        assertEquals("INCONCLUSIVE", verdicts.get("sgd-angular-update"), "no SGD run");
    }

    /**
     * Spec 000 E-PR wired end to end on both data sets: digits and images drawn, checkpoints pruned up to the target,
     * and the claims about e^−100 inconclusive while no run gets there.
     */
    @Test
    void pruningRunsReportEveryCheckpointUpToTheirTarget() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<String, String> verdicts = runExperiment("prune", """
                {"name": "small", "benchmark": "morwani-ewn-mnist-pruning", "schemes": ["ewn", "none"],
                 "grid": {"trainExamples": [300], "testExamples": [500], "width": [32], "logLossLevel": [-30]},
                 "seeds": [1, 2, 3]}""", log);
        assertTrue(verdicts.get("ewn-prunes-better-than-none").equals("INCONCLUSIVE"), log.toString());
        assertEquals(8, verdicts.size());
        JsonNode summary = MAPPER.readTree(dir.resolve("prune/run-1-ewn-seed1/summary.json").toFile()).get("metrics");
        for (String level : new String[] {"-5", "-10", "-30"}) {
            assertTrue(summary.get("unpruned_accuracy_at_log_loss_" + level).asDouble() > 0.7, summary.toString());
            assertTrue(summary.has("pruned_90pct_accuracy_at_log_loss_" + level), summary.toString());
        }
        assertTrue(!summary.has("pruned_90pct_accuracy_at_log_loss_-100"), "beyond the target");

        runExperiment("fashion", """
                {"name": "tiny", "benchmark": "morwani-ewn-fashion-pruning", "schemes": ["swn"],
                 "grid": {"trainExamples": [200], "testExamples": [300], "width": [16], "logLossLevel": [-5]},
                 "seeds": [1]}""", log);
        JsonNode fashion = MAPPER.readTree(dir.resolve("fashion/run-1-swn-seed1/summary.json").toFile());
        assertEquals("CONVERGED", fashion.get("stopReason").asText(), fashion.toString());
        assertTrue(fashion.get("metrics").has("magnitude_pruned_90pct_accuracy_at_log_loss_-5"), fashion.toString());
    }

    /**
     * Spec 000 E-MN2 on a tenth of the zeros and ones: the digits are drawn and (B3) is judged from every seed (so
     * few examples are separated in ~40 steps, before any neuron grows 3×).
     */
    @Test
    void theMnistRelationsCheckTheDescentAssumptions() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<String, String> verdicts = runExperiment("relations", """
                {"name": "small", "benchmark": "morwani-ewn-mnist-relations", "schemes": ["ewn"],
                 "grid": {"trainExamples": [200], "logLossLevel": [-100]}, "seeds": [1, 2, 3]}""", log);
        assertEquals("HOLDS", verdicts.get("ewn-b3-vanishes"), log.toString());
        assertEquals(5, verdicts.size(), verdicts.toString());
        JsonNode summary = MAPPER.readTree(dir.resolve("relations/run-1-ewn-seed1/summary.json").toFile());
        assertEquals("CONVERGED", summary.get("stopReason").asText(), summary.toString());
        assertTrue(summary.get("metrics").has("unit_gradient_change"), summary.toString());
        String metrics = Files.readString(dir.resolve("relations/run-1-ewn-seed1/metrics.csv"));
        for (String series : new String[] {"b3_max", "unit_gradient_change"}) {
            assertTrue(metrics.contains("\n" + series + ","), series + " is recorded as a series");
        }
    }

    /** Trains the experiment file {@code json} with the local runner and returns its claims' verdicts. */
    private Map<String, String> runExperiment(String name, String json, ByteArrayOutputStream log) throws IOException {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, json);
        Path out = dir.resolve(name);
        assertEquals(0, LocalRun.execute(new String[] {file.toString(), out.toString()}, new PrintStream(log, true),
                System.err), log.toString());
        return verdicts(out);
    }

    @Test
    void anUnknownPresetIsNamedAndNothingRuns() {
        Path out = dir.resolve("none");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, LocalRun.execute(new String[] {"--preset", "huge", "morwani-ewn-simple-traj", out.toString()},
                System.out, new PrintStream(err, true)));
        assertEquals("benchmark 'morwani-ewn-simple-traj' has no preset 'huge'; it has [cpu, paper]",
                err.toString().strip());
        assertTrue(Files.notExists(out));
    }

    private static Map<String, String> verdicts(Path out) throws IOException {
        Map<String, String> verdicts = new HashMap<>();
        for (JsonNode result : (Iterable<JsonNode>) MAPPER.readTree(out.resolve("claims.json").toFile())::elements) {
            verdicts.put(result.get("claim").get("id").asText(), result.get("verdict").asText());
        }
        return verdicts;
    }
}
