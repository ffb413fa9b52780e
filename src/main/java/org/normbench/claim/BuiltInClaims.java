package org.normbench.claim;

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
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_MNIST_RELATIONS;
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_L21_PRUNING;
import static org.normbench.benchmark.BuiltInBenchmarks.MORWANI_MNIST_PRUNING;
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
import static org.normbench.claim.Prediction.Statistic.EVERY_RUN;
import static org.normbench.claim.Prediction.Statistic.MEAN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.normbench.claim.Prediction.Correlation;
import org.normbench.claim.Prediction.Ordering;
import org.normbench.claim.Prediction.PairedClose;
import org.normbench.claim.Prediction.PairedRatio;
import org.normbench.claim.Prediction.Slope;
import org.normbench.claim.Prediction.Within;
import org.normbench.engine.kernel.LimitKernels;
import org.normbench.engine.task.ScaleInvarianceTask;
import org.normbench.engine.probe.AxisLimitProbe;
import org.normbench.engine.probe.DescentAssumptionProbe;

/**
 * The headline results of each paper (spec section 6 "Headline results a user would check") as claims on the
 * built-in benchmarks, with the spec's tolerances. Groups pin the parameters a statement depends on (width, step
 * size, data size) to the CPU preset's values, so runs of other regimes never decide them.
 */
public final class BuiltInClaims {

    private static final String MORWANI = "Morwani & Ramaswamy";
    private static final String DUKLER = "Dukler, Gu & Montúfar";
    private static final String CHOU = "Chou, Rauhut & Ward";
    private static final String SMD = "Spherical Motion Dynamics";
    private static final String THEORY3 = "Theory III";
    /** What Lin-Sep's "growing neurons" are, and where the stand-in differs from the theorems' hypothesis. */
    private static final String GROWING = " Growing = norm ≥ 3× its initial value (spec 000 M3), a finite-time"
            + " stand-in for ‖w_u‖ → ∞: a neuron that grew early and then stopped (g̃_u = 0, outside the theorems)"
            + " counts too — on this portal's seed 1 one such neuron (0.26 → 0.87, flat for the last 90% of the run)"
            + " is in the SWN run's growing set.";

    private BuiltInClaims() {
    }

    /** Every built-in claim, in the order the papers' pages list them. */
    public static List<Claim> all() {
        return Stream.of(MORWANI_SIMPLE_TRAJ, MORWANI_XOR_SPARSITY, MORWANI_LINSEP_RELATIONS, MORWANI_MNIST_RELATIONS,
                MORWANI_DEPTH_CONVERGENCE, MORWANI_MNIST_PRUNING, MORWANI_FASHION_PRUNING, MORWANI_L21_PRUNING,
                DUKLER_KERNEL_LIMITS, DUKLER_INITIAL_KERNELS, DUKLER_WN_CONVERGENCE, DUKLER_EFFECTIVE_STEP,
                DUKLER_WIDTH_SWEEP, DUKLER_WIDTH_SCALING, DUKLER_GRADIENT_FLOW, CHOU_SPARSE_RECOVERY, CHOU_SIGNED_RECOVERY,
                CHOU_GAUSSIAN_RECOVERY, CHOU_RADIUS_RATE, CHOU_SMALL_INIT_COLLAPSE, CHOU_GRADIENT_FLOW,
                SMD_SCALE_INVARIANCE,
                SMD_NORM_MAPS, SMD_EQUILIBRIUM, SMD_LEARNING_RATE_DROPS, SMD_LINEAR_SCALING, THEORY3_ONE_EXAMPLE,
                THEORY3_IRIS,
                THEORY3_BALANCED_FLOW, THEORY3_RHO_GROWTH, THEORY3_NORMALIZED_MARGIN, THEORY3_FIXED_RHO,
                THEORY3_TWO_PARAMETER_PATHS, THEORY3_NORMALIZED_LOSS).flatMap(b -> of(b).stream()).toList();
    }

    public static List<Claim> of(String benchmark) {
        return switch (benchmark) {
            case MORWANI_SIMPLE_TRAJ -> simpleTrajectory();
            case MORWANI_XOR_SPARSITY -> xorSparsity();
            case MORWANI_LINSEP_RELATIONS -> linSepRelations();
            case MORWANI_MNIST_RELATIONS -> mnistRelations();
            case MORWANI_DEPTH_CONVERGENCE -> depthConvergence();
            case MORWANI_MNIST_PRUNING, MORWANI_FASHION_PRUNING -> neuronPruning(benchmark);
            case MORWANI_L21_PRUNING -> groupLassoPruning();
            case DUKLER_KERNEL_LIMITS -> kernelLimits();
            case DUKLER_INITIAL_KERNELS -> initialKernels();
            case DUKLER_WN_CONVERGENCE -> wnConvergence();
            case DUKLER_EFFECTIVE_STEP -> effectiveStep();
            case DUKLER_WIDTH_SWEEP -> widthSweep();
            case DUKLER_WIDTH_SCALING -> widthScaling();
            case DUKLER_GRADIENT_FLOW -> gradientFlow();
            case CHOU_SPARSE_RECOVERY -> sparseRecovery();
            case CHOU_SIGNED_RECOVERY -> signedRecovery();
            case CHOU_GAUSSIAN_RECOVERY -> gaussianRecovery();
            case CHOU_RADIUS_RATE -> radiusRateTradeOff();
            case CHOU_SMALL_INIT_COLLAPSE -> smallInitCollapse();
            case CHOU_GRADIENT_FLOW -> gradientFlowLimit();
            case SMD_SCALE_INVARIANCE -> scaleInvariance();
            case SMD_NORM_MAPS -> normMaps();
            case SMD_EQUILIBRIUM -> sphericalMotionEquilibrium();
            case SMD_LEARNING_RATE_DROPS -> learningRateDrops();
            case SMD_LINEAR_SCALING -> linearScaling();
            case THEORY3_ONE_EXAMPLE -> linearDirectionOneExample();
            case THEORY3_IRIS -> linearDirectionIris();
            case THEORY3_BALANCED_FLOW -> balancedFlow();
            case THEORY3_RHO_GROWTH -> rhoGrowth();
            case THEORY3_NORMALIZED_MARGIN -> normalizedMargin();
            case THEORY3_FIXED_RHO -> fixedRho();
            case THEORY3_NORMALIZED_LOSS -> normalizedLoss();
            case THEORY3_TWO_PARAMETER_PATHS -> twoParameterPaths();
            default -> List.of();
        };
    }

