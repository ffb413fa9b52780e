package org.normbench.perf;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.data.SphereRandomData;
import org.normbench.engine.loss.LogisticLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.FeatureNormalization;
import org.normbench.engine.model.FeedForwardNetwork;
import org.normbench.engine.model.LayerInitialization;
import org.normbench.engine.model.NormalizedNetwork;
import org.normbench.engine.model.TwoLayerReluNetwork;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.scheme.Schemes;
import org.normbench.engine.scheme.WeightNormalization;
import org.normbench.engine.task.MarginClassificationTask;
import org.normbench.engine.task.SphericalMotionTask;
import org.normbench.engine.task.TrainingTask;
import org.normbench.engine.task.TwoLayerRegressionTask;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.GradientDescent;
import org.normbench.engine.train.HeavyBallMomentum;
import org.normbench.engine.train.LearningRateSchedule;
import org.normbench.engine.train.MarginObjective;
import org.normbench.engine.train.MinibatchObjective;
import org.normbench.engine.train.Objective;
import org.normbench.engine.train.Optimizer;
import org.normbench.engine.train.RegressionObjective;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingResult;

/**
 * Steps per second of the engine's main configurations (float64, constant-step GD, one libtorch thread),
 * without probes and with each benchmark's default probes (their overhead), and in float32 where the engine trains
 * that configuration in float32 too (spec 004's network), next to the same configurations in PyTorch (float64,
 * float32) and numpy from {@code bench/reference_steps.py}. A program, not a test: run it with
 * {@code bin/bench-engine [STEPS]}; docs/performance.md records its output.
 */
public final class EngineBenchmark {

    private static final double ETA = 1e-3;
    private static final double DIVERGENCE = 1e6;
    private static final MetricSink DISCARD = (series, step, value) -> { };
    private static final String PYTHON = "/usr/bin/python3";
    private static final int REPEATS = 3;
    /** Spec 004's network and optimizer settings (smd-equilibrium's defaults at λ = 5e-3). */
    private static final int SMD_INPUTS = 196;
    private static final int SMD_WIDTH = 128;
    private static final int SMD_CLASSES = 10;
    private static final int SMD_BATCH = 128;
    private static final double SMD_ETA = 0.2;
    private static final double SMD_MOMENTUM = 0.9;
    private static final double SMD_DECAY = 5e-3;

