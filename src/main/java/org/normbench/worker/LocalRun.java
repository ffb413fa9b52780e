package org.normbench.worker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ai.djl.ndarray.NDManager;
import org.normbench.benchmark.BenchmarkDefinition;
import org.normbench.benchmark.BuiltInBenchmarks;
import org.normbench.engine.train.TrainingResult;
import org.normbench.experiment.ExperimentGrid;
import org.normbench.experiment.ExperimentLimits;
import org.normbench.experiment.ExperimentSpec;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidExperimentException;
import org.normbench.experiment.RunConfig;
import org.normbench.queue.RunRequest;

/**
 * Runs an experiment file — the JSON body of {@code POST /api/experiments} — on this machine with the engine,
 * without portal, database or Kafka: every run of its grid, one after another, each into its own folder of
 * the output directory with {@code run.json} (the resolved run request a worker would get), {@code metrics.csv}
 * (every metric point: series, step, value) and {@code summary.json} (the summary metrics, or the error).
 * Researchers try a configuration here before submitting a grid.
 *
 * <p>Usage: {@code bin/run-local experiment.json out-dir} (exit 0: every run finished; 1: a run failed; 2: the
 * file or the output directory is not usable, and nothing was run).
 */
public final class LocalRun {

    /** Limits on the grid of a local file: generous, since nothing is queued. */
    private static final ExperimentLimits LIMITS = new ExperimentLimits() {
        @Override
        public int maxRuns() {
            return 100_000;
        }

        @Override
        public int maxSeeds() {
            return 10_000;
        }

        @Override
        public int maxValuesPerParameter() {
            return 10_000;
        }

        @Override
        public int maxNameLength() {
            return 1_000;
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private LocalRun() {
    }

    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", "true");
        if (args.length != 2) {
            System.err.println("usage: bin/run-local EXPERIMENT.json OUTPUT_DIR");
            System.exit(2);
        }
        try {
            System.exit(run(Path.of(args[0]), Path.of(args[1]), System.out) ? 0 : 1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Runs every run of the experiment in {@code file} into {@code output}, which must not exist or be empty.
     *
     * @return whether every run finished
     * @throws IllegalArgumentException naming what is wrong with the file or the output directory; nothing ran
     */
    public static boolean run(Path file, Path output, PrintStream log) {
        ExperimentSpec spec = read(file);
        BenchmarkDefinition benchmark = BuiltInBenchmarks.all().stream()
                .filter(b -> b.key().equals(spec.benchmark()))
                .max(Comparator.comparingInt(BenchmarkDefinition::version))
                .orElseThrow(() -> new IllegalArgumentException("unknown benchmark '" + spec.benchmark()
                        + "'; known: " + BuiltInBenchmarks.all().stream().map(BenchmarkDefinition::key).toList()));
        List<RunConfig> runs;
        try {
            runs = new ExperimentGrid(benchmark, LIMITS).expand(spec);
        } catch (InvalidExperimentException e) {
            StringBuilder message = new StringBuilder("invalid experiment in " + file + ":");
            for (FieldError error : e.errors()) {
                message.append("\n  ").append(error.field()).append(": ").append(error.message());
            }
            throw new IllegalArgumentException(message.toString());
        }
        prepare(output);
        boolean allFinished = true;
        for (int i = 0; i < runs.size(); i++) {
            RunConfig config = runs.get(i);
            RunRequest request = new RunRequest(RunRequest.SCHEMA_VERSION, i + 1, benchmark.key(), benchmark.version(),
                    config.scheme(), config.parameters(), config.seed(), null);
            Path folder = output.resolve(String.format("run-%d-%s-seed%d", i + 1, config.scheme(), config.seed()));
            allFinished &= runOne(request, folder, log);
        }
        return allFinished;
    }

    private static boolean runOne(RunRequest request, Path folder, PrintStream log) {
        try {
            Files.createDirectories(folder);
            MAPPER.writeValue(folder.resolve("run.json").toFile(), request);
            Map<String, Object> summary = new LinkedHashMap<>();
            boolean finished;
            try (BufferedWriter metrics = Files.newBufferedWriter(folder.resolve("metrics.csv"));
                    NDManager manager = NDManager.newBaseManager()) {
                metrics.write("series,step,value\n");
                TrainingResult result = TaskFactory.create(request).run(manager, (series, step, value) -> {
                    try {
                        metrics.write(series + "," + step + "," + value + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, () -> false);
                summary.put("stopReason", result.reason().name());
                summary.put("metrics", RunSummary.of(result));
                finished = true;
            } catch (RuntimeException e) {
                summary.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
                finished = false;
            }
            MAPPER.writeValue(folder.resolve("summary.json").toFile(), summary);
            log.printf("%s: %s%n", folder.getFileName(), finished ? summary.get("stopReason") : summary.get("error"));
            return finished;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder, e);
        }
    }

    private static ExperimentSpec read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no experiment file at " + file);
        }
        try {
            return MAPPER.readValue(file.toFile(), ExperimentSpec.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + " as an experiment: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Creates {@code output}, refusing one that holds anything (a local run never overwrites results). */
    private static void prepare(Path output) {
        try {
            if (Files.exists(output)) {
                try (var entries = Files.list(output)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("output directory " + output + " is not empty");
                    }
                }
            }
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create output directory " + output + ": " + e.getMessage());
        }
    }
}