    public static Optional<Claim> find(String benchmark, String id) {
        return of(benchmark).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static List<Claim> simpleTrajectory() {
        Map<String, Double> point = Map.of("z1", 2.0, "z2", 1.0);
        Group ewn = group(SCHEME_EWN, point);
        Group none = group(SCHEME_NONE, point);
        String prop6 = MORWANI + " Prop. 6; spec 000 §6.2";
        return List.of(
                axisLimit("w2Init"), axisLimit("w1Init"),
                new Claim("none-not-sparse", MORWANI_SIMPLE_TRAJ, "Unnorm (GF): w(t) = w(0) + s(t)·z, direction →"
                        + " z/‖z‖ = (0.894, 0.447), never sparse.", prop6, "participation_ratio",
                        Within.atLeast(none, 1.5, EVERY_RUN), 1, true, "The authors' endpoints at e^−50 have"
                                + " ratios 1.8–2.0."),
                new Claim("ewn-sparser", MORWANI_SIMPLE_TRAJ, "EWN prefers to converge either along the x or y"
                        + " axis.", MORWANI + " §4.3, Fig. 2", "participation_ratio", new Ordering(ewn, none), 2,
                        true, "Over the preset's initializations."));
    }

    /**
     * Prop. 6's limit on the runs that start with one weight at 1: the paper's five initializations. From inits
     * where w₁(0)z₁ and w₂(0)z₂ are close the limit is far (e.g. 30 from (3, 5)) and e^−50 comes long before it.
     */
    private static Claim axisLimit(String unitInit) {
        Group ewn = new Group(SCHEME_EWN, Map.of("z1", 2.0, "z2", 1.0, unitInit, 1.0));
        return new Claim("ewn-axis-limit-" + unitInit.toLowerCase(Locale.ROOT) + "-1", MORWANI_SIMPLE_TRAJ,
                "i ∉ I*: w_i(∞) = (1/w_i(0) − z_i/(w_j(0) z_j))⁻¹, j ∈ I*; so w/‖w‖ → a 1-sparse vector.",
                MORWANI + " Prop. 6; spec 000 §6.2", AxisLimitProbe.SUMMARY, Within.atMost(ewn, 0.10, EVERY_RUN), 1,
                true, "The non-divergent weight ends within 10% of its limit at e^−50 (spec 000 §6.2), from the"
                        + " paper's initializations with " + unitInit + " = 1. It is still approaching the limit"
                        + " there (near-GF pilot: 4–7%); from inits where w₁(0)z₁ and w₂(0)z₂ are close the limit is"
                        + " far (30 from (3, 5)) and e^−50 comes long before it, so those runs are not judged.");
    }

    private static List<Claim> xorSparsity() {
        Map<String, Double> net = Map.of("width", 20.0, "reluPower", 1.0);
        Group ewn = group(SCHEME_EWN, net);
        Group swn = group(SCHEME_SWN, net);
        Group none = group(SCHEME_NONE, net);
        String fig3 = MORWANI + " §4.3, Fig. 3; spec 000 §6.1";
        String caption = "EWN weights grow sparsely when compared to Unnorm and SWN.";
        String stalls = "Measured at the end of every run: SWN often stalls before e^−50 under the paper's"
                + " schedule (spec 000 §6.1), and its norms are dense either way.";
        return List.of(
                new Claim("ewn-active-neurons", MORWANI_XOR_SPARSITY, caption, fig3, "active_neurons",
                        new Within(ewn, 4.0, 5.0, EVERY_RUN), 3, true,
                        "At e^−50, 4 or 5 of 20 neurons keep ≥ 20% of the largest norm in every seed (paper:"
                                + " exactly 4; pilot mean 4.3)."),
                new Claim("ewn-participation", MORWANI_XOR_SPARSITY, caption, fig3, "participation_ratio",
                        new Within(ewn, 4.0, 6.0, MEAN), 3, true, "Spec 000 §6.1: PR ≈ 5 ± 1 at e^−50."),
                new Claim("swn-dense", MORWANI_XOR_SPARSITY, caption, fig3, "active_neurons",
                        Within.atLeast(swn, 15, EVERY_RUN), 3, false, stalls),
                new Claim("none-dense", MORWANI_XOR_SPARSITY, caption, fig3, "active_neurons",
                        Within.atLeast(none, 15, EVERY_RUN), 3, false, "Spec 000 §6.1: ≥ 15 of 20 active."),
                new Claim("ewn-sparser-than-swn", MORWANI_XOR_SPARSITY, caption, fig3, "participation_ratio",
                        new Ordering(ewn, swn), 3, false, stalls),
                new Claim("ewn-sparser-than-none", MORWANI_XOR_SPARSITY, caption, fig3, "participation_ratio",
                        new Ordering(ewn, none), 3, false, ""));
    }

    /** Spec 000 E-PR's claims, the same on either data set. */
    private static List<Claim> neuronPruning(String benchmark) {
        Group ewn = Group.of(SCHEME_EWN);
        Group swn = Group.of(SCHEME_SWN);
        Group none = Group.of(SCHEME_NONE);
        String fig5 = MORWANI + " §6, Fig. 5; spec 000 §6 item 5";
        String pruning = "When the loss levels are sufficiently low, the EWN network becomes better adapted for"
                + " pruning, significantly outperforming SWN and the unnormalized network in terms of test accuracy"
                + " for a given level of pruning.";
        String atLowLoss = "Best-of-references test accuracy with 90% of the hidden neurons pruned at the first epoch"
                + " with ln L ≤ −100, over the same seed's ";
        return List.of(
                new Claim("ewn-prunes-better-than-none", benchmark, pruning, fig5,
                        "pruned_90pct_accuracy_at_log_loss_-100", new PairedRatio(ewn, none, 1.0, null), 3, false,
                        atLowLoss + "unnormalized run: above 1 (authors, MNIST e^−100: 0.838 vs 0.799; pilot, 1000"
                                + " MNIST digits: 0.492 vs 0.347)."),
                new Claim("ewn-prunes-better-than-swn", benchmark, pruning, fig5,
                        "pruned_90pct_accuracy_at_log_loss_-100", new PairedRatio(ewn, swn, 1.0, null), 3, false,
                        atLowLoss + "SWN run: above 1 (authors: 0.838 vs 0.772). SWN is the slowest to reach"
                                + " e^−100 (the pilot's did not in 915 epochs), so this needs its runs to get there."),
                new Claim("ewn-pruning-area-above-none", benchmark, pruning, fig5, "pruning_auc_at_log_loss_-100",
                        new PairedRatio(ewn, none, 1.0, null), 3, false, "The same comparison over every level of"
                                + " pruning: the mean best-of-references accuracy over p = 0, 5, …, 95% (spec 000 M4's"
                                + " AUC) at ln L ≤ −100, EWN over the same seed's unnormalized run, above 1."),
                new Claim("ewn-pruning-area-above-swn", benchmark, pruning, fig5, "pruning_auc_at_log_loss_-100",
                        new PairedRatio(ewn, swn, 1.0, null), 3, false, "The same over SWN's run, above 1."),
                new Claim("no-ewn-advantage-at-high-loss", benchmark, "At e^−10, Unnorm is best and"
                        + " EWN worst [the authors' result files].", MORWANI + " Fig. 5 (left); spec 000 §3 E-PR,"
                        + " §6 item 5", "pruned_90pct_accuracy_at_log_loss_-10", new PairedRatio(ewn, none, null, 1.0),
                        3, false, "The same accuracy at ln L ≤ −10, EWN over unnormalized: at most 1 (authors: 0.718"
                                + " vs 0.825; pilot 0.418 vs 0.430) — the advantage needs very low loss."),
                new Claim("ewn-norms-concentrate", benchmark, "EWN: ‖w_u‖/‖w_v‖ → 0 or ∞ unless the"
                        + " gradients balance, so the solution is asymptotically (relatively) sparse.",
                        MORWANI + " Thm 4, Prop. 5; spec 000 §3.1", "participation_ratio_at_log_loss_-100",
                        new PairedRatio(ewn, none, null, 1.0), 3, false, "Participation ratio of the hidden"
                                + " neurons' norms at ln L ≤ −100, EWN over the same seed's unnormalized run: below 1"
                                + " (pilot: 98 vs 124 of 128)."),
                new Claim("none-reaches-low-loss-first", benchmark, "Initially the convergence rate"
                        + " of all the normalizations are comparable. But at extremely low loss values, Unnorm"
                        + " becomes slightly faster.", MORWANI + " App. O, Figs. 11, 12; spec 000 §6 item 6",
                        "steps_to_log_loss_-100", new PairedRatio(none, ewn, null, 1.0), 3, false, "Epochs to"
                                + " ln L ≤ −100, unnormalized over EWN: below 1 (authors ≈ 0.84; pilot 526 vs"
                                + " 670)."),
                new Claim("same-unpruned-accuracy", benchmark, "Unpruned accuracies all ≈"
                        + " 0.983–0.986 [the authors' result files].", MORWANI + " Fig. 5; spec 000 §6 item 5",
                        "unpruned_accuracy_at_log_loss_-100", new PairedClose(ewn, none, 0.02), 3, false, "The"
                                + " parameterization changes which neurons matter, not how well the whole network"
                                + " classifies: EWN's test accuracy at ln L ≤ −100 within 2% of the unnormalized"
                                + " run's, seed by seed (pilot 0.897 vs 0.896)."));
    }

    private static List<Claim> groupLassoPruning() {
        Group ewn = Group.of(SCHEME_EWN);
        String fig6 = MORWANI + " §6.1, Fig. 6; spec 000 §3 E-L21, C11";
        String statement = "Training the network initially with ℓ2,1 regularizer and later on continuing training with"
                + " either EWN, SWN or unnormalized net till L = e^−30: EWN improves the pruning efficacy.";
        String measured = "Test accuracy with 90% of the hidden neurons pruned by their final norm (the figure's"
                + " score) at the first epoch with ln L ≤ −30, EWN over the same seed's ";
        return List.of(
                new Claim("ewn-prunes-better-than-none-after-l21", MORWANI_L21_PRUNING, statement, fig6,
                        "norm_pruned_90pct_accuracy_at_log_loss_-30", new PairedRatio(ewn, Group.of(SCHEME_NONE), 1.0,
                        null), 3, false, measured + "unnormalized continuation: above 1 (the paper gives no"
                                + " numbers)."),
                new Claim("ewn-prunes-better-than-swn-after-l21", MORWANI_L21_PRUNING, statement, fig6,
                        "norm_pruned_90pct_accuracy_at_log_loss_-30", new PairedRatio(ewn, Group.of(SCHEME_SWN), 1.0,
                        null), 3, false, measured + "SWN continuation: above 1."),
                new Claim("ewn-keeps-the-group-sparsity", MORWANI_L21_PRUNING, "EWN: ‖w_u‖/‖w_v‖ → 0 or ∞ unless the"
                        + " gradients balance, so the solution is asymptotically (relatively) sparse.", MORWANI
                        + " Thm 4, Prop. 5, §6.1; spec 000 §3.1", "participation_ratio_at_log_loss_-30",
                        new PairedRatio(ewn, Group.of(SCHEME_NONE), null, 1.0), 3, false, "Participation ratio of"
                                + " the hidden neurons' norms at ln L ≤ −30, EWN over the same seed's unnormalized"
                                + " continuation of the same group-lasso network: below 1 (the mechanism behind the"
                                + " pruning claims)."));
    }

    private static List<Claim> linSepRelations() {
        Map<String, Double> net = Map.of("width", 8.0, "reluPower", 2.0);
        Group ewn = group(SCHEME_EWN, net);
        Group swn = group(SCHEME_SWN, net);
        String thm3 = MORWANI + " Thm 3, Figs. 1 and 7; spec 000 §6.3";
        String thm4 = MORWANI + " Thm 4, Figs. 1 and 7; spec 000 §6.3";
        String aligned = "Weights and (negative) gradients become aligned: cos(w_u, −∇_{w_u}L) → 1.";
        return List.of(
                new Claim("ewn-alignment", MORWANI_LINSEP_RELATIONS, aligned, thm3, "min_alignment_growing",
                        Within.atLeast(ewn, 0.99, EVERY_RUN), 3, true, "Over the growing neurons at e^−300."
                                + GROWING),
                new Claim("swn-alignment", MORWANI_LINSEP_RELATIONS, aligned, thm3, "min_alignment_growing",
                        Within.atLeast(swn, 0.99, EVERY_RUN), 3, true, "Over the growing neurons at e^−300."
                                + GROWING),
                new Claim("swn-invariant", MORWANI_LINSEP_RELATIONS, "SWN: ‖w_u‖/‖∇_{w_u}L‖ = ‖w_v‖/‖∇_{w_v}L‖"
                        + " asymptotically (weight norm ∝ gradient norm).", thm4, "swn_invariant_spread",
                        Within.atMost(swn, 1.05, EVERY_RUN), 3, true, "Spread = max/min over the growing neurons;"
                                + " the pilot reached ≤ 1.011 in 3 of 3 seeds." + GROWING),
                new Claim("ewn-invariant", MORWANI_LINSEP_RELATIONS, "EWN: if ‖w_u‖/‖w_v‖ stays finite and nonzero"
                        + " then ‖w_u‖‖∇_{w_u}L‖ = ‖w_v‖‖∇_{w_v}L‖ asymptotically (weight norm ∝ 1/gradient norm).",
                        thm4, "ewn_invariant_spread", Within.atMost(ewn, 1.05, EVERY_RUN), 3, true,
                        "Holds only within the neurons that keep a finite ratio: Thm 4(ii) also allows ratios → 0"
                                + " or ∞, and a growing neuron still drifting towards relative sparsity breaks the"
                                + " spread over all growing neurons (pilot: 1.05 in 1 of 3 seeds, 1.6 in 2). Expect"
                                + " this claim, as measured, to be violated at e^−300." + GROWING),
                new Claim("ewn-breaks-swn-invariant", MORWANI_LINSEP_RELATIONS, "EWN: weight norm ∝ 1/gradient"
                        + " norm, so SWN's invariant does not hold for it.", thm4, "swn_invariant_spread",
                        Within.atLeast(ewn, 1.5, EVERY_RUN), 3, true, "Pilot: 2.7–8.4." + GROWING),
                unitGradientSettles(MORWANI_LINSEP_RELATIONS, ewn, "Figs. 13 and 14"),
                unitGradientSettles(MORWANI_LINSEP_RELATIONS, swn, "Figs. 13 and 14"),
                b3Vanishes(MORWANI_LINSEP_RELATIONS, ewn, "Figs. 13 and 14"),
                b3Vanishes(MORWANI_LINSEP_RELATIONS, swn, "Figs. 13 and 14"),
                new Claim("ewn-fewer-steps", MORWANI_LINSEP_RELATIONS, "EWN reaches e^−300 10–20× faster in steps"
                        + " than SWN under this schedule.", "spec 000 §6.3 (authors' files: 653 vs 12 284 steps)",
                        "steps", new PairedRatio(swn, ewn, 10 / 1.5, 20 * 1.5), 3, true, "SWN's steps over EWN's"
                                + " from the same initialization, averaged over seeds; spec 000's factor 1.5 on"
                                + " ratios; pilot ratios 11–15."));
    }

    /** E-LS's relations on MNIST's zeros and ones, EWN only as in the paper (App. N.3, P.3). */
    private static List<Claim> mnistRelations() {
        Group ewn = group(SCHEME_EWN, Map.of("width", 128.0, "reluPower", 2.0));
        String fig10 = MORWANI + " App. N.3, Thms 3 and 4, Fig. 10; spec 000 §3 E-MN2";
        return List.of(
                new Claim("ewn-few-neurons-grow", MORWANI_MNIST_RELATIONS, "For weights 96 and 105, whose norms keep"
                        + " on growing, …", fig10, "growing_neurons", new Within(ewn, 1.0, 4.0, EVERY_RUN), 3, true,
                        "Fig. 10 shows two of the 128 hidden neurons growing; the prediction allows a handful." + GROWING),
                new Claim("ewn-alignment", MORWANI_MNIST_RELATIONS, "For weights 96 and 105, whose norms keep on"
                        + " growing, weights and gradients eventually become oppositely aligned.", fig10,
                        "min_alignment_growing", Within.atLeast(ewn, 0.99, EVERY_RUN), 3, true, "E-LS's tolerance"
                                + " (spec 000 §6 headline 3), at the run's end." + GROWING),
                new Claim("ewn-invariant", MORWANI_MNIST_RELATIONS, "… and their norms are inversely proportional to"
                        + " each other.", fig10, "ewn_invariant_spread", Within.atMost(ewn, 1.05, EVERY_RUN), 3, true,
                        "Spread of ‖w_u‖‖∇_u‖ over the growing neurons, E-LS's tolerance." + GROWING),
                unitGradientSettles(MORWANI_MNIST_RELATIONS, ewn, "App. P.3, Fig. 17"),
                b3Vanishes(MORWANI_MNIST_RELATIONS, ewn, "App. P.3, Fig. 17"));
    }

    /** (B1): the unit gradient's change over the last record interval, at the run's end. */
    private static Claim unitGradientSettles(String benchmark, Group group, String figures) {
        return new Claim(group.scheme() + "-unit-gradient-settles", benchmark, "The components of unit gradient"
                + " vector become constant as training proceeds.", MORWANI + " App. P, assumption (B1), " + figures
                + "; spec 000 M7", DescentAssumptionProbe.UNIT_GRADIENT_CHANGE, Within.atMost(group, 0.01, EVERY_RUN),
                3, true, "‖ĝ(t) − ĝ(t − Δ)‖ over the last Δ = normEvery steps, ĝ = ∇_w L/‖∇_w L‖ over every trained"
                        + " weight; the spec gives no tolerance, 0.01 is ours (the vector has unit length).");
    }

    /** (B3): max_u η‖w_u‖‖∇_u L‖ at the end over its largest recorded value. */
    private static Claim b3Vanishes(String benchmark, Group group, String figures) {
        return new Claim(group.scheme() + "-b3-vanishes", benchmark, "Even for an aggressive learning rate schedule"
                + " of the form 1/L^0.97, η(t)‖w_u(t)‖‖∇_{w_u}L(w(t))‖ still goes down to 0.", MORWANI
                + " App. P, assumption (B3), " + figures + "; spec 000 M7", DescentAssumptionProbe.B3_DECAY,
                Within.atMost(group, 0.01, EVERY_RUN), 3, true, "max over the neurons of η‖w_u‖‖∇_u L‖ at the run's"
                        + " end over its largest recorded value (η the step the schedule proposes); \"→ 0\" read as a"
                        + " fall by at least 100×, our tolerance.");
    }

    private static List<Claim> depthConvergence() {
        Map<String, Double> setup = Map.of("width", 100.0, "learningRate", 0.001, "maxSteps", 5000.0);
        String fig4 = MORWANI + " §5, Fig. 4; spec 000 §6.4";
        String statement = "EWN, SWN and unnormalized networks all converge faster with more layers, but the effect"
                + " is much less pronounced for EWN.";
        String tolerance = "Final loss after 5000 steps at η = 0.001, depth 1 over depth 4 with the same seed (same"
                + " function at initialization), averaged over seeds; the authors' ratio with spec 000's factor 1.5.";
        return List.of(
                new Claim("none-depth-speedup", MORWANI_DEPTH_CONVERGENCE, statement, fig4, "final_loss",
                        depthRatio(SCHEME_NONE, setup, 70), 3, false, tolerance + " Authors: ≈ 70."),
                new Claim("swn-depth-speedup", MORWANI_DEPTH_CONVERGENCE, statement, fig4, "final_loss",
                        depthRatio(SCHEME_SWN, setup, 30), 3, false, tolerance + " Authors: ≈ 30."),
                new Claim("ewn-depth-speedup", MORWANI_DEPTH_CONVERGENCE, statement, fig4, "final_loss",
                        new PairedRatio(depth(SCHEME_EWN, setup, 1), depth(SCHEME_EWN, setup, 4), 2 / 1.5, 3 * 1.5), 3,
                        false, tolerance + " Authors: 2–3."),
                new Claim("ewn-depth1-lower", MORWANI_DEPTH_CONVERGENCE, "At depth 1, EWN's loss is ≈ 15× below the"
                        + " unnormalized network's.", "spec 000 §6.4", "final_loss",
                        new PairedRatio(depth(SCHEME_NONE, setup, 1), depth(SCHEME_EWN, setup, 1), 15 / 1.5, 15 * 1.5),
                        3,
                        false, "Unnormalized over EWN, depth 1, after 5000 steps."));
    }

    /** Spec 002 E0 on sphere-random data with n = 50: each run is one data draw, d and α. */
    private static List<Claim> kernelLimits() {
        Map<String, Double> small = Map.of("examples", 50.0, "dimension", 50.0);
        Group any = Group.of(SCHEME_WN);
        Group atOne = group(SCHEME_WN, Map.of("examples", 50.0), "alpha", 1.0);
        String regimes = "The crossover between the two regimes is near α_c = √(λ_0/μ_0), not at α = 1.";
        String source = DUKLER + " §2.4 (derived); spec 002 §2.4, §3.2 E0";
        return List.of(
                new Claim("limits-positive-definite", DUKLER_KERNEL_LIMITS, "V∞ and G∞ are strictly positive"
                        + " definite: λ_0 = λ_min(V∞) > 0 and μ_0 = λ_min(G∞) > 0.", DUKLER + " Lemma 4.1; spec 002"
                        + " §2.4", LimitKernels.MU0, Within.atLeast(any, 1e-8, EVERY_RUN), 1, false, "μ_0 < λ_0,"
                        + " so μ_0 > 0 decides it; the pilot has μ_0 = 0.00153 (n = d = 50) down to 0.00043"
                        + " (n = d = 200), far above float64 rounding."),
                new Claim("closed-forms-exact", DUKLER_KERNEL_LIMITS, "H∞_ij = x_i·x_j (π − θ_ij)/(2π), G∞_ij ="
                        + " ‖x_i‖‖x_j‖(sin θ_ij + (π − θ_ij) cos θ_ij)/(2πd), V∞ = H∞ − G∞.", DUKLER + " eqs. (4.2),"
                        + " (4.3); spec 002 §2.4 (closed forms derived)", "monte_carlo_max_z",
                        Within.atMost(any, 6, EVERY_RUN), 1, false, "Largest error of a Monte Carlo estimate (2·10⁵"
                                + " directions) over all 3 · n(n+1)/2 entries, in its own standard errors: a right"
                                + " closed form stays within a few, a wrong one (e.g. G∞ without 1/d) is hundreds"
                                + " away."),
                new Claim("direction-regime", DUKLER_KERNEL_LIMITS, "α ≤ 1: the direction kernel sets the rate,"
                        + " λ_min(Λ∞(α)) ≈ λ_0/α².", DUKLER + " Thm 4.1; spec 002 §2.2, §2.4", "direction_share_inf",
                        Within.atLeast(atOne, 0.95, EVERY_RUN), 1, false, "(λ_0/α²)/λ_min(Λ∞(α)) at α = 1, the edge"
                                + " of the regime (pilot: 0.2139/0.2159 = 0.99); smaller α only raises it."),
                new Claim("length-regime", DUKLER_KERNEL_LIMITS, "For α ≫ α_c = √(λ_0/μ_0), λ_min(Λ) → μ_0 and the"
                        + " rate at tuned η stops depending on α.", DUKLER + " Thm 4.2; spec 002 §6.4",
                        "length_share_inf", Within.atLeast(group(SCHEME_WN, Map.of("examples", 50.0), "alpha",
                                100.0), 0.9, EVERY_RUN), 1, false, "μ_0/λ_min(Λ∞(α)) at α = 100, 5–8 α_c here; the"
                                + " rest is V∞/α², which shrinks like 1/α² (pilot κ(Λ∞(100)) = 108.9 against κ(G∞) ="
                                + " 110.4)."),
                new Claim("crossover-above-one", DUKLER_KERNEL_LIMITS, regimes, source, "alpha_c",
                        Within.atLeast(atOne, 5, EVERY_RUN), 1, false, "Pilot α_c = 11.8 (d = 50), 15.2 (d = 100),"
                                + " 19.7 (d = 200): a clean length regime needs α ≥ 30–100, not just α > 1."),
                new Claim("crossover-grows-with-d", DUKLER_KERNEL_LIMITS, regimes + " It grows with d.", source,
                        "alpha_c", new Ordering(group(SCHEME_WN, small, "alpha", 1.0), group(SCHEME_WN,
                                Map.of("examples", 50.0, "dimension", 200.0), "alpha", 1.0)), 3, false,
                        "α_c at d = 50 below d = 200 over three data draws each (μ_0 ≤ 1/(2d) falls with d)."),
                new Claim("no-large-wn-gain", DUKLER_KERNEL_LIMITS, "The best α matches or beats the unnormalized"
                        + " network's rate: κ(V∞/α*² + G∞) ≤ κ(H∞).", DUKLER + " Prop. 2; spec 002 §6.5",
                        "kappa_best_over_h_inf", new Within(atOne, 0.9, 1.0, EVERY_RUN), 1, false, "min_α κ(Λ∞(α))"
                                + " over κ(H∞). It is ≤ 1 by construction (α = 1 gives H∞); what is checked is the"
                                + " lower end: on random sphere data the best α gains only a few percent (pilot"
                                + " κ(V∞) = 5.75 against κ(H∞) = 5.84), so expect WN ≈ unnormalized, not a large"
                                + " speed-up."));
    }

    /** Spec 002 E1: one paired initialization per run; the identities at every α, concentration over widths. */
    private static List<Claim> initialKernels() {
        Map<String, Double> data = Map.of("examples", 50.0, "dimension", 50.0);
        Group any = Group.of(SCHEME_WN);
        Group sweep = group(SCHEME_WN, data, "alpha", 0.1);
        String concentration = "V(0) → V∞ and G(0) → G∞ as m grows: ‖V(0) − V∞‖₂ ≤ 4n√(log(n/δ)/m) with"
                + " probability 1 − δ, and likewise for G.";
        return List.of(
                new Claim("prop1-decoupling", DUKLER_INITIAL_KERNELS, "V(0) + G(0) = H(0) under paired"
                        + " initialization: length and direction split the unnormalized kernel.", DUKLER
                        + " Prop. 1; spec 002 §4.3, §6.1", "prop1_identity_error", Within.atMost(any, 1e-12,
                                EVERY_RUN), 1, false, "e_P1 = max_ij |V(0) + G(0) − H(0)|, float64 rounding (pilot"
                                + " 1.1e-16)."),
                new Claim("obs1-alpha-free", DUKLER_INITIAL_KERNELS, "V(0) and G(0) are the same for every α.",
                        DUKLER + " Obs. 1; spec 002 §4.3, §6.1", "obs1_alpha_invariance_error", Within.atMost(any,
                                1e-12, EVERY_RUN), 1, false, "e_O1 = max |V^α(0) − V^1(0)| + max |G^α(0) − G^1(0)|"
                                + " (pilot ≤ 1.4e-17)."),
                new Claim("v-concentration-rate", DUKLER_INITIAL_KERNELS, concentration, DUKLER + " Lemma B.1;"
                        + " spec 002 §3.2 E1", "v0_limit_distance", new Slope(sweep, "width", -0.6, -0.4), 6, false,
                        "Slope of ln ‖V(0) − V∞‖₂ against ln m: −1/2 expected (spec 002 E1)."),
                new Claim("g-concentration-rate", DUKLER_INITIAL_KERNELS, concentration, DUKLER + " Lemma B.2;"
                        + " spec 002 §3.2 E1", "g0_limit_distance", new Slope(sweep, "width", -0.6, -0.4), 6, false,
                        "Slope of ln ‖G(0) − G∞‖₂ against ln m: −1/2 expected (spec 002 E1)."));
    }

    /** Spec 002 E3 with η = 0.25α² at m = 2000: rate paired by seed against α = 1. */
    private static List<Claim> effectiveStep() {
        Map<String, Double> setup = Map.of("examples", 50.0, "dimension", 50.0, "width", 2000.0, "effectiveStep", 0.25);
        Group one = group(SCHEME_WN, setup, "alpha", 1.0);
        String statement = "If η is scaled like α² (the effective step size), the rate is independent of α.";
        String source = DUKLER + " Thm 4.1 discussion; spec 002 §6.3";
        return List.of(
                new Claim("effective-step-alpha-0.1", DUKLER_EFFECTIVE_STEP, statement, source, "fitted_rate",
                        new PairedRatio(group(SCHEME_WN, setup, "alpha", 0.1), one, 0.9, 1.1), 3, true, "Rate at"
                                + " α = 0.1 over α = 1 from the same initialization, ± 10% as alpha-scaling's (pilot"
                                + " 0.1267/0.1275; the NTK rates differ by λ_min(V + α²G)/λ_min(V + G), ≈ 1%)."),
                new Claim("effective-step-alpha-0.3", DUKLER_EFFECTIVE_STEP, statement, source, "fitted_rate",
                        new PairedRatio(group(SCHEME_WN, setup, "alpha", 0.3), one, 0.9, 1.1), 3, true, "The same at"
                                + " α = 0.3 (pilot 0.1274/0.1275)."));
    }

    /** Spec 002 E4 at n = d = 50 and Thm C.1's step; widths 20 … 2000 in the CPU preset. */
    private static List<Claim> widthSweep() {
        Map<String, Double> data = Map.of("examples", 50.0, "dimension", 50.0, "stepScale", 1.0 / 3);
        Group wnOne = group(SCHEME_WN, data, "alpha", 1.0);
        String wide = "For sufficiently wide networks the training kernel stays close to its initialization and the"
                + " loss falls linearly.";
        String thm = DUKLER + " Thms 4.1, 4.2, C.1; spec 002 §6.2";
        String lazy = "The weights barely move: the movement bounds of Lemmas C.2–C.3 shrink like 1/√m.";
        return List.of(
                new Claim("wide-kernel-stable", DUKLER_WIDTH_SWEEP, wide, thm, "kernel_stability",
                        Within.atLeast(group(SCHEME_WN, data, Map.of("alpha", 1.0, "width", 500.0)), 0.85, EVERY_RUN),
                        3, true, "min_s λ_min(K(s))/λ_min(K(0)) at m = 500, α = 1 (pilot ≥ 0.94 for α ≤ 1 at m ≥ 100)."),
                new Claim("narrow-kernel-degrades", DUKLER_WIDTH_SWEEP, wide, thm, "kernel_stability",
                        new Ordering(group(SCHEME_WN, data, Map.of("alpha", 1.0, "width", 20.0)),
                                group(SCHEME_WN, data, Map.of("alpha", 1.0, "width", 2000.0))), 3, false,
                        "The converse regime: at m = 20 the kernel degrades (pilot 0.20–0.34 in 2 of 3 seeds), below"
                                + " m = 2000's."),
                new Claim("wide-rate-linearized", DUKLER_WIDTH_SWEEP, wide, thm, "rate_over_linearized",
                        new Within(group(SCHEME_WN, data, Map.of("alpha", 1.0, "width", 2000.0)), 0.9, 1.3, EVERY_RUN),
                        3, true, "Fitted rate over the NTK prediction −2 ln(1 − ηλ_min(K(0))) at m = 2000 (pilot"
                                + " 1.0–1.2× for α ≤ 1: the window fit runs above it while faster modes still count)."),
                new Claim("wn-movement-shrinks", DUKLER_WIDTH_SWEEP, lazy, DUKLER + " Lemmas C.2, C.3; spec 002 §6.6",
                        "direction_tensor_movement_max", new Slope(wnOne, "width", -0.6, -0.2), 9, true,
                        "Log-log slope of max_k ‖v_k − v_k(0)‖ against m, α = 1 (pilot exponents −0.3 to −0.45; the"
                                + " bounds' −½)."),
                new Claim("gd-movement-shrinks", DUKLER_WIDTH_SWEEP, lazy, DUKLER + " Lemmas C.2, C.3; spec 002 §6.6",
                        "weight_movement_max", new Slope(group(SCHEME_NONE, data), "width", -0.6, -0.2), 9, true,
                        "The same for the unnormalized network's max_k ‖w_k − w_k(0)‖."));
    }

    /** Spec 002 E6 at d = 100 and Thm C.1's step: m* against n, per regime. */
    private static List<Claim> widthScaling() {
        Map<String, Double> data = Map.of("dimension", 100.0, "stepScale", 1.0 / 3);
        String source = DUKLER + " Thms 4.1, 4.2; spec 002 §3.2 E6";
        String sharp = " The theory's exponents are sufficient, not sharp, so expect a smaller measured exponent (spec"
                + " 002 E6): the prediction is only the theory's bound; the log-log slope of m* against n over every"
                + " run that found an m*.";
        return List.of(
                new Claim("direction-regime-width-exponent", DUKLER_WIDTH_SCALING, "V-dominated regime, α ≤ 1: if m ="
                        + " Ω(n⁴ log(n/δ)/λ_0⁴) … λ_min(Λ(s)) ≥ λ_0/(2α²) and the loss falls linearly.", source,
                        "width_needed", new Slope(group(SCHEME_WN, data, Map.of("alpha", 1.0, "lengthRegime", 0.0)),
                        "examples", null, 4.0), 9, true, "α = 1." + sharp),
                new Claim("length-regime-width-exponent", DUKLER_WIDTH_SCALING, "Taking α = √(n/μ_0) gives the best"
                        + " requirement, m = Ω(n² log(n/δ)/μ_0²).", source, "width_needed",
                        new Slope(group(SCHEME_WN, data, Map.of("lengthRegime", 1.0)), "examples", null, 2.0), 9,
                        true, "α = √(n/μ_0) of each run's data." + sharp));
    }

    /** Spec 002 E5: m = 1000, η = 0.01/λ_max(K(0)). */
    private static List<Claim> gradientFlow() {
        Map<String, Double> setup = Map.of("examples", 50.0, "dimension", 50.0, "width", 1000.0, "stepScale", 0.01);
        Group wn = group(SCHEME_WN, setup);
        String flow = "Under gradient flow ||f(t) − y||² ≤ exp(−λ_0 t/α²) ||f(0) − y||² (α ≤ 1; μ_0 for α ≥ 1).";
        String source = DUKLER + " Thms B.1, B.2; spec 002 §3.2 E5";
        return List.of(
                new Claim("flow-rate-is-kernel-rate", DUKLER_GRADIENT_FLOW, flow, source, "tail_rate_over_linearized",
                        new Within(wn, 0.9, 1.2, EVERY_RUN), 3, true, "The slope of ln E over the last 10% of the"
                                + " run over the NTK prediction (≈ 2ηλ_min(K(0)) at this small η): the slope in t is"
                                + " 2λ_min(K) (spec 002 §4.1's check; the 1e-2…1e-6 window fit runs 20% above it while"
                                + " faster modes still count)."),
                new Claim("flow-rate-is-kernel-rate-unnormalized", DUKLER_GRADIENT_FLOW, flow, source,
                        "tail_rate_over_linearized", new Within(group(SCHEME_NONE, setup), 0.9, 1.2, EVERY_RUN), 3,
                        true, "The same for the unnormalized network (its kernel is H)."),
                new Claim("flow-rate-above-bound", DUKLER_GRADIENT_FLOW, flow, source, "rate_over_flow_bound",
                        Within.atLeast(wn, 1, EVERY_RUN), 3, true, "Fitted rate per unit time t = ηs over λ_0/α²:"
                                + " at least 1 (about 2 expected, since the slope is 2λ_min(K) and λ_min(K) ≈ λ_0/α²)."),
                new Claim("flow-preserves-norm", DUKLER_GRADIENT_FLOW, "Under gradient flow the directions keep their"
                        + " length: d‖v_k‖²/dt = 0.", DUKLER + " eq. (2.3); spec 002 §3.2 E5", "norm_growth",
                        Within.atMost(wn, 1.001, EVERY_RUN), 3, true, "ν = mean ‖v_k‖/‖v_k(0)‖ at the end; GD adds"
                                + " η²‖∇_v L‖² per step, which shrinks like η² (E3's η = 0.25 at α = 0.1 gives ν ≈ 5)."));
    }

    private static List<Claim> wnConvergence() {
        Map<String, Double> setup = Map.of("width", 1000.0, "examples", 50.0, "dimension", 50.0,
                "learningRate", 0.25);
        Group wnOne = group(SCHEME_WN, setup, "alpha", 1.0);
        Group wnSmall = group(SCHEME_WN, setup, "alpha", 0.7);
        Group none = group(SCHEME_NONE, setup);
        String paired = "Prop. 1: V(0) + G(0) = H(0) for every α; Obs. 1: V(0), G(0) do not depend on α. So at"
                + " α = 1 the WN kernel equals the unnormalized kernel at initialization.";
        return List.of(
                new Claim("paired-steps", DUKLER_WN_CONVERGENCE, paired, DUKLER + " Prop. 1, Obs. 1; spec 002 §6.1",
                        "steps", new PairedClose(wnOne, none, 0.02), 3, true, "Paired runs at α = 1 and the same η take"
                                + " the same steps to 1e-8 · L(0) (pilot: 131 vs 131 at m = 10³)."),
                new Claim("paired-rate", DUKLER_WN_CONVERGENCE, paired, DUKLER + " Prop. 1, Obs. 1, Prop. 2;"
                        + " spec 002 §6.1, §6.5", "fitted_rate", new PairedClose(wnOne, none, 0.01), 3, true,
                        "Pilot: rates 0.1319 vs 0.1318; WN ≈ unnormalized at α = 1 is the expected result, not a"
                                + " speed-up."),
                new Claim("linear-convergence", DUKLER_WN_CONVERGENCE, "||f(s) − y||² ≤ (1 − ηλ_0/(2α²))^s"
                        + " ||f(0) − y||²: the loss falls at a linear (geometric) rate.", DUKLER
                        + " Thm 4.1; spec 002 §6.2", "fitted_rate_r2", Within.atLeast(wnOne, 0.99, EVERY_RUN), 3,
                        true, "R² of ln L against the step over 1e-6 ≤ L/L(0) ≤ 1e-2."),
                new Claim("stable-kernel", DUKLER_WN_CONVERGENCE, "λ_min(Λ(s)) ≥ λ_0/(2α²) for all s.", DUKLER
                        + " Thm 4.1; spec 002 §6.2", "kernel_stability", Within.atLeast(wnOne, 0.5, EVERY_RUN), 3,
                        true, "Measured as min_s λ_min(K(s))/λ_min(K(0)) ≥ ½ (λ_min(K(0)) ≈ λ_0/α² at this width);"
                                + " the pilot stayed ≥ 0.86 at m ≥ 100."),
                new Claim("alpha-scaling", DUKLER_WN_CONVERGENCE, "Smaller α gives faster convergence but forces a"
                        + " smaller step, η ∝ α²: at a fixed stable η the rate grows like 1/α².", DUKLER
                        + " Thm 4.1 discussion; spec 002 §6.3", "fitted_rate",
                        new PairedRatio(wnSmall, wnOne, 0.9 / 0.49, 1.1 / 0.49), 3, true, "Rate at α = 0.7 over"
                                + " α = 1 from the same initialization, predicted 1/0.7² = 2.04 ± 10% (pilot 2.1)."),
                new Claim("norm-growth-identity", DUKLER_WN_CONVERGENCE, "||v_k(s+1)||² = ||v_k(s)||² +"
                        + " η²||∇_{v_k}L(s)||² (eq. 2.3): under gradient descent the directions only grow.",
                        DUKLER + " eq. (2.3); spec 002 §4.3, §6.6", "norm_growth_identity_error",
                        Within.atMost(group(SCHEME_WN, setup), 1e-12, EVERY_RUN), 3, false, "e_23 = max over steps"
                                + " and neurons of the identity's error over ‖v_k‖², every α; float64 rounding is"
                                + " ≈ 1e-15 (pilot 8.3e-16)."),
                new Claim("norm-growth-self-tunes", DUKLER_WN_CONVERGENCE, "When η is too large for small α,"
                        + " ||v|| grows until the effective step η/||v||² fits, and the run converges.",
                        DUKLER + " eq. (2.3); spec 002 §6.6", "norm_growth",
                        Within.atLeast(group(SCHEME_WN, setup, "alpha", 0.1), 2, EVERY_RUN), 3, true, "ν = mean"
                                + " ‖v_k(T)‖/‖v_k(0)‖ at α = 0.1, η = 0.25 (η λ_max ≈ 30: far above the linear"
                                + " theory's limit), counting runs that still reach 1e-8 · L(0); pilot ν = 4.98"
                                + " after a transient loss spike of ≈ 800×."),
                lazyDirections(500, 0.06, 0.12, "0.08–0.10"), lazyDirections(2000, 0.04, 0.08, "0.05–0.07"),
                new Claim("within-lemma-radius-v", DUKLER_WN_CONVERGENCE, "(GD) ||v_k(s) − v_k(0)|| ≤ 8√n ||f(0) −"
                        + " y|| / (α √m ω).", DUKLER + " Lemma C.3; spec 002 §4.4", "movement_bound_v_ratio",
                        Within.atMost(wnOne, 1, EVERY_RUN), 3, true, "max_k ‖v_k − v_k(0)‖ at the end over the radius,"
                                + " ω = λ_0/α² at α = 1; the spec expects the bound to be very loose (pilot ≈ 0.17"
                                + " against 19 at m = 10⁴)."),
                new Claim("within-lemma-radius-g", DUKLER_WN_CONVERGENCE, "(GD) |g_k(s) − g_k(0)| ≤ 4√n ||f(0) − y||"
                        + " / (√m ω).", DUKLER + " Lemma C.2; spec 002 §4.4", "movement_bound_g_ratio",
                        Within.atMost(wnOne, 1, EVERY_RUN), 3, true, "max_k |g_k − g_k(0)| at the end over the"
                                + " radius, α = 1."));
    }

    /** Spec 002 E4: WN(α = 1)'s largest direction change at width m, against the pilot's band ± 0.01–0.02. */
    private static Claim lazyDirections(int width, double low, double high, String pilot) {
        Group wn = group(SCHEME_WN, Map.of("width", (double) width, "examples", 50.0, "dimension", 50.0,
                "learningRate", 0.25), "alpha", 1.0);
        return new Claim("lazy-directions-m" + width, DUKLER_WN_CONVERGENCE, "Every neuron stays within a radius of"
                + " its initialization that shrinks like 1/√m (lazy trajectories).", DUKLER + " Lemmas B.7, B.8,"
                + " C.2, C.3; spec 002 §4.4, E4", "direction_change_max", new Within(wn, low, high, EVERY_RUN), 3,
                true, "max_k ‖u_k(T) − u_k(0)‖ at the end of α = 1 runs of width " + width + " that reach 1e-8 ·"
                        + " L(0) (pilot E4: " + pilot + "); the theorems' radius R'_v is far looser (≈ 19 at"
                        + " m = 10⁴).");
    }

    private static List<Claim> sparseRecovery() {
        Map<String, Double> setup = Map.of("dimension", 1000.0, "measurements", 150.0, "sparsity", 10.0,
                "depth", 2.0, "centerRows", 0.0);
        Group wnOne = group(SCHEME_GLOBAL_WN, setup, Map.of("initScale", 1.0, "radiusRate", 0.1));
        Group gdOne = group(SCHEME_NONE, setup, Map.of("initScale", 1.0));
        Group r2One = group(SCHEME_GLOBAL_WN_R2, setup, Map.of("initScale", 1.0));
        Group wnTen = group(SCHEME_GLOBAL_WN, setup, Map.of("initScale", 10.0, "radiusRate", 0.1));
        Group gdTen = group(SCHEME_NONE, setup, Map.of("initScale", 10.0));
        String fig4 = CHOU + " Thm 2.1, Fig. 4a; spec 001 §6.1";
        String robust = "Weight normalization magnifies the implicit bias of gradient descent by ρ, so that"
                + " moderately small, not tiny, initializations recover the sparse signal.";
        String metric = "recovery_error_relative";
        return List.of(
                new Claim("wn-recovers", CHOU_SPARSE_RECOVERY, robust, fig4, metric,
                        Within.atMost(wnOne, 1e-3, EVERY_RUN), 3, true, "ε₂/‖x*‖₁ at r₀ = 1, η̃ = 0.1, once L ≤"
                                + " 1e-12 (pilot: 6.5e-7, the floor the loss target sets)."),
                new Claim("gd-biased", CHOU_SPARSE_RECOVERY, robust, fig4, metric,
                        Within.atLeast(gdOne, 0.2, EVERY_RUN), 3, true, "Plain GD from the same point, r₀ = 1: the"
                                + " spec's tolerance ε₂/‖x*‖₁ ≥ 0.2 (pilot 0.31–0.39)."),
                new Claim("wn-beats-gd", CHOU_SPARSE_RECOVERY, robust, fig4, metric, new Ordering(wnOne, gdOne), 3,
                        true, "At r₀ = 1."),
                new Claim("benefit-reverses", CHOU_SPARSE_RECOVERY, "For r₀ > r∞ (ρ < 1) the magnification turns"
                        + " into a penalty: WN ends further from x* than plain GD.", CHOU + " eq. (20), Fig. 4a;"
                        + " spec 001 §6.2", metric, new PairedRatio(wnTen, gdTen, 1.0, 1.5), 3, true,
                        "WN's error over GD's from the same point at r₀ = 10 > √s = r∞ (pilot: 104/95 = 1.10)."),
                new Claim("r2-tracks-gd", CHOU_SPARSE_RECOVERY, "With the radius rate η_r = r², weight"
                        + " normalization has the same limit as plain gradient flow: no magnification.", CHOU
                        + " Thm 2.3; spec 001 §6.6", metric, new PairedClose(r2One, gdOne, 0.02), 3, true,
                        "Seed by seed at r₀ = 1 (pilot: 0.3%; discrete steps move both a little)."));
    }

    private static List<Claim> signedRecovery() {
        Map<String, Double> setup = Map.of("dimension", 1000.0, "measurements", 150.0, "sparsity", 10.0,
                "depth", 2.0, "centerRows", 0.0, "initScale", 1.0);
        Group wn = group(SCHEME_GLOBAL_WN, setup, Map.of("radiusRate", 0.1));
        Group gd = group(SCHEME_NONE, setup);
        String fig5 = CHOU + " §4.3, Fig. 5; spec 001 §6.7";
        String metric = "recovery_error_relative";
        String atTheCap = " Measured at the end of every run: WN does not reach L ≤ 1e-12 within the pilot's cap"
                + " (pilot: loss 9e-9 at 6000 steps).";
        return List.of(
                new Claim("wn-beats-gd-signed", CHOU_SIGNED_RECOVERY, "Extension beyond non-negative solutions: the"
                        + " benefit of weight normalization persists for signed signals, if less strong.", fig5, metric,
                        new PairedRatio(wn, gd, null, 0.1), 3, false, "WN's error over GD's from the same point at"
                                + " r₀ = 1, seed by seed: the spec's WN ≤ GD/10 (pilot: 4.1e-4 against 5.17)."
                                + atTheCap),
                new Claim("gd-biased-signed", CHOU_SIGNED_RECOVERY, "Plain gradient descent from a moderate"
                        + " initialization is not biased enough towards the sparse solution.", fig5, metric,
                        Within.atLeast(gd, 0.2, EVERY_RUN), 3, false, "ε₂/‖x*‖₁ of plain GD at r₀ = 1 (pilot 0.52);"
                                + " 0.2 is spec 001 §6.1's tolerance for the nonnegative case."));
    }

    /** Spec 001 C2 at r₀ = 1: WN converges at η̃ ≥ 3 within the step cap; η̃ = 0.1 needs 10⁵–10⁶ steps. */
    private static List<Claim> gaussianRecovery() {
        Map<String, Double> setup = Map.of("dimension", 1000.0, "measurements", 150.0, "depth", 2.0,
                "centerRows", 0.0, "initScale", 1.0);
        Group gd = group(SCHEME_NONE, setup);
        Group wnThree = group(SCHEME_GLOBAL_WN, setup, "radiusRate", 3.0);
        Group wnTen = group(SCHEME_GLOBAL_WN, setup, "radiusRate", 10.0);
        String fig2 = CHOU + " §4.1, Fig. 2a; spec 001 §6.4";
        String metric = "l1_excess_relative";
        return List.of(
                new Claim("gd-l1-biased", CHOU_GAUSSIAN_RECOVERY, "Plain gradient descent from r₀ = 1 ends well above"
                        + " the ℓ₁-minimal interpolant.", fig2, metric, Within.atLeast(gd, 0.05, EVERY_RUN), 3, true,
                        "ε₁/Q of plain GD once L ≤ 1e-12 (pilot 10.2%: ε₁ = 21.6 against Q = 206)."),
                new Claim("wn-gain-large", CHOU_GAUSSIAN_RECOVERY, "WN-GD gives much smaller ε₁ than GD at the same"
                        + " r₀, by a factor of about 100 at r₀ = 1.", fig2, metric, new PairedRatio(wnThree, gd, null,
                        1 / 30.0), 3, true, "WN's ε₁ over GD's from the same point, at η̃ = 3 (where WN converges"
                        + " within the cap; gradient-flow prediction 39×): at least 30× smaller, the spec's tolerance"
                        + " for the paper's finite-budget \"100\" (spec 001 §6.4)."),
                new Claim("gaussian-error-falls-with-radius-rate", CHOU_GAUSSIAN_RECOVERY, "ε₁ falls as η̃ falls:"
                        + " the magnification ρ = (r₀/r∞)exp((r∞² − r₀²)/(2η̃)) grows.", CHOU + " §4.1, Fig. 3a;"
                        + " spec 001 §6.3", metric, new PairedRatio(wnThree, wnTen, null, 0.5), 3, true, "ε₁ at"
                        + " η̃ = 3 over η̃ = 10, seed by seed (gradient-flow prediction 0.545/3.00 = 0.18)."),
                new Claim("gaussian-iterations-rise", CHOU_GAUSSIAN_RECOVERY, "The number of iterations rises as η̃"
                        + " falls.", CHOU + " §4.1, Fig. 3b; spec 001 §6.3", "steps", new PairedRatio(wnThree, wnTen,
                        2.0, null), 3, true, "Steps to L ≤ 1e-12 at η̃ = 3 over η̃ = 10, seed by seed; at η̃ = 1 the"
                        + " 20 000-step cap comes first (the pilot's η̃ = 0.1 had not converged after 6000)."));
    }

    /** Spec 001 C3's cheap variant: the sparse signal at r₀ = 1 over η̃, every run measured at its end. */
    private static List<Claim> radiusRateTradeOff() {
        Map<String, Double> setup = Map.of("dimension", 1000.0, "measurements", 150.0, "sparsity", 10.0,
                "depth", 2.0, "centerRows", 0.0, "initScale", 1.0);
        Group gd = group(SCHEME_NONE, setup);
        String fig3 = CHOU + " §4.1, Fig. 3; spec 001 §6.3";
        String falls = "ε falls with η̃ (log ε roughly linear in 1/η̃, as log ρ ∝ (r∞² − r₀²)/(2η̃)); iterations"
                + " rise as η̃ falls.";
        String metric = "recovery_error_relative";
        String atEnd = " Measured at the end of every run: below η̃ = 3 the line search often reaches the 20 000-step"
                + " cap before L ≤ 1e-12.";
        return List.of(
                new Claim("error-falls-3-to-1", CHOU_RADIUS_RATE, falls, fig3, metric, new PairedRatio(
                        rate(setup, 1), rate(setup, 3), null, 0.2), 3, false, "ε₂ at η̃ = 1 over η̃ = 3, seed by seed"
                        + " (gradient-flow prediction 0.03/2 = 0.015)." + atEnd),
                new Claim("error-falls-10-to-3", CHOU_RADIUS_RATE, falls, fig3, metric, new PairedRatio(
                        rate(setup, 3), rate(setup, 10), null, 0.5), 3, false, "ε₂ at η̃ = 3 over η̃ = 10 (prediction"
                        + " 2/9 = 0.22)."),
                new Claim("small-rate-recovers", CHOU_RADIUS_RATE, falls, fig3, metric, Within.atMost(rate(setup, 0.3),
                        1e-3, EVERY_RUN), 3, false, "ε₂/‖x*‖₁ at η̃ = 0.3 ≤ 1e-3 (prediction 1e-9: the cap"
                        + " stops first)." + atEnd),
                new Claim("large-rate-worse-than-gd", CHOU_RADIUS_RATE, "For η̃ so large that ρ < 1, weight"
                        + " normalization is biased away from the sparse solution: worse than plain GD.", fig3, metric,
                        new PairedRatio(rate(setup, 10), gd, 1.0, null), 3, false, "ε₂ at η̃ = 10 over plain GD's from"
                        + " the same point (prediction ≈ 9 against ≈ 3.9)."),
                new Claim("iterations-rise", CHOU_RADIUS_RATE, falls, fig3, "steps_to_1e-6", new PairedRatio(
                        rate(setup, 3), rate(setup, 10), 1.5, null), 3, false, "Steps to L ≤ 1e-6 · L(0) at η̃ = 3 over"
                        + " η̃ = 10, seed by seed (pilot, absolute 1e-6: 410 at η̃ = 0.3 up to 6460 at 0.01)."));
    }

    private static Group rate(Map<String, Double> setup, double radiusRate) {
        return group(SCHEME_GLOBAL_WN, setup, "radiusRate", radiusRate);
    }

    /** Spec 001 C6: the theorems are about gradient flow; how far do fixed steps stray from it? */
    private static List<Claim> gradientFlowLimit() {
        Map<String, Double> setup = Map.of("dimension", 1000.0, "measurements", 150.0, "sparsity", 10.0,
                "depth", 2.0, "centerRows", 0.0, "initScale", 1.0);
        Group gd = group(SCHEME_NONE, setup);
        String open = "The paper's results are for gradient flow; extending them to gradient descent is its open"
                + " question 5.";
        String source = CHOU + " §5; spec 001 §2.5, §3.2 P3, §4.5, §5 C6";
        return List.of(
                new Claim("distance-vanishes-like-step", CHOU_GRADIENT_FLOW, open, source, "gradient_flow_distance",
                        new PairedRatio(group(SCHEME_NONE, setup, "stepFactor", 2.0), group(SCHEME_NONE, setup,
                                "stepFactor", 0.5), 3.0, 5.0), 3, true, "‖x̃_T − x̃∞‖/‖x̃∞‖ at c = 2 over c = 0.5, seed"
                                + " by seed: a first-order method's bias is O(c), so quartering c quarters it (4 ± 1;"
                                + " seed by seed, since draws differ in the bias's prefactor)."),
                new Claim("drift-falls-with-step", CHOU_GRADIENT_FLOW, open, source, "invariant_drift",
                        new Slope(gd, "stepFactor", 0.5, null), 6, true, "Slope of ln ‖(I − A⁺A)(ln x_T − ln x₀)‖"
                                + " against ln c: the invariant of Lemma 3.6 is kept better as steps shrink."),
                new Claim("small-steps-reach-the-limit", CHOU_GRADIENT_FLOW, "Large line-search steps bias discrete"
                        + " GD by 2–7% relative to the gradient-flow limit; the implicit-bias value therefore depends"
                        + " on the step size.", "spec 001 §3.2 P3 (pilot)", "gradient_flow_distance", Within.atMost(
                        group(SCHEME_NONE, setup, "stepFactor", 0.5), 0.02, EVERY_RUN), 3, true, "At c = 0.5 the"
                        + " endpoint lies within 2% of the closed-form limit in every draw."));
    }

    /** Spec 001 §3.2 P5 (C8, not in the paper): the saddle at x = 0. */
    private static List<Claim> smallInitCollapse() {
        Map<String, Double> setup = Map.of("dimension", 1000.0, "measurements", 150.0, "sparsity", 10.0,
                "depth", 2.0, "centerRows", 0.0, "radiusRate", 0.1);
        String p5 = "spec 001 §3.2 P5, §6.5 (derived; not in the paper)";
        return List.of(
                new Claim("collapse-iff-negative-drive", CHOU_SMALL_INIT_COLLAPSE, "While x̃ ≈ 0, d log r/dt ≈"
                        + " η̃⟨u², Aᵀb⟩: if ⟨u₀², Aᵀb⟩ < 0 and r₀ is tiny, r decays to 0 and the run is stuck at the"
                        + " saddle x = 0.", p5, "collapse_prediction_error", Within.atMost(group(SCHEME_GLOBAL_WN, setup,
                        "initScale", 0.01), 0, EVERY_RUN), 10, false, "At r₀ = 0.01 a run collapses (r < r₀/10 with L"
                        + " > 0.9 L(0)) exactly when its initial radial drive is negative: 0 mismatches in every"
                        + " draw (the pilot saw that sign in 28% of 200 draws)."),
                new Claim("no-collapse-at-moderate-init", CHOU_SMALL_INIT_COLLAPSE, "Initialize r₀ moderately small"
                        + " but not too small.", CHOU + " §4; " + p5, "collapsed", Within.atMost(group(
                        SCHEME_GLOBAL_WN, setup, "initScale", 1.0), 0, EVERY_RUN), 10, false, "No draw collapses at"
                        + " r₀ = 1, including those whose drive is negative."));
    }

    /** Spec 004 S0 at the CPU preset's sizes: two hidden layers of 128, k = 3.7. */
    private static List<Claim> scaleInvariance() {
        Map<String, Double> net = Map.of("hiddenLayers", 2.0, "width", 128.0, "scale", 3.7);
        String lemma = "If L(kw) = L(w) for all k > 0, then ⟨w, ∂L/∂w⟩ = 0 and ∂L/∂w at kw = (1/k) ∂L/∂w at w.";
        String source = SMD + " Lemma 1; spec 004 §1 item 1, §5 S0";
        List<Claim> claims = new ArrayList<>();
        for (String scheme : List.of(SCHEME_BATCHNORM, SCHEME_LAYERNORM)) {
            Group normalized = group(scheme, net);
            claims.add(new Claim(scheme + "-orthogonal-gradient", SMD_SCALE_INVARIANCE, lemma, source,
                    "max_weight_gradient_cosine_hidden", Within.atMost(normalized, ScaleInvarianceTask.INVARIANT_COSINE,
                            EVERY_RUN), 3, false, "Largest |cos(w, g)| of the hidden weights; ε = 1e-5 inside the"
                            + " normalization breaks invariance slightly (pilot 3e-8 … 1.2e-5)."));
            claims.add(new Claim(scheme + "-gradient-scales", SMD_SCALE_INVARIANCE, lemma, source,
                    "max_gradient_scaling_error_hidden", Within.atMost(normalized, 1e-3, EVERY_RUN), 3, false,
                    "max over hidden weights of |‖g(kw)‖·k/‖g(w)‖ − 1| at k = 3.7."));
            claims.add(new Claim(scheme + "-tags-hidden-layers", SMD_SCALE_INVARIANCE, "The weights of a layer"
                    + " followed by BN (or LN) are scale-invariant; the head's are not.", SMD + " §1; spec 004 §4 item"
                    + " 9 (the automatic detector)", "scale_invariant_tensors", new Within(normalized, 2.0, 2.0,
                    EVERY_RUN), 3, false, "Tensors with |cos(w, g)| < 1e-4 among the two hidden layers and the head:"
                    + " exactly the two hidden layers."));
        }
        claims.add(new Claim("batchnorm-loss-invariant", SMD_SCALE_INVARIANCE, lemma, source,
                "max_scaled_loss_change_hidden", Within.atMost(group(SCHEME_BATCHNORM, net), 1e-5, EVERY_RUN), 3,
                false, "|L(kw) − L(w)|/L(w) with one hidden layer scaled by 3.7 (pilot ≈ 1e-6 absolute at L ≈ 2.3)."));
        claims.add(new Claim("unnormalized-not-invariant", SMD_SCALE_INVARIANCE, "Unnormalized weights are not"
                + " scale-invariant: the detector flags them.", "spec 004 §4 item 9, §7", "scale_invariant_tensors",
                new Within(group(SCHEME_NONE, net), 0.0, 0.0, EVERY_RUN), 3, false, "No tensor of the unnormalized"
                + " network has |cos(w, g)| < 1e-4."));
        return claims;
    }

    /** Spec 004 S1 on the pilot's map settings (η = 0.1, λ = 1e-3, L = 10 ± 3); lossShape 0 constant, 2 sine. */
    private static List<Claim> normMaps() {
        Map<String, Double> pilot = Map.of("learningRate", 0.1, "weightDecay", 1e-3, "lossLevel", 10.0,
                "lossNoise", 3.0, "initialSquaredNorm", 10.0);
        Group constant = group(SCHEME_NONE, pilot, "lossShape", 0.0);
        Group sgd = group(SCHEME_NONE, pilot, Map.of("lossShape", 0.0, "momentum", 0.0));
        Group sgdm = group(SCHEME_NONE, pilot, Map.of("lossShape", 0.0, "momentum", 0.9));
        String maps = SMD + " App. C.1, Figs. 4–5; spec 004 §3 P4, §5 S1";
        String tracks = "With moderate local variance and a smoothly changing mean of L_t, x_t quickly tracks its"
                + " theoretical value.";
        return List.of(
                new Claim("map-reaches-equilibrium", SMD_NORM_MAPS, "‖w_t‖² converges to (w*)² = √(Lη/(λ(1−α)(2 −"
                        + " λη/(1+α))))", SMD + " Thms 1–2; spec 004 §5 S1", "tracking_error_tail",
                        Within.atMost(constant, 0.05, EVERY_RUN), 3, false, "Constant mean: max |x_t/x*_t − 1| over"
                                + " the last 25% ≤ 5%, SGD and SGDM (pilot 0.28% and 1.1%)."),
                new Claim("map-angular-update", SMD_NORM_MAPS, "The angular update converges to √(2λη/(1+α)).", SMD
                        + " Thm 3; spec 004 §5 S1", "angular_update_rms_ratio", new Within(constant, 0.99, 1.01,
                        EVERY_RUN), 3, false, "RMS(Δ) over the last 25% over Δ*, constant mean (pilot 1.0006 and"
                                + " 1.0000)."),
                new Claim("map-momentum-faster", SMD_NORM_MAPS, "SGDM approaches the equilibrium 1/(1−α) times"
                        + " faster than SGD.", SMD + " Remark 2; spec 004 §6.3", "steps_to_norm_equilibrium",
                        new PairedRatio(sgd, sgdm, 5.0, 20.0), 3, false, "Steps to stay within 5% of x* for 500 steps,"
                                + " SGD over SGDM from the same noise: 1/(1−α) = 10 within a factor 2 (pilot 5262/550 ="
                                + " 9.6)."),
                new Claim("map-linearized-rate", SMD_NORM_MAPS, "(1 − 4λη/(1−α))^T: the norm approaches its"
                        + " equilibrium at the rate 4λη/(1−α).", SMD + " Thm 2; spec 004 §2.3 (derived, pilot-checked)",
                        "linearized_contraction_ratio", new Within(group(SCHEME_NONE, pilot, Map.of()), 0.95, 1.1,
                        EVERY_RUN), 1, false, "1 − ρ(J) of the exact map at its fixed point over 4λη/(1−α): 1.000 for"
                                + " SGD, 1.04 at α = 0.9 (pilot); the expansion breaks down as α → 1 (1.23 at 0.95)."),
                new Claim("sgdm-tracks-sine", SMD_NORM_MAPS, tracks, maps, "tracking_error_tail",
                        Within.atMost(group(SCHEME_NONE, pilot, Map.of("lossShape", 2.0, "momentum", 0.9)), 0.15,
                                EVERY_RUN), 3, false, "Sine of period 5000 (= 20 τ for SGDM): SGDM stays within 15%"
                                + " (pilot 10%)."),
                new Claim("sgd-lags-sine", SMD_NORM_MAPS, tracks, maps, "tracking_error_tail",
                        Within.atLeast(group(SCHEME_NONE, pilot, Map.of("lossShape", 2.0, "momentum", 0.0)), 0.2,
                                EVERY_RUN), 3, false, "The same sine is only 2 τ for SGD (τ = 1/(4λη) = 2500): it"
                                + " cannot track (pilot up to 39% off) — the regime where \"quickly\" fails."));
    }

    private static List<Claim> sphericalMotionEquilibrium() {
        // the CPU preset's regime: η = 0.2, λ = 5e-3 (λη = 1e-3, τ = 25 steps with momentum, 250 without)
        Map<String, Double> regime = Map.of("learningRate", 0.2, "weightDecay", 5e-3);
        Group sgdm = group(SCHEME_BATCHNORM, regime, Map.of("momentum", 0.9, "initScale", 1.0));
        Group sgd = group(SCHEME_BATCHNORM, regime, Map.of("momentum", 0.0, "initScale", 1.0));
        String thm3 = SMD + " Thm 3, Figs. 2–3; spec 004 §6.1";
        String delta = "The angular update converges to √(2λη/(1+α)) in every scale-invariant layer.";
        String tail = "RMS(Δ)/Δ* over the last 30% of the run, worst hidden layer, within [0.95, 1.05] (spec 004"
                + " §6.1; pilot grid 0.982–1.018 once past equilibrium).";
        String farAbove = "−d ln‖w‖/dt over the far-above stretch (‖w‖ ≥ 3w*) over the rate of the weight-decay-only"
                + " recursion w_{t+1} = (1 + α − λη)w_t − αw_{t−1}, worst layer, within 10%. The spec's λη/(1−α) is"
                + " that rate to first order only: 12% low at the preset's λη = 1e-3, α = 0.9 (2% at the pilot's"
                + " 2e-4, where it measured 72.2 and 33.0 at steps 399 and 799 against 71.5 and 32.2).";
        String lemma1 = SMD + " Lemma 1; spec 004 §2.1, S0";
        String orthogonal = "If L(kw) = L(w) for all k > 0, then ⟨w, ∂L/∂w⟩ = 0.";
        return List.of(
                new Claim("sgdm-angular-update", SMD_EQUILIBRIUM, delta, thm3, "angular_update_ratio",
                        new Within(sgdm, 0.95, 1.05, EVERY_RUN), 3, false, "SGD-momentum, α = 0.9. " + tail),
                new Claim("sgd-angular-update", SMD_EQUILIBRIUM, delta, thm3, "angular_update_ratio",
                        new Within(sgd, 0.95, 1.05, EVERY_RUN), 3, false, "Plain SGD. " + tail),
                new Claim("layernorm-angular-update", SMD_EQUILIBRIUM, "[Δ*] only depends on η, λ, α, not on the"
                        + " layer's shape, size, position or gradient scale; LayerNorm shares the scale invariance.",
                        SMD + " §1, §4 after Remark 3; spec 004 §7", "angular_update_ratio",
                        new Within(group(SCHEME_LAYERNORM, regime, Map.of("momentum", 0.9, "initScale", 1.0)), 0.95,
                                1.05, EVERY_RUN), 3, false, "The paper's experiments use BN only; spec 004 §7 names"
                                + " LN as making the whole weight scale-invariant, so Thm 3 applies. " + tail),
                new Claim("sgdm-weight-norm", SMD_EQUILIBRIUM, "‖w_t‖ approaches w* = (Lη/(λ(1−α)(2 −"
                        + " λη/(1+α))))^{1/4}.", SMD + " Thm 2, Fig. 2; spec 004 §6.2", "weight_norm_ratio",
                        new Within(sgdm, 0.95, 1.05, EVERY_RUN), 3, false, "N/N* over the last 30%, worst layer;"
                                + " L from the 200-step mean of h̃ (with momentum, not ‖g̃‖², which overstates w* by"
                                + " 2–8%: pilot cos(v, g) = −0.03 to −0.08)."),
                new Claim("sgdm-faster", SMD_EQUILIBRIUM, "SGDM approaches equilibrium 1/(1−α) times faster than"
                        + " SGD at equal λη.", SMD + " Remark 2, Fig. 2; spec 004 §6.3", "equilibrium_step",
                        new PairedRatio(sgd, sgdm, 5.0, 20.0), 3, false, "Equilibrium step t_eq (the 200-step mean of"
                                + " Δ within 5% of Δ* for max(200, τ) steps, every layer), SGD over SGDM seed by"
                                + " seed, within a factor 2 of 1/(1−α) = 10. Both start from the same Kaiming"
                                + " weights, which are not equally far from their two equilibria."),
                new Claim("sgdm-decay-far-above", SMD_EQUILIBRIUM, "Far above equilibrium ‖w_t‖ ≈ ‖w_0‖"
                        + " exp(−λη t/(1−α)): weight decay alone, 1/(1−α) times faster with momentum.", "spec 004 §2.3, §6.4 [derived]", "norm_decay_ratio",
                        new Within(group(SCHEME_BATCHNORM, regime, Map.of("momentum", 0.9, "initScale", 10.0)), 0.9,
                                1.1, EVERY_RUN), 3, false, "Initial weights ×10. " + farAbove),
                new Claim("sgd-decay-far-above", SMD_EQUILIBRIUM, "Far above equilibrium ‖w_t‖ ≈ ‖w_0‖(1 − λη)^t.",
                        "spec 004 §2.3, §6.4 [derived]", "norm_decay_ratio",
                        new Within(group(SCHEME_BATCHNORM, regime, Map.of("momentum", 0.0, "initScale", 10.0)), 0.9,
                                1.1, EVERY_RUN), 3, false, "Initial weights ×10. " + farAbove),
                new Claim("batchnorm-orthogonal", SMD_EQUILIBRIUM, orthogonal, lemma1, "max_weight_gradient_cosine",
                        Within.atMost(Group.of(SCHEME_BATCHNORM), 1e-4, EVERY_RUN), 3, false, "Largest |cos(w, g)| of"
                                + " any hidden layer at any step; BN's ε = 1e-5 breaks the invariance slightly"
                                + " (spec 004 §2.1: up to 1.2e-5)."),
                new Claim("layernorm-orthogonal", SMD_EQUILIBRIUM, orthogonal, lemma1, "max_weight_gradient_cosine",
                        Within.atMost(Group.of(SCHEME_LAYERNORM), 1e-4, EVERY_RUN), 3, false, "As for BN: LN makes"
                                + " each hidden weight matrix scale-invariant as a whole."),
                new Claim("unnormalized-not-orthogonal", SMD_EQUILIBRIUM, "An unnormalized weight is outside the"
                        + " theory (no orthogonality, no equilibrium formula).", "spec 004 §0, §7",
                        "max_weight_gradient_cosine", Within.atLeast(Group.of(SCHEME_NONE), 1e-2, EVERY_RUN), 3,
                        false, "The control: without normalization |cos(w, g)| ≫ 0, so the orthogonality check"
                                + " tells scale-invariant tensors apart."));
    }

    private static List<Claim> learningRateDrops() {
        // the CPU preset: SGDM α = 0.9, λ = 1e-3, η 0.2 → 0.02 at 4000 steps (Cor. 3.1's bound: 2878 steps)
        Map<String, Double> regime = Map.of("learningRate", 0.2, "weightDecay", 1e-3, "momentum", 0.9,
                "dropEvery", 4000.0, "dropFactor", 10.0);
        Group standard = group(SCHEME_BATCHNORM, regime, "rescale", 0);
        Group rescaled = group(SCHEME_BATCHNORM, regime, "rescale", 1);
        String window = "RMS(Δ)/Δ*(η/k) over the 200 steps from a quarter of Cor. 3.1's bound after the first drop,"
                + " mean of the hidden layers";
        return List.of(
                new Claim("standard-lags", SMD_LEARNING_RATE_DROPS, "If η is divided by k, reaching the new"
                        + " equilibrium takes at least ⌈log(k)(1−α)/(4λη)⌉ iterations for SGDM.",
                        SMD + " Cor. 3.1, Fig. 3(a); spec 004 §6.5", "post_drop_angular_ratio",
                        Within.atMost(standard, 0.8, EVERY_RUN), 3, false, window + ", below 0.8 (pilot ≈ 0.47)."),
                new Claim("rescale-no-lag", SMD_LEARNING_RATE_DROPS, "[With rescaling] SGDM can reach the new"
                        + " equilibrium immediately.", SMD + " §5.2, Fig. 3(b); spec 004 §6.5",
                        "post_drop_angular_ratio", new Within(rescaled, 0.8, 1.35, EVERY_RUN), 3, false,
                        window + ", within [0.8, 1.35] (pilot 0.99–1.11 in stage 2; overshoots up to 1.31 as L̂ rises"
                                + " after the drop)."),
                new Claim("rescale-same-accuracy", SMD_LEARNING_RATE_DROPS, "Standard 76.25, Rescale 76.27 (top-1,"
                        + " ImageNet).", SMD + " Table 1; spec 004 §6.5", "test_accuracy",
                        new PairedClose(rescaled, standard, 0.01), 3, false, "Rescaling changes where the norm"
                                + " sits, not what the network learns: test accuracy within 1% of the standard"
                                + " run's, seed by seed (pilot 89.21% vs 89.41%, one seed)."));
    }

    private static List<Claim> linearScaling() {
        // the CPU preset: SGDM α = 0.9, λ = 5e-3, η = 0.2·B/128, the angle per 512 examples
        Map<String, Double> regime = Map.of("learningRate", 0.2, "weightDecay", 5e-3, "momentum", 0.9,
                "spanExamples", 512.0);
        Group large = group(SCHEME_BATCHNORM, regime, "batchSize", 512);
        String fig7 = SMD + " App. C.3, Fig. 7; spec 004 §3 P5, §5 S6";
        String accumulated = "The accumulated angle of k small-batch steps is much larger than one large-batch step.";
        String perExamples = "Mean angle(w_t, w_{t+k}) turned per 512 examples over the last 30% (k = 512/B steps),"
                + " mean of the hidden layers, over the same seed's run at B = 512 (one step): above 1.";
        return List.of(
                new Claim("delta-grows-like-sqrt-batch", SMD_LINEAR_SCALING, "With the linear scaling principle, in"
                        + " equilibrium Δ grows by √k when η grows by k.", SMD + " Thm 3, App. C.3; spec 004 §3 P5",
                        "angular_update_rms", new Slope(group(SCHEME_BATCHNORM, regime), "batchSize", 0.45, 0.55), 6,
                        false, "Least-squares slope of ln RMS(Δ) over the last 30% against ln B: Δ* = √(2λη/(1+α))"
                                + " with η ∝ B predicts ½."),
                new Claim("small-batches-turn-further", SMD_LINEAR_SCALING, accumulated, fig7, "span_angle",
                        new PairedRatio(group(SCHEME_BATCHNORM, regime, "batchSize", 128), large, 1.0, null), 3,
                        false, perExamples + " B = 128: k = 4."),
                new Claim("smallest-batches-turn-furthest", SMD_LINEAR_SCALING, accumulated, fig7, "span_angle",
                        new PairedRatio(group(SCHEME_BATCHNORM, regime, "batchSize", 32), large, 1.0, null), 3,
                        false, perExamples + " B = 32: k = 16."));
    }

    private static List<Claim> linearDirectionOneExample() {
        Map<String, Double> regime = Map.of("learningRate", 0.5);
        Group gd = group(SCHEME_NONE, regime);
        Group wn = group(SCHEME_SWN, regime);
        Group proj = group(SCHEME_PROJ, regime);
        String fig3 = THEORY3 + " §12, Fig. 3";
        String gdRate = "Fig. 3 left: the GD direction error is O(1/log t).";
        String wnRate = "Fig. 3 right: WN gives O(t^{−½ log t}).";
        String slope = "Least-squares slope of ln ε against (ln t)² over t ≥ 20 (ε > 1e-13), over −½/‖v‖²: in"
                + " discrete time ‖v‖ grows (pilot 1 → 1.26), dividing the direction's step by ‖v‖²; within 10%"
                + " (spec 003 §6.2; pilot slope −0.311 against −0.315).";
        return List.of(
                new Claim("gd-error-times-rho-constant", THEORY3_ONE_EXAMPLE, gdRate, fig3 + "; spec 003 §6.1",
                        "error_rho_spread", Within.atMost(gd, 1.1, EVERY_RUN), 3, false, "ε·ρ constant within ±5%"
                                + " over t ≥ 20 (max/min ≤ 1.1): ε ∝ 1/ρ (pilot 1.67–1.72)."),
                new Claim("gd-rho-log-t", THEORY3_ONE_EXAMPLE, "ρ ≈ log t (§11.1, one layer).",
                        THEORY3 + " §11.1; spec 003 §6.1", "rho_over_log_time",
                        new Within(gd, 0.95, 1.05, EVERY_RUN), 3, false, "ρ/ln t at the end (pilot 1.010 at 3·10⁵"
                                + " steps)."),
                new Claim("wn-log-error-linear-in-log2t", THEORY3_ONE_EXAMPLE, wnRate, fig3 + "; spec 003 §6.2",
                        "log_error_slope_r2", Within.atLeast(wn, 0.99, EVERY_RUN), 3, false, "R² of ln ε against"
                                + " (ln t)² (pilot 0.9999)."),
                new Claim("wn-slope", THEORY3_ONE_EXAMPLE, wnRate, fig3 + "; spec 003 §6.2", "log_error_slope_ratio",
                        new Within(wn, 0.9, 1.1, EVERY_RUN), 3, false, slope),
                new Claim("proj-slope", THEORY3_ONE_EXAMPLE, wnRate + " (the constrained flow, ‖v‖ = 1)",
                        fig3 + "; spec 003 §6.2", "log_error_slope_ratio", new Within(proj, 0.9, 1.1, EVERY_RUN), 3,
                        false, "Coefficient normalization keeps ‖V‖ = 1, so the slope is −½ itself (pilot −0.485)."),
                new Claim("wn-fast", THEORY3_ONE_EXAMPLE, wnRate, fig3 + "; spec 003 §6.2", "direction_error",
                        Within.atMost(wn, 1e-10, EVERY_RUN), 3, false, "ε < 1e-10 within 2·10⁴ steps at η = 0.5"
                                + " (pilot 3.9e-12), where GD is at 0.14 after 3·10⁵."));
    }

    private static List<Claim> linearDirectionIris() {
        Map<String, Double> regime = Map.of("stepScale", 1.0);
        return List.of(new Claim("wn-advantage-shrinks", THEORY3_IRIS, "More complex behavior in the presence of"
                + " multiple support vectors with different margins.", THEORY3 + " Fig. 3 caption; spec 003 §6.3",
                "direction_error", new PairedRatio(group(SCHEME_SWN, regime), group(SCHEME_NONE, regime), 0.1, 1.0),
                3, false, "‖u − u*‖ of WN over GD's, seed by seed, after the same steps: WN ≤ GD but no order of"
                        + " magnitude apart (pilot at 3·10⁵ steps: 0.124 against 0.190) — both are logarithmically"
                        + " slow once several support vectors compete."));
    }

    /** Fig. 2 of Theory III on the exact balanced flow; the pilot's values are at t = 10¹² (spec 003 §3.2 E2a). */
    private static List<Claim> balancedFlow() {
        String fig2 = THEORY3 + " §11.1.2, Fig. 2; spec 003 §3.2 E2a, §6.4";
        String product = "The product Π ρ_i grows like log t for K = 1 and faster for deeper K.";
        return List.of(
                new Claim("product-like-log-t", THEORY3_BALANCED_FLOW, product, fig2, "rho_over_log_t",
                        new Within(group(SCHEME_NONE, Map.of("depth", 1.0)), 0.999, 1.001, EVERY_RUN), 1, false,
                        "K = 1: ρ = ln(e + t) exactly, so ρ/ln t at t = 10¹² is 27.631/27.631 (pilot 27.63)."),
                new Claim("deeper-product-faster", THEORY3_BALANCED_FLOW, product, fig2, "rho_over_log_t",
                        new Within(group(SCHEME_NONE, Map.of("depth", 8.0)), 1.2, 1.4, EVERY_RUN), 1, false,
                        "K = 8: ρ/ln t at t = 10¹² about 1.3 (pilot 35.93/27.63), the (2 − 2/K) ln ln t + ln K"
                                + " excess of spec 003 §2.6."),
                new Claim("layers-grow-slowly", THEORY3_BALANCED_FLOW, "Per-layer norms grow more slowly as K"
                        + " increases.", fig2, "balanced_layer_norm_final",
                        new Within(group(SCHEME_NONE, Map.of("depth", 8.0)), 1.4, 1.8, EVERY_RUN), 1, false,
                        "K = 8: r = ρ^{1/8} at t = 10¹² about 1.57 (pilot) against 27.6 for K = 1."));
    }

    /** Spec 003 E6 from w(0) = (0.5, −0.5): ρ stays away from 0, where the (ρ, V) form is stiff. */
    private static List<Claim> twoParameterPaths() {
        Map<String, Double> start = Map.of("w1Init", 0.5, "w2Init", -0.5, "horizon", 1e4);
        String observation = "The continuous dynamical system Ẇ = −∂L/∂W describes the same dynamics as ρ̇_k and"
                + " V̇_k with W_k = ρ_k V_k and ‖V_k‖ = 1.";
        String source = THEORY3 + " §4.1 Observation 1, eqs. (13)–(14); spec 003 §3.2 E6";
        return List.of(
                new Claim("reparametrization-is-gd", THEORY3_TWO_PARAMETER_PATHS, observation, source,
                        "reparam_path_gap", new Slope(group(SCHEME_NONE, start), "learningRate", 0.9, 1.1), 3, false,
                        "The largest relative distance between the two paths shrinks like η (log-log slope 1): they"
                                + " differ only by Euler's first-order error, so the flows coincide."),
                new Claim("wn-different-path", THEORY3_TWO_PARAMETER_PATHS, "Standard weight normalization leads to"
                        + " different trajectories of gradient descent.", THEORY3 + " Fig. 1; spec 003 §3.2 E6",
                        "wn_path_gap", Within.atLeast(group(SCHEME_NONE, start), 0.1, EVERY_RUN), 1, false,
                        "Largest distance of WN's path from GD's relative to ‖w‖, at every η: its direction moves ρ²"
                                + " times faster (eq. 12 against eq. 15). From w(0) = (0.5, 0.5), already close to"
                                + " the final direction, the paths stay within 1%."));
    }

    /** Spec 003 §3.3 (E7) on the CPU preset's 1000 training images, width 128. */
    private static List<Claim> normalizedLoss() {
        Map<String, Double> setup = Map.of("trainExamples", 1000.0, "testExamples", 2000.0, "width", 128.0);
        String statement = "At fixed complexity of the normalized network (‖V_k‖ = 1) its empirical loss is what the"
                + " generalization bound controls: the normalized training loss predicts the test loss.";
        String source = THEORY3 + " Thm 4, eq. (35) (derived); spec 003 §3.3, §6.7";
        return List.of(
                new Claim("normalized-loss-predicts-test-loss", THEORY3_NORMALIZED_LOSS, statement, source,
                        "normalized_ce_gap", new Within(group(SCHEME_NONE, setup), -0.01, 0.01, EVERY_RUN), 3, true,
                        "Normalized test CE minus normalized training CE, every network that fits its labels (pilot:"
                                + " NCE_test = 1.007 NCE_train − 0.0115, gaps 0.005–0.007) — whatever the share of"
                                + " random labels, while the test error runs from 20% to 90%."),
                new Claim("normalized-losses-correlate", THEORY3_NORMALIZED_LOSS, statement, source,
                        "normalized_train_ce", new Correlation(group(SCHEME_NONE, setup), "normalized_test_ce", false,
                                0.95, null), 6, true, "Pearson's r of normalized training and test CE across the"
                                + " networks, spec 003 §6.7's threshold (pilot 0.998 over 10 networks)."),
                new Claim("normalized-loss-ranks-test-error", THEORY3_NORMALIZED_LOSS, statement, source,
                        "normalized_train_ce", new Correlation(group(SCHEME_NONE, setup), "test_error", true, 0.8,
                                null), 6, true, "Spearman's rank correlation with the test error, spec 003 §6.7's"
                                + " threshold (pilot 0.939)."),
                new Claim("normalized-loss-ranks-label-noise", THEORY3_NORMALIZED_LOSS, statement, source,
                        "normalized_train_ce", new Ordering(group(SCHEME_NONE, setup, "labelNoise", 0.0),
                                group(SCHEME_NONE, setup, "labelNoise", 0.5)), 3, true, "The clean network's"
                                + " normalized training CE below the half-random one's (pilot 2.2463–2.2473 against"
                                + " 2.2926–2.2930), as their test errors are (20% against 52%)."),
                new Claim("normalized-loss-saturates", THEORY3_NORMALIZED_LOSS, statement, source,
                        "normalized_train_ce", new Within(group(SCHEME_NONE, setup, "labelNoise", 1.0),
                                Math.log(10) - 0.02, Math.log(10), EVERY_RUN), 3, true, "Fully random labels: the"
                                + " normalized training CE sits just below log 10 = 2.3026 (pilot 2.2958–2.2961), where"
                                + " it saturates — the relation is monotone but strongly nonlinear in test error."));
    }

    private static List<Claim> rhoGrowth() {
        Group gd = group(SCHEME_NONE, Map.of("learningRate", 1e-3));
        Group twoLayers = group(SCHEME_NONE, Map.of("learningRate", 1e-3, "depth", 2.0, "width", 32.0));
        String hessian = "The Hessian of L with respect to W degenerates as ρ grows: completely degenerate at ρ = ∞.";
        String hessianSource = THEORY3 + " Thm 2, Thm 1.3; spec 003 §3.2 E5, §6 item 8";
        return List.of(
                new Claim("rho-grows-like-log-t", THEORY3_RHO_GROWTH, "The product Π ρ_i grows like log t [and]"
                        + " faster for deeper K.", THEORY3 + " §11.1, Fig. 2; spec 003 §2.6, §6.4",
                        "rho_margin_slope", new Within(gd, 1.0, 1.3, EVERY_RUN), 3, false, "Slope of ργ_min against"
                                + " log t over the last two decades of steps, in [1.0, 1.3]: ργ/log t → 1 and the"
                                + " slope is 1/(1 − (2 − 2/K)/(ργ)) at finite t (pilot 1.13, 1.13, 1.18 for K = 2, 3,"
                                + " 4; spec 003 §2.6 predicts 1.17–1.21)."),
                new Claim("layers-balanced", THEORY3_RHO_GROWTH, "d‖W_k‖²/dt is the same for every layer (eq. 63).",
                        THEORY3 + " eq. (63); spec 003 §6.5", "balance_error", Within.atMost(gd, 1e-2, EVERY_RUN), 3,
                        false, "B = (max_k Δ_k − min_k Δ_k)/max_k |Δ_k|, Δ_k = ‖W_k‖² − ‖W_k(0)‖², at the end:"
                                + " 0 under gradient flow, O(η) under GD; ≤ 1e-2 at η ≤ 2e-3 (pilot 2e-3, 1.7e-4,"
                                + " 6e-4)."),
                new Claim("margin-monotone", THEORY3_RHO_GROWTH, "The normalized margin increases monotonically"
                        + " after separation.", THEORY3 + " Lemma 8; spec 003 §6.6", "margin_violations",
                        Within.atMost(gd, 0, EVERY_RUN), 3, false, "Decreases of γ_min by more than 1e-9 between"
                                + " log-spaced records after twice the separation step (pilot: none)."),
                new Claim("hessian-degenerates", THEORY3_RHO_GROWTH, hessian, hessianSource, "hessian_max_decay",
                        Within.atMost(twoLayers, 0.05, EVERY_RUN), 3, false, "λ_max of ∇²_W L at the last step over"
                                + " its largest value at steps 10², 10³, 10⁴, K = 2 (352 weights; pilot 549/1.16e5 ="
                                + " 0.005 by step 6·10⁴). Before separation λ_max can still rise (here: ≈ 330 at step"
                                + " 100 on two seeds, 2·10⁴ at 10³), so the peak is the reference."),
                new Claim("hessian-scales-like-loss-rho2", THEORY3_RHO_GROWTH, hessian, hessianSource,
                        "hessian_scale_ratio", new Within(twoLayers, 5.0, 50.0, EVERY_RUN), 3, false, "λ_max/(Lρ²)"
                                + " at the last step, K = 2: the Hessian goes to 0 like Lρ² (pilot 10–28 at every"
                                + " checkpoint)."),
                new Claim("hessian-indefinite", THEORY3_RHO_GROWTH, "In W-space the iterates are not near any"
                        + " minimum (none exists at finite ρ) [spec 003's reading of the pilot].", hessianSource,
                        "hessian_min", Within.atMost(twoLayers, 0, EVERY_RUN), 3, false, "λ_min of ∇²_W L at the last"
                                + " step, K = 2, below 0: negative eigenvalues persist (pilot −63 against λ_max"
                                + " 549 at step 6·10⁴)."));
    }

    private static List<Claim> normalizedMargin() {
        Group gd = group(SCHEME_NONE, Map.of("learningRate", 1e-3));
        Group wn = group(SCHEME_SWN, Map.of("learningRate", 1e-3, "perLayer", 1.0));
        Group proj = group(SCHEME_PROJ, Map.of("learningRate", 2e-5, "perLayer", 1.0));
        String lemma8 = "The normalized margin increases monotonically after separation.";
        String monotone = "Decreases of γ_min by more than 1e-9 between log-spaced records after twice the separation"
                + " step (pilot: none, every scheme).";
        String source = THEORY3 + " Lemma 8; spec 003 §6.6";
        return List.of(
                new Claim("wn-margin-at-least-gd", THEORY3_NORMALIZED_MARGIN, "WN [and the constrained dynamics]"
                        + " converge to the same maximum-margin solution, faster in the normalized margin.",
                        THEORY3 + " Thm 1, §10; spec 003 §6.6", "layer_normalized_margin",
                        new PairedRatio(wn, gd, 1.0, null), 3, false, "γ_min of per-layer WN over GD's from the"
                                + " same W(0) after the same steps, seed by seed, at least 1 (pilot K = 2: 0.0885"
                                + " against 0.0850; K = 3: 0.0871 against 0.0485)."),
                new Claim("gd-margin-monotone", THEORY3_NORMALIZED_MARGIN, lemma8, source, "margin_violations",
                        Within.atMost(gd, 0, EVERY_RUN), 3, false, monotone),
                new Claim("wn-margin-monotone", THEORY3_NORMALIZED_MARGIN, lemma8, source, "margin_violations",
                        Within.atMost(wn, 0, EVERY_RUN), 3, false, monotone),
                new Claim("proj-margin-monotone", THEORY3_NORMALIZED_MARGIN, lemma8, source, "margin_violations",
                        Within.atMost(proj, 0, EVERY_RUN), 3, false, monotone + " proj runs at η/50: at GD's step it"
                                + " diverges (spec 003 §6.6)."),
                new Claim("wn-same-test-error", THEORY3_NORMALIZED_MARGIN, "Normalization at each iteration [...]"
                        + " improves generalization but not as much as Weight Normalization does.",
                        THEORY3 + " §10.1; spec 003 §6.6", "test_error", new PairedClose(wn, gd, 0.25), 3, false,
                        "Spec 003 §6.6: on this easy data the scheme changes γ_min by up to 1.8× but test error by"
                                + " ≤ 1 percentage point (pilot 3.9–5.0%); here: WN's test error equals GD's seed by"
                                + " seed within 25% of GD's mean (≈ 1 point). The paper's remark has no data."));
    }

    private static List<Claim> fixedRho() {
        String thm5 = "At fixed ρ the minimizer of the exponential loss tends to the maximum-margin solution as ρ"
                + " grows.";
        String source = THEORY3 + " Thm 5, §5; spec 003 §3.2 E4";
        return List.of(
                new Claim("margin-grows-1-to-16", THEORY3_FIXED_RHO, thm5, source, "layer_normalized_margin",
                        new Ordering(atRho(1), atRho(16)), 3, false, "γ_min at ρ = 1 below γ_min at ρ = 16 (pilot"
                                + " −0.647 and 0.038)."),
                new Claim("margin-grows-16-to-64", THEORY3_FIXED_RHO, thm5, source, "layer_normalized_margin",
                        new Ordering(atRho(16), atRho(64)), 3, false, "γ_min at ρ = 16 below γ_min at ρ = 64 (pilot"
                                + " 0.038 and 0.0765). At ρ = 256 the pilot's 4000 steps were too few: there L is a"
                                + " hard minimum over the samples."),
                new Claim("large-rho-separates", THEORY3_FIXED_RHO, thm5, source, "train_error",
                        Within.atMost(atRho(64), 0, EVERY_RUN), 3, false, "No training point misclassified at"
                                + " ρ = 64 (pilot: none)."),
                new Claim("small-rho-average-margin", THEORY3_FIXED_RHO, "At small ρ the constrained minimizer"
                        + " favours the average margin [derived].", "spec 003 §3.2 E4", "median_normalized_margin",
                        new Ordering(atRho(64), atRho(1)), 3, false, "The median normalized margin falls as ρ"
                                + " grows while γ_min rises (pilot 0.58 at ρ = 1, 0.22 at ρ = 64)."));
    }

    /** The CPU preset's fixed-ρ runs at one ρ. */
    private static Group atRho(double rho) {
        return Group.of(SCHEME_FIXED_RHO, "rho", rho);
    }

    private static Prediction depthRatio(String scheme, Map<String, Double> setup, double authors) {
        return new PairedRatio(depth(scheme, setup, 1), depth(scheme, setup, 4), authors / 1.5, authors * 1.5);
    }

    private static Group depth(String scheme, Map<String, Double> setup, int depth) {
        return group(scheme, setup, "depth", depth);
    }

    private static Group group(String scheme, Map<String, Double> setup) {
        return new Group(scheme, setup);
    }

    private static Group group(String scheme, Map<String, Double> setup, Map<String, Double> more) {
        Map<String, Double> where = new HashMap<>(setup);
        where.putAll(more);
        return new Group(scheme, where);
    }

    private static Group group(String scheme, Map<String, Double> setup, String parameter, double value) {
        Map<String, Double> where = new HashMap<>(setup);
        where.put(parameter, value);
        return new Group(scheme, where);
    }
}
