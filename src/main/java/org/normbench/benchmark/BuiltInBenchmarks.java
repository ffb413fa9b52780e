package org.normbench.benchmark;

import java.util.List;

/** The benchmarks every installation starts with (seeded into the database on first start). */
public final class BuiltInBenchmarks {

    /** Spec 002 E2: weight-normalized vs unnormalized two-layer ReLU networks under full-batch GD. */
    public static final String DUKLER_WN_CONVERGENCE = "dukler-wn-convergence";

    public static final String SCHEME_NONE = "none";
    public static final String SCHEME_WN = "wn";

    private BuiltInBenchmarks() {
    }

    public static List<BenchmarkDefinition> all() {
        return List.of(duklerWnConvergence());
    }

    static BenchmarkDefinition duklerWnConvergence() {
        List<String> all = List.of();
        return new BenchmarkDefinition(DUKLER_WN_CONVERGENCE, 1,
                "WN vs unnormalized: convergence of a two-layer ReLU network",
                "Two-layer ReLU network f(x) = (1/√m) Σ c_k σ(w_k·x) with fixed Rademacher output weights, trained"
                        + " by full-batch gradient descent on the summed squared loss over sphere-random data"
                        + " (unit-norm inputs, targets uniform in [-1, 1]), float64. Scheme 'wn' trains"
                        + " w_k = g_k v_k/||v_k|| with v_k(0) = α z_k; 'none' trains W. Paired initialization:"
                        + " every scheme with the same seed starts from the same function. Stops when the loss"
                        + " falls below relativeTolerance × its initial value.",
                "Dukler, Gu, Montúfar: Optimization Theory for ReLU Neural Networks Trained with Normalization"
                        + " Layers (spec 002 §2, experiment E2)",
                List.of(SCHEME_NONE, SCHEME_WN),
                List.of(
                        new ParameterDefinition("width", "Width m", "hidden neurons", true, 1, false, 100_000, 1000, all),
                        new ParameterDefinition("alpha", "WN scale α", "std of v at initialization; the direction"
                                + " moves with an effective step η/α²", false, 0, true, 10_000, 1, List.of(SCHEME_WN)),
                        new ParameterDefinition("learningRate", "Step size η", "shared by every trained tensor",
                                false, 0, true, 100, 0.25, all),
                        new ParameterDefinition("examples", "Examples n", "data points", true, 1, false, 10_000, 50, all),
                        new ParameterDefinition("dimension", "Input dimension d", "", true, 1, false, 10_000, 50, all),
                        new ParameterDefinition("dataSeed", "Data seed", "seed of the data draw", true, 0, false,
                                Integer.MAX_VALUE, 1, all),
                        new ParameterDefinition("maxSteps", "Step cap", "stop after this many steps", true, 1, false,
                                10_000_000, 20_000, all),
                        new ParameterDefinition("relativeTolerance", "Relative loss threshold",
                                "stop when L ≤ threshold · L(0)", false, 0, true, 0.5, 1e-8, all),
                        new ParameterDefinition("logEvery", "Log every k steps", "loss recording interval", true, 1,
                                false, 1_000_000, 1, all),
                        new ParameterDefinition("kernelEvery", "Kernel every k steps", "tangent-kernel spectrum"
                                + " interval (O(n²m) each)", true, 1, false, 1_000_000, 25, all)));
    }
}