    /**
     * One configuration: how to build its objective and its optimizer, its task with the benchmark's default
     * probes, and the same configuration in float32 (null where the engine trains it in float64 only).
     */
    private record Config(String name, Function<NDManager, Objective> objective,
            Function<Objective, Optimizer> optimizer, Function<Long, TrainingTask> withProbes, Config float32) {

        Config(String name, Function<NDManager, Objective> objective, Function<Objective, Optimizer> optimizer,
                Function<Long, TrainingTask> withProbes) {
            this(name, objective, optimizer, withProbes, null);
        }
    }

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_threads", "1");
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        // system properties, since Maven's exec.args would reach the build's npm step too
        long steps = Long.parseLong(System.getProperty("normbench.bench.steps", "1000"));
        Path script = Path.of(System.getProperty("normbench.bench.reference", "bench/reference_steps.py"));
        System.out.printf("steps per second, %d steps, 1 thread; engine = DJL %s / PyTorch %s, float64%n", steps,
                Engine.getDjlVersion(), Engine.getInstance().getVersion());
        System.out.printf("%-12s %10s %10s %9s %10s %10s %10s %10s %10s %12s%n", "config", "engine", "+probes",
                "overhead", "in probes", "engine f32", "torch f64", "torch f32", "numpy f64", "torch/engine");
        for (Config config : configs()) {
            double bare = stepsPerSecond(config, steps);
            Probed probed = stepsPerSecondWithProbes(config, steps);
            String engine32 = config.float32() == null ? "-"
                    : String.format("%.1f", stepsPerSecond(config.float32(), steps));
            String torch64 = reference(script, "torch", "float64", config.name(), steps);
            String torch32 = reference(script, "torch", "float32", config.name(), steps);
            String numpy = reference(script, "numpy", "float64", config.name(), steps);
            String ratio = isNumber(torch64) ? String.format("%.2f", Double.parseDouble(torch64) / bare) : "-";
            System.out.printf("%-12s %10.1f %10.1f %8.0f%% %9.0f%% %10s %10s %10s %10s %12s%n", config.name(), bare,
                    probed.stepsPerSecond(), 100 * (bare / probed.stepsPerSecond() - 1), 100 * probed.probeShare(),
                    engine32, torch64, torch32, numpy, ratio);
        }
    }

    private static List<Config> configs() {
        Dataset sphere = SphereRandomData.generate(50, 50, 1);
        return List.of(
                new Config("dukler-e2", m -> new RegressionObjective(m,
                        TwoLayerReluNetwork.initialize(m, new WeightNormalization(1), 1000, 50, 0), sphere),
                        o -> new GradientDescent(ETA), n -> new TwoLayerRegressionTask(new TwoLayerRegressionTask.Config(50, 50, 1, 1000,
                                new WeightNormalization(1), 0, TwoLayerRegressionTask.StepSize.fixed(ETA),
                                StopRule.stepCap(n, DIVERGENCE), 1, 25))),
                margin("xor-ewn", random(4, 2), List.of(20, 1), List.of(true, false), Activation.RELU),
                margin("linsep-ewn", random(4, 2), List.of(8, 1), List.of(true, true), Activation.RELU_SQUARED),
                margin("depth4-ewn", random(20, 2), List.of(100, 100, 100, 1), Collections.nCopies(4, true),
                        Activation.LINEAR),
                sphericalMotion(DataType.FLOAT64));
    }

    /**
     * Spec 004's BN-MLP (196 → 128 → 128 → 10, batch 128) on random features and labels, as in reference_steps.py;
     * heavy-ball SGD with coupled weight decay both bare (decay on every tensor, which costs the same) and with the
     * benchmark's probes (loss every 10 steps, the spherical-motion probe every step, test accuracy at the end).
     */
    private static Config sphericalMotion(DataType dataType) {
        Random random = new Random(2);
        ImageFeatures train = randomFeatures(12_800, random);
        ImageFeatures test = randomFeatures(1000, random);
        LearningRateSchedule schedule = LearningRateSchedule.constant(SMD_ETA);
        return new Config("smd-bn-mlp", m -> new MinibatchObjective(m, new NormalizedNetwork(m, FeatureNormalization.BATCH,
                true, false, SMD_INPUTS, SMD_WIDTH, 2, SMD_CLASSES, 1, new Random(0), dataType), train, SMD_BATCH, new Random(1)),
                o -> new HeavyBallMomentum(o.parameters(), List.copyOf(o.parameters()), schedule, SMD_MOMENTUM,
                        SMD_DECAY, List.of()),
                n -> new SphericalMotionTask(new SphericalMotionTask.Config(train, test, FeatureNormalization.BATCH,
                        true, false, SMD_WIDTH, 2, 1, schedule, SMD_MOMENTUM, SMD_DECAY, false, SMD_BATCH, n, dataType, 0, 0,
                        10)),
                dataType == DataType.FLOAT64 ? sphericalMotion(DataType.FLOAT32) : null);
    }

    private static ImageFeatures randomFeatures(int count, Random random) {
        float[] values = new float[count * SMD_INPUTS];
        int[] labels = new int[count];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < count; i++) {
            labels[i] = random.nextInt(SMD_CLASSES);
        }
        return new ImageFeatures(SMD_INPUTS, values, labels);
    }

    /** An EWN margin-classification configuration with random ±1 labels, as in reference_steps.py. */
    private static Config margin(String name, Dataset data, List<Integer> widths, List<Boolean> trained,
            Activation activation) {
        Random random = new Random(0);
        List<double[][]> weights = new ArrayList<>();
        int fanIn = data.dimension();
        for (int width : widths) {
            weights.add(LayerInitialization.pytorchDefault(width, fanIn, random));
            fanIn = width;
        }
        Function<Long, MarginClassificationTask> task = n -> new MarginClassificationTask(
                new MarginClassificationTask.Config(data, weights, trained, Schemes.create("ewn", Map.of()),
                        activation, new LogisticLoss(), () -> new GradientDescent(ETA),
                        StopRule.stepCap(n, DIVERGENCE), 10, 10, 0.2, 64));
        return new Config(name, m -> {
            FeedForwardNetwork network = task.apply(1L).network(m);
            return new MarginObjective(m, network, data, new LogisticLoss());
        }, o -> new GradientDescent(ETA), task::apply);
    }

    private static Dataset random(int n, int d) {
        Random random = new Random(1);
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = random.nextBoolean() ? 1 : -1;
        }
        return new Dataset(x, y);
    }

    /** The median of {@value #REPEATS} timed runs, after one untimed run that warms the JIT and libtorch. */
    private static double stepsPerSecond(Config config, long steps) {
        run(config, steps);
        double[] rates = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            rates[i] = steps / run(config, steps).seconds();
        }
        return median(rates);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static TrainingResult run(Config config, long steps) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Objective objective = config.objective().apply(manager);
            return new TrainingLoop(manager.getEngine()).train(objective, config.optimizer().apply(objective),
                    StopRule.stepCap(steps, DIVERGENCE), List.of(), DISCARD, () -> false);
        }
    }

    /** Steps per second with the benchmark's probes, and the share of those runs' time spent in probe calls. */
    private record Probed(double stepsPerSecond, double probeShare) {
    }

    private static Probed stepsPerSecondWithProbes(Config config, long steps) {
        double[] rates = new double[REPEATS];
        double[] shares = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            try (NDManager manager = NDManager.newBaseManager()) {
                TrainingResult result = config.withProbes().apply(steps).run(manager, DISCARD, () -> false);
                rates[i] = steps / result.seconds();
                shares[i] = result.probeSeconds() / result.seconds();
            }
        }
        return new Probed(median(rates), median(shares));
    }

    /** The reference's steps per second, or why there is none. */
    private static String reference(Path script, String framework, String dtype, String config, long steps)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(script) || !Files.isExecutable(Path.of(PYTHON))) {
            return "no python";
        }
        ProcessBuilder builder = new ProcessBuilder(PYTHON, script.toString(), framework, dtype, config,
                Long.toString(steps)).redirectErrorStream(true);
        builder.environment().put("OMP_NUM_THREADS", "1");
        builder.environment().put("OPENBLAS_NUM_THREADS", "1");
        builder.environment().put("MKL_NUM_THREADS", "1");
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        }
        boolean ok = process.waitFor() == 0 && !lines.isEmpty() && isNumber(lines.get(lines.size() - 1));
        if (!ok && lines.stream().anyMatch(l -> l.contains("No module named 'torch'"))) {
            return "no torch";
        }
        if (!ok && !lines.isEmpty() && lines.get(lines.size() - 1).equals("n/a")) {
            return "n/a";
        }
        return ok ? lines.get(lines.size() - 1) : "failed";
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
