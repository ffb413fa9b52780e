package org.normbench.worker;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.task.NeuronPruningTask;
import org.normbench.engine.task.TrainingTask;
import org.normbench.engine.train.Snapshot;
import org.normbench.queue.RunRequest;

/**
 * The local pruning job (the portal's is {@link PruningJobExecutor}'s): prunes a finished run again from its saved parameter snapshots, without training, and compares
 * the result with what the run recorded. The run is a folder {@code bin/run-local} wrote (run.json, summary.json,
 * snapshot-*.npz) or a run archive downloaded from the portal ({@code bin/normbench download run ID}: run.json,
 * summary.json, artifacts/snapshot-*.npz). The output directory gets {@code metrics.csv} (the pruning curves:
 * series, step = percent pruned, value) and {@code summary.json} (the pruning summaries); each summary is printed
 * beside the run's recorded value.
 *
 * <p>Usage: {@code bin/run-local --prune RUN OUTPUT_DIR} (exit 0: pruned; 2: the run cannot be pruned again, with
 * the reason).
 */
final class SnapshotPruning {

    private static final String ARCHIVED = "artifacts/";

    private SnapshotPruning() {
    }

    /** Prunes the run at {@code run} into {@code output}; see the class comment. */
    static void execute(Path run, Path output, PrintStream log) {
        Map<String, byte[]> files = files(run);
        JsonNode config = json(files, "run.json");
        RunRequest request = new RunRequest(RunRequest.SCHEMA_VERSION,
                (config.has("runId") ? config.get("runId") : config.path("id")).asLong(), text(config, "benchmark"),
                config.path("benchmarkVersion").asInt(), text(config, "scheme"), parameters(config),
                config.path("seed").asLong(), null, List.of(), null, null);
        LocalRun.prepare(output);
        StringBuilder metrics = new StringBuilder("series,step,value\n");
        Map<String, Double> replayed = prune(request, files,
                (series, step, value) -> metrics.append(series).append(',').append(step).append(',')
                        .append(value).append('\n'));
        try {
            Files.writeString(output.resolve("metrics.csv"), metrics);
            LocalRun.MAPPER.writeValue(output.resolve("summary.json").toFile(), replayed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + output, e);
        }
        compare(recordedSummary(files), replayed, log);
    }

    /**
     * Prunes the run {@code request} describes again from its files (by name; the parameter snapshots among them are
     * read), its curves going to {@code sink}.
     *
     * @return the pruning summaries
     * @throws IllegalArgumentException when the run's benchmark prunes nothing, or its snapshots are missing,
     *                                  damaged or another run's
     */
    static Map<String, Double> prune(RunRequest request, Map<String, byte[]> files, MetricSink sink) {
        TrainingTask task = TaskFactory.create(request);
        if (!(task instanceof NeuronPruningTask pruning)) {
            throw new IllegalArgumentException("run " + request.runId() + " trains " + request.benchmark()
                    + ", which prunes nothing");
        }
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        files.forEach((name, bytes) -> RunFolder.checkpointOf(name).ifPresent(checkpoint ->
                snapshots.put(checkpoint, RunFolder.readSnapshot(checkpoint, bytes))));
        try (NDManager manager = NDManager.newBaseManager()) {
            return pruning.prune(manager, snapshots, sink);
        }
    }

    /** Prints each pruning summary beside the run's recorded value. */
    private static void compare(Map<String, Double> recorded, Map<String, Double> replayed, PrintStream log) {
        int same = 0;
        for (Map.Entry<String, Double> entry : new TreeMap<>(replayed).entrySet()) {
            Double before = recorded.get(entry.getKey());
            boolean identical = entry.getValue().equals(before);
            same += identical ? 1 : 0;
            log.printf("%-52s %-22s %-22s %s%n", entry.getKey(), before == null ? "not recorded" : before,
                    entry.getValue(), identical ? "" : "differs");
        }
        log.printf("%d of %d pruning summaries identical to the run's%n", same, replayed.size());
    }

    /** The run's files by name: a folder's top level, or an archive's top level and its artifacts/ folder. */
    private static Map<String, byte[]> files(Path run) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            if (Files.isDirectory(run)) {
                try (Stream<Path> entries = Files.list(run)) {
                    for (Path file : entries.filter(Files::isRegularFile).toList()) {
                        files.put(file.getFileName().toString(), Files.readAllBytes(file));
                    }
                }
            } else if (Files.isRegularFile(run)) {
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(run)))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        String name = entry.getName().startsWith(ARCHIVED)
                                ? entry.getName().substring(ARCHIVED.length()) : entry.getName();
                        files.put(name, zip.readAllBytes());
                    }
                }
            } else {
                throw new IllegalArgumentException("no run folder or run archive at " + run);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + run + ": " + e.getMessage());
        }
        if (!files.containsKey("run.json")) {
            throw new IllegalArgumentException(run + " has no run.json: not a run folder or run archive");
        }
        return files;
    }

    private static JsonNode json(Map<String, byte[]> files, String name) {
        try {
            return LocalRun.MAPPER.readTree(files.get(name));
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " is not JSON: " + e.getMessage());
        }
    }

    private static String text(JsonNode config, String field) {
        if (!config.path(field).isTextual()) {
            throw new IllegalArgumentException("run.json has no " + field);
        }
        return config.get(field).asText();
    }

    private static Map<String, Double> parameters(JsonNode config) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        config.path("parameters").fields().forEachRemaining(p -> parameters.put(p.getKey(), p.getValue().asDouble()));
        return parameters;
    }

    /** A local run's summary.json holds the summaries under "metrics"; an archive's is the summaries. */
    private static Map<String, Double> recordedSummary(Map<String, byte[]> files) {
        Map<String, Double> summary = new LinkedHashMap<>();
        if (files.containsKey("summary.json")) {
            JsonNode node = json(files, "summary.json");
            (node.has("metrics") ? node.get("metrics") : node).fields().forEachRemaining(m -> {
                if (m.getValue().isNumber()) {
                    summary.put(m.getKey(), m.getValue().asDouble());
                }
            });
        }
        return summary;
    }
}
