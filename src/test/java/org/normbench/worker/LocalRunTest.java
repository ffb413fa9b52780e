package org.normbench.worker;

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
import java.util.List;
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
                 "grid": {"maxSteps": [300]}, "seeds": [0]}""");
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
    }

    @Test
    void anInvalidExperimentNamesEveryBadFieldAndRunsNothing() throws IOException {
        Path file = write("""
                {"name": "bad", "benchmark": "morwani-ewn-xor-sparsity", "schemes": ["wn"],
                 "grid": {"width": [-3]}, "seeds": [0]}""");
        Path out = dir.resolve("out");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalRun.run(file, out, System.out));
        assertTrue(e.getMessage().contains("schemes[0]: benchmark morwani-ewn-xor-sparsity does not support scheme"
                + " 'wn'"), e.getMessage());
        assertTrue(e.getMessage().contains("grid.width[0]: Width m must be at least 2, got -3"), e.getMessage());
        assertFalse(Files.exists(out), "nothing written");
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
