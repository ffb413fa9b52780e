package org.normbench.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local runner: an experiment file in, one folder per run out, and bad input refused before anything runs. */
class LocalRunTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyRunOfTheGridGetsItsConfigurationMetricsAndSummary() throws IOException {
        Path file = write("""
                {"name": "try", "benchmark": "morwani-ewn-xor-sparsity", "schemes": ["ewn", "none"],
                 "grid": {"maxSteps": [300]}, "seeds": [0], "snapshotSteps": [100, 250]}""");
        Path out = dir.resolve("out");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertTrue(LocalRun.run(file, out, new PrintStream(log, true)));
        List<String> folders = Files.list(out).filter(Files::isDirectory).map(p -> p.getFileName().toString())
                .sorted().toList();
        assertEquals(List.of("run-1-ewn-seed0", "run-2-none-seed0"), folders);
        for (String folder : folders) {
            JsonNode run = MAPPER.readTree(out.resolve(folder).resolve("run.json").toFile());
            assertEquals("morwani-ewn-xor-sparsity", run.get("benchmark").asText());
            assertEquals(300, run.get("parameters").get("maxSteps").asInt());
            JsonNode summary = MAPPER.readTree(out.resolve(folder).resolve("summary.json").toFile());
            assertEquals("STEP_CAP", summary.get("stopReason").asText());
            assertEquals(300, summary.get("metrics").get("steps").asInt());
            List<String> metrics = Files.readAllLines(out.resolve(folder).resolve("metrics.csv"));
            assertEquals("series,step,value", metrics.get(0));
            // loss every 10 steps from 0 to 300, and 20 neuron norms at the same steps
            assertEquals(31, metrics.stream().filter(line -> line.startsWith("loss,")).count());
            assertEquals(31 * 20, metrics.stream().filter(line -> line.startsWith("neuron_norm.")).count());
            String last = metrics.stream().filter(line -> line.startsWith("loss,300,")).findFirst().orElseThrow();
            assertEquals(summary.get("metrics").get("final_loss").asDouble(), Double.parseDouble(last.split(",")[2]));
        }
        assertTrue(log.toString().contains("run-1-ewn-seed0: STEP_CAP"), log.toString());
        assertSnapshots(out.resolve("run-1-ewn-seed0"), out.resolve("run-2-none-seed0"));
    }

    /**
     * Both runs snapshot their parameters at init, at the asked-for steps and at the end; EWN's (v, a) and
     * unnormalized w start as the same weights (paired initialization), w_u = e^{a_u} v_u/‖v_u‖, and each
     * snapshot's step and ln L are its own step's.
     */
    private static void assertSnapshots(Path ewnRun, Path noneRun) throws IOException {
        Map<String, Npz.Array> ewnInit = Npz.read(ewnRun.resolve("snapshot-init.npz"));
        Map<String, Npz.Array> noneInit = Npz.read(noneRun.resolve("snapshot-init.npz"));
        assertEquals(List.of("step", "log_loss", "0_v", "1_a"), List.copyOf(ewnInit.keySet()));
        assertEquals(List.of("step", "log_loss", "0_w"), List.copyOf(noneInit.keySet()));
        assertEquals(0, ewnInit.get("step").values()[0]);
        Npz.Array v = ewnInit.get("0_v");
        Npz.Array w = noneInit.get("0_w");
        assertArrayEquals(w.shape(), v.shape());
        assertEquals(20, v.shape()[0]);
        for (int u = 0; u < v.shape()[0]; u++) {
            double norm = 0;
            for (int j = 0; j < v.shape()[1]; j++) {
                norm += v.get(u, j) * v.get(u, j);
            }
            double length = Math.exp(ewnInit.get("1_a").values()[u]) / Math.sqrt(norm);
            for (int j = 0; j < v.shape()[1]; j++) {
                assertEquals(w.get(u, j), length * v.get(u, j), 1e-12 * Math.abs(w.get(u, j)) + 1e-15);
            }
        }
        assertEquals(ewnInit.get("log_loss").values()[0], noneInit.get("log_loss").values()[0], 1e-12);
        for (Path run : List.of(ewnRun, noneRun)) {
            Map<String, Npz.Array> end = Npz.read(run.resolve("snapshot-final.npz"));
            assertEquals(300, end.get("step").values()[0]);
            double finalLoss = MAPPER.readTree(run.resolve("summary.json").toFile()).get("metrics").get("final_loss")
                    .asDouble();
            assertEquals(Math.log(finalLoss), end.get("log_loss").values()[0], 1e-12);
            assertTrue(Files.readString(run.resolve("log.txt")).contains("snapshot final at step 300"));
            List<String> losses = Files.readAllLines(run.resolve("metrics.csv"));
            for (long step : List.of(100L, 250L)) {
                Map<String, Npz.Array> at = Npz.read(run.resolve("snapshot-step_" + step + ".npz"));
                assertEquals(step, at.get("step").values()[0]);
                double loss = losses.stream().filter(line -> line.startsWith("loss," + step + ","))
                        .mapToDouble(line -> Double.parseDouble(line.split(",")[2])).findFirst().orElseThrow();
                assertEquals(Math.log(loss), at.get("log_loss").values()[0], 1e-12);
                assertFalse(Arrays.equals(at.get(run == ewnRun ? "0_v" : "0_w").values(),
                        Npz.read(run.resolve("snapshot-final.npz")).get(run == ewnRun ? "0_v" : "0_w").values()),
                        "the weights moved after step " + step);
            }
        }
    }

    /** A run past its wall-clock limit stops there and keeps its summaries and final snapshot. */
    @Test
    void aRunStopsAtItsTimeLimitWithWhatItHas() throws IOException {
        Path file = write("""
                {"name": "capped", "benchmark": "smd-equilibrium", "schemes": ["batchnorm"],
                 "grid": {"steps": [10000000], "width": [16]}, "seeds": [0], "timeLimitSeconds": 2}""");
        Path out = dir.resolve("out");
        assertTrue(LocalRun.run(file, out, System.out));
        Path run = out.resolve("run-1-batchnorm-seed0");
        JsonNode summary = MAPPER.readTree(run.resolve("summary.json").toFile());
        assertEquals("TIME_LIMIT", summary.get("stopReason").asText());
        double steps = summary.get("metrics").get("steps").asDouble();
        assertTrue(steps > 0 && steps < 10_000_000, "stopped by the limit, not at 10⁷ steps: " + steps);
        assertEquals(0.0, summary.get("metrics").get("converged").asDouble());
        assertEquals(steps, Npz.read(run.resolve("snapshot-final.npz")).get("step").values()[0]);
    }

    @Test
    void anInvalidExperimentNamesEveryBadFieldAndRunsNothing() throws IOException {
        Path file = write("""
                {"name": "bad", "benchmark": "morwani-ewn-xor-sparsity", "schemes": ["wn"],
                 "grid": {"width": [-3]}, "seeds": [0], "snapshotSteps": [10, 0, 10], "timeLimitSeconds": 0}""");
        Path out = dir.resolve("out");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalRun.run(file, out, System.out));
        assertTrue(e.getMessage().contains("schemes[0]: benchmark morwani-ewn-xor-sparsity does not support scheme"
                + " 'wn'"), e.getMessage());
        assertTrue(e.getMessage().contains("grid.width[0]: Width m must be at least 2, got -3"), e.getMessage());
        assertTrue(e.getMessage().contains("snapshotSteps[1]: a snapshot step must be a whole number ≥ 1"),
                e.getMessage());
        assertTrue(e.getMessage().contains("snapshotSteps[2]: step 10 is listed twice"), e.getMessage());
        assertTrue(e.getMessage().contains("timeLimitSeconds: a time limit must be at least 1 second, got 0"),
                e.getMessage());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aYamlFileIsReadAsTheSameExperiment() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                name: bad
                benchmark: morwani-ewn-xor-sparsity
                schemes: [wn]
                grid: {width: [-3]}
                seeds: [0]
                timeLimitSeconds: 0
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalRun.run(file, dir.resolve("out"), System.out));
        assertTrue(e.getMessage().contains("grid.width[0]: Width m must be at least 2, got -3"), e.getMessage());
        assertTrue(e.getMessage().contains("timeLimitSeconds: a time limit must be at least 1 second, got 0"),
                e.getMessage());
    }

    @Test
    void unknownBenchmarksMalformedFilesAndUsedOutputDirectoriesAreRefused() throws IOException {
        Path unknown = write("""
                {"name": "x", "benchmark": "nope", "schemes": ["ewn"], "grid": {}, "seeds": [0]}""");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalRun.run(unknown, dir.resolve("a"),
                System.out)).getMessage().contains("unknown benchmark 'nope'"));
        Path malformed = write("{\"name\": \"x\", \"benchmark\": ");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalRun.run(malformed, dir.resolve("b"),
                System.out)).getMessage().contains("cannot read"));
        Path valid = write("""
                {"name": "x", "benchmark": "morwani-ewn-xor-sparsity", "schemes": ["ewn"], "grid": {},
                 "seeds": [0]}""");
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "earlier results");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LocalRun.run(valid, used, System.out))
                .getMessage().contains("is not empty"));
        assertEquals("earlier results", Files.readString(used.resolve("keep.txt")));
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "experiment", ".json");
        Files.writeString(file, json);
        return file;
    }
}
