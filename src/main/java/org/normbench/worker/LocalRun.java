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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ai.djl.ndarray.NDManager;
import org.normbench.benchmark.BenchmarkDefinition;
import org.normbench.benchmark.BuiltInBenchmarks;
import org.normbench.benchmark.BuiltInPresets;
import org.normbench.benchmark.Preset;
import org.normbench.claim.BuiltInClaims;
import org.normbench.claim.Claim;
import org.normbench.claim.ClaimEvaluator;
import org.normbench.claim.ClaimResult;
import org.normbench.claim.FinishedRun;
import org.normbench.claim.Measurements;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;
import org.normbench.experiment.ExperimentFile;
import org.normbench.experiment.ExperimentGrid;
import org.normbench.experiment.ExperimentLimits;
import org.normbench.experiment.ExperimentSpec;
import org.normbench.experiment.FieldError;
import org.normbench.experiment.InvalidExperimentException;
import org.normbench.experiment.RunConfig;
import org.normbench.experiment.Visibility;
import org.normbench.queue.RunRequest;

/**
 * Runs an experiment file — the JSON body of {@code POST /api/experiments} — on this machine with the engine,
 * without portal, database or Kafka: every run of its grid, one after another, each into its own folder of
 * the output directory with {@code run.json} (the resolved run request a worker would get), {@code metrics.csv}
 * (every metric point: series, step, value), {@code summary.json} (the summary metrics, or the error) and the
 * parameter snapshots a worker would upload ({@code snapshot-*.npz}, see {@link RunFolder}).
 * Researchers try a configuration here before submitting a grid. When the benchmark has claims, they are judged
 * on the finished runs and written to {@code claims.json} (docs/benchmarks.md).
 *
 * <p>Usage: {@code bin/run-local experiment.json out-dir}, or {@code bin/run-local --preset cpu BENCHMARK out-dir}
 * for one of a benchmark's presets (exit 0: every run finished; 1: a run failed; 2: the file, preset or output
 * directory is not usable, and nothing was run); {@code bin/run-local --prune RUN out-dir} prunes a trained run
 * again from its snapshots ({@link SnapshotPruning}).
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

        @Override
        public int maxSnapshotSteps() {
            return 10_000;
        }
    };

    /** Confidence level of the claims' intervals, as the portal's default (normbench.leaderboard.confidence-level). */
    private static final double CONFIDENCE_LEVEL = 0.95;

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private LocalRun() {
    }

    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", "true");
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs what the command line asks for; returns the exit status. */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        boolean preset = args.length == 4 && args[0].equals("--preset");
        boolean prune = args.length == 3 && args[0].equals("--prune");
        if (args.length != 2 && !preset && !prune) {
            err.println("usage: bin/run-local EXPERIMENT.json|EXPERIMENT.yaml OUTPUT_DIR\n"
                    + "       bin/run-local --preset cpu|paper BENCHMARK OUTPUT_DIR\n"
                    + "       bin/run-local --prune RUN_FOLDER|RUN_ARCHIVE.zip OUTPUT_DIR");
            return 2;
        }
        try {
            if (prune) {
                SnapshotPruning.execute(Path.of(args[1]), Path.of(args[2]), out);
                return 0;
            }
            ExperimentSpec spec = preset ? presetSpec(args[2], args[1]) : read(Path.of(args[0]));
            return run(spec, Path.of(args[args.length - 1]), out) ? 0 : 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /**
     * Runs every run of the experiment in {@code file} into {@code output}, which must not exist or be empty.
     *
     * @return whether every run finished
     * @throws IllegalArgumentException naming what is wrong with the file or the output directory; nothing ran
     */
    public static boolean run(Path file, Path output, PrintStream log) {
        return run(read(file), output, log);
    }

    /** Runs every run of {@code spec} into {@code output}; see {@link #run(Path, Path, PrintStream)}. */
    public static boolean run(ExperimentSpec spec, Path output, PrintStream log) {
        BenchmarkDefinition benchmark = BuiltInBenchmarks.all().stream()
                .filter(b -> b.key().equals(spec.benchmark()))
                .max(Comparator.comparingInt(BenchmarkDefinition::version))
                .orElseThrow(() -> new IllegalArgumentException("unknown benchmark '" + spec.benchmark()
                        + "'; known: " + BuiltInBenchmarks.all().stream().map(BenchmarkDefinition::key).toList()));
        List<RunConfig> runs;
        try {
            runs = new ExperimentGrid(benchmark, LIMITS).expand(spec);
        } catch (InvalidExperimentException e) {
            StringBuilder message = new StringBuilder("invalid experiment '" + spec.name() + "':");
            for (FieldError error : e.errors()) {
                message.append("\n  ").append(error.field()).append(": ").append(error.message());
            }
            throw new IllegalArgumentException(message.toString());
        }
        prepare(output);
        boolean allFinished = true;
        List<FinishedRun> finished = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < runs.size(); i++) {
            RunConfig config = runs.get(i);
            RunRequest request = new RunRequest(RunRequest.SCHEMA_VERSION, i + 1, benchmark.key(), benchmark.version(),
                    config.scheme(), config.parameters(), config.seed(), null, spec.snapshotSteps(),
                    spec.timeLimitSeconds(), null);
            Path folder = output.resolve(String.format("run-%d-%s-seed%d", i + 1, config.scheme(), config.seed()));
            Map<String, Double> summary = runOne(request, folder, log);
            if (summary == null) {
                allFinished = false;
            } else if (!summary.isEmpty()) {
                finished.add(new FinishedRun(request.runId(), request.scheme(), request.parameters(), request.seed(),
                        summary));
            }
        }
        log.printf("%d runs in %.0f s%n", runs.size(), (System.nanoTime() - start) / 1e9);
        judgeClaims(benchmark.key(), finished, output, log);
        return allFinished;
    }

    /** The named preset of a benchmark as an experiment. */
    private static ExperimentSpec presetSpec(String benchmark, String name) {
        Preset preset = BuiltInPresets.find(benchmark, name).orElseThrow(() -> new IllegalArgumentException(
                "benchmark '" + benchmark + "' has no preset '" + name + "'; it has "
                        + BuiltInPresets.of(benchmark).stream().map(Preset::name).toList()));
        return ExperimentSpec.of(benchmark, preset, Visibility.PRIVATE);
    }

    /** Judges the benchmark's claims on the finished runs into {@code claims.json}, one line each to the log. */
    private static void judgeClaims(String benchmark, List<FinishedRun> runs, Path output, PrintStream log) {
        List<Claim> claims = BuiltInClaims.of(benchmark);
        if (claims.isEmpty()) {
            return;
        }
        ClaimEvaluator evaluator = new ClaimEvaluator(CONFIDENCE_LEVEL);
        Measurements measurements = FinishedRun.measurements(runs);
        List<ClaimResult> results = claims.stream().map(c -> evaluator.evaluate(c, measurements)).toList();
        for (ClaimResult result : results) {
            log.printf("%-12s %-28s %s%n", result.verdict(), result.claim().id(), result.reason());
        }
        try {
            MAPPER.writeValue(output.resolve("claims.json").toFile(), results);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write claims to " + output, e);
        }
    }

    /** @return the run's summary metrics, empty when it diverged (a failed run in the portal), or null on an error */
    private static Map<String, Double> runOne(RunRequest request, Path folder, PrintStream log) {
        try {
            Files.createDirectories(folder);
            MAPPER.writeValue(folder.resolve("run.json").toFile(), request);
            Map<String, Object> summary = new LinkedHashMap<>();
            Map<String, Double> metricsSummary = null;
            boolean diverged = false;
            try (BufferedWriter metrics = Files.newBufferedWriter(folder.resolve("metrics.csv"));
                    NDManager manager = NDManager.newBaseManager()) {
                metrics.write("series,step,value\n");
                MetricSink points = (series, step, value) -> {
                    try {
                        metrics.write(series + "," + step + "," + value + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                TrainingResult result = TimeLimit.train(TaskFactory.create(request), manager,
                        new RunSink(points, new RunFolder(folder), Set.copyOf(request.snapshotSteps())), () -> false,
                        request.timeLimitSeconds());
                metricsSummary = RunSummary.of(result);
                diverged = result.reason() == StopReason.DIVERGED;
                summary.put("stopReason", result.reason().name());
                summary.put("metrics", metricsSummary);
            } catch (RuntimeException e) {
                summary.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            MAPPER.writeValue(folder.resolve("summary.json").toFile(), summary);
            log.printf("%s: %s%n", folder.getFileName(), metricsSummary != null ? summary.get("stopReason")
                    : summary.get("error"));
            // a diverged run fails in the portal, so its summaries decide no claim here either
            return diverged ? Map.of() : metricsSummary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder, e);
        }
    }

    private static ExperimentSpec read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no experiment file at " + file);
        }
        try {
            return ExperimentFile.mapperFor(file).readValue(file.toFile(), ExperimentSpec.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + " as an experiment: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Creates {@code output}, refusing one that holds anything (a local run never overwrites results). */
    static void prepare(Path output) {
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
