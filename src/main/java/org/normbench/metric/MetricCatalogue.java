package org.normbench.metric;

import static org.normbench.metric.MetricDefinition.Direction.HIGHER;
import static org.normbench.metric.MetricDefinition.Direction.LOWER;
import static org.normbench.metric.MetricDefinition.Direction.NONE;
import static org.normbench.metric.MetricDefinition.Family.CONVERGENCE;
import static org.normbench.metric.MetricDefinition.Family.DYNAMICS;
import static org.normbench.metric.MetricDefinition.Family.KERNEL;
import static org.normbench.metric.MetricDefinition.Family.PRUNING;
import static org.normbench.metric.MetricDefinition.Family.RUN;
import static org.normbench.metric.MetricDefinition.Family.SPARSITY;
import static org.normbench.metric.MetricDefinition.Summary.AT_LOSS_LEVEL;
import static org.normbench.metric.MetricDefinition.Summary.DATA;
import static org.normbench.metric.MetricDefinition.Summary.FINAL;
import static org.normbench.metric.MetricDefinition.Summary.FIT;
import static org.normbench.metric.MetricDefinition.Summary.INITIAL;
import static org.normbench.metric.MetricDefinition.Summary.MINIMUM;
import static org.normbench.metric.MetricDefinition.Summary.SERIES;
import static org.normbench.metric.MetricDefinition.Summary.WHOLE_RUN;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.normbench.metric.MetricDefinition.Direction;
import org.normbench.metric.MetricDefinition.Family;
import org.normbench.metric.MetricDefinition.Summary;

/**
 * Every metric the probes and the training loop report, defined once: exact names, and name families such as
 * {@code steps_to_1e-6} or {@code neuron_norm.3} by pattern.
 */
public final class MetricCatalogue {

    private static final String SPEC_000 = "spec 000 §4";
    private static final String SPEC_002 = "spec 002";
    private static final String SPEC_001 = "spec 001 §4";
    private static final String SPEC_003 = "spec 003 §4";
    private static final String SPEC_004 = "spec 004 §4";
    private static final String SPEC_004_MAPS = "spec 004 §5 S1, App. C.1";
    private static final String SPEC_004_S0 = "spec 004 §5 S0, Lemma 1";
    private static final String SPEC_000_L21 = "spec 000 §3 E-L21";
    /** The series of spec 000 E-L21's group-lasso phase, whose points are its epochs. */
    private static final String GROUP_LASSO_PREFIX = "group_lasso_";
    /** The series of spec 002 E6's width search, whose points are its trials. */
    private static final String TRIAL_PREFIX = "trial_";

    /** A name ending in a number, optionally signed: steps_to_log_loss_-300, neuron_norm.12. */
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(.*?)-?(\\d+)$");

    /**
     * Orders metric names as a reader expects: as text, except that names differing only in their trailing
     * number go by its magnitude (steps_to_log_loss_-5 before -10 before -300).
     */
    public static final Comparator<String> NAME_ORDER = (a, b) -> {
        Matcher ma = TRAILING_NUMBER.matcher(a);
        Matcher mb = TRAILING_NUMBER.matcher(b);
        if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))) {
            int byNumber = new BigInteger(ma.group(2)).compareTo(new BigInteger(mb.group(2)));
            return byNumber != 0 ? byNumber : a.compareTo(b);
        }
        return a.compareTo(b);
    };

    private static final Map<String, MetricDefinition> EXACT = new LinkedHashMap<>();
    private static final Map<Pattern, MetricDefinition> FAMILIES = new LinkedHashMap<>();

    static {
        exact("loss", "", LOWER, CONVERGENCE, SERIES,
                "training loss L (summed over the data)", "spec 002 §2.3, spec 000 §2.4");
        exact("initial_loss", "", NONE, CONVERGENCE, INITIAL, "L at the start", "");
        exact("final_loss", "", LOWER, CONVERGENCE, FINAL, "L at the last step (0 below e^−745)", "");
        exact("final_log_loss", "nats", LOWER, CONVERGENCE, FINAL,
                "ln L at the last step, exact where L underflows", SPEC_000 + " M8");
        exact("steps", "steps", NONE, RUN, WHOLE_RUN, "optimizer updates before the stop rule fired", "");
        exact("seconds", "s", LOWER, RUN, WHOLE_RUN, "wall time of the training loop", "");
        exact("converged", "", HIGHER, CONVERGENCE, FINAL, "1 when the stop rule's target was reached, else 0", "");
        exact("loss_reduction_orders", "decades", HIGHER, CONVERGENCE, FINAL, "log₁₀(L(0)/L_final)", "");
        exact("fitted_rate", "1/step", HIGHER, CONVERGENCE, FIT,
                "−slope of ln L over 1e-6 ≤ L/L(0) ≤ 1e-2", SPEC_002 + " §4.1");
        exact("fitted_rate_r2", "", NONE, CONVERGENCE, FIT, "R² of the fitted rate", SPEC_002 + " §4.1");
        exact("tail_rate", "1/step", HIGHER, CONVERGENCE, FIT,
                "−slope of ln L over the last 10% of logged steps", SPEC_002 + " §4.1");
        exact("linearized_rate", "1/step", NONE, KERNEL, INITIAL,
                "NTK prediction −2 ln max|1 − ηλ(K(0))|", SPEC_002 + " §4.1");
        exact("lambda_min_h_inf", "", NONE, KERNEL, DATA,
                "λ_min of the infinite-width kernel H∞ (data only)", SPEC_002 + " §2.4");
        exact("kappa_h_inf", "", NONE, KERNEL, DATA, "condition number of H∞", SPEC_002 + " §2.4");
        exact("lambda0", "", NONE, KERNEL, DATA, "λ_0 = λ_min(V∞), the direction kernel", SPEC_002 + " §2.4");
        exact("kappa_v_inf", "", NONE, KERNEL, DATA, "condition number of V∞", SPEC_002 + " §2.4");
        exact("mu0", "", NONE, KERNEL, DATA, "μ_0 = λ_min(G∞), the length kernel", SPEC_002 + " §2.4");
        exact("kappa_g_inf", "", NONE, KERNEL, DATA, "condition number of G∞", SPEC_002 + " §2.4");
        exact("alpha_c", "", NONE, KERNEL, DATA, "√(λ_0/μ_0), where WN's two regimes cross", SPEC_002 + " §2.4");
        exact("lambda_min_lambda_inf", "", NONE, KERNEL, DATA, "λ_min of WN's limit kernel Λ∞(α) = V∞/α² + G∞",
                SPEC_002 + " §2.4");
        exact("kappa_lambda_inf", "", LOWER, KERNEL, DATA, "condition number of Λ∞(α): sets the rate at tuned η",
                SPEC_002 + " §2.4, E0");
        exact("direction_share_inf", "", NONE, KERNEL, DATA, "(λ_0/α²)/λ_min(Λ∞(α)): near 1 in the direction"
                + " regime", SPEC_002 + " §4.2 (φ_V at infinite width)");
        exact("length_share_inf", "", NONE, KERNEL, DATA, "μ_0/λ_min(Λ∞(α)): near 1 in the length regime",
                SPEC_002 + " §2.4");
        exact("alpha_best_inf", "", NONE, KERNEL, DATA, "α* that minimizes κ(Λ∞(α)) (log grid 10⁻²–10³, 10 per"
                + " decade)", SPEC_002 + " Prop. 2");
        exact("kappa_best_over_h_inf", "", NONE, KERNEL, DATA, "κ(Λ∞(α*))/κ(H∞): WN's best conditioning against"
                + " the unnormalized one (≤ 1, as α = 1 gives H∞)", SPEC_002 + " Prop. 2, §6.5");
        family("monte_carlo_max_error_[hvg]", "", LOWER, KERNEL, DATA, "max_ij |Monte Carlo estimate − closed form|"
                + " of H∞, V∞ or G∞", SPEC_002 + " §2.4");
        exact("monte_carlo_max_z", "standard errors", LOWER, KERNEL, DATA, "largest |Monte Carlo estimate − closed"
                + " form| of any entry of H∞, V∞, G∞, in that entry's standard errors", SPEC_002 + " §2.4");
        exact("prop1_identity_error", "", LOWER, KERNEL, INITIAL, "e_P1 = max_ij |V(0) + G(0) − H(0)| under paired"
                + " initialization", SPEC_002 + " §4.3, Prop. 1");
        exact("obs1_alpha_invariance_error", "", LOWER, KERNEL, INITIAL, "e_O1 = max_ij |V^α(0) − V^1(0)| +"
                + " max_ij |G^α(0) − G^1(0)|", SPEC_002 + " §4.3, Obs. 1");
        exact("v0_limit_distance", "", LOWER, KERNEL, INITIAL, "‖V(0) − V∞‖₂", SPEC_002 + " E1, Lemma B.1");
        exact("g0_limit_distance", "", LOWER, KERNEL, INITIAL, "‖G(0) − G∞‖₂", SPEC_002 + " E1, Lemma B.2");
        exact("v0_limit_distance_over_lambda0", "", LOWER, KERNEL, INITIAL, "‖V(0) − V∞‖₂/λ_0 (B.1 needs ≤ 1/4)",
                SPEC_002 + " §4.2");
        exact("g0_limit_distance_over_mu0", "", LOWER, KERNEL, INITIAL, "‖G(0) − G∞‖₂/μ_0 (B.2 needs ≤ 1/4)",
                SPEC_002 + " §4.2");
        exact("lambda_min_k", "", NONE, KERNEL, SERIES, "λ_min of the training kernel K(s)", SPEC_002 + " §4.2");
        exact("lambda_max_k", "", NONE, KERNEL, SERIES, "λ_max of the training kernel K(s)", SPEC_002 + " §4.2");
        exact("lambda_min_k0", "", NONE, KERNEL, INITIAL, "λ_min of K(0)", SPEC_002 + " §4.2");
        exact("lambda_max_k0", "", NONE, KERNEL, INITIAL, "λ_max of K(0)", SPEC_002 + " §4.2");
        exact("kappa_k0", "", NONE, KERNEL, INITIAL, "condition number of K(0)", SPEC_002 + " §4.2");
        exact("kernel_stability", "", HIGHER, KERNEL, MINIMUM, "min_s λ_min(K(s))/λ_min(K(0))", SPEC_002 + " E2");
        exact("width_needed", "neurons", LOWER, KERNEL, WHOLE_RUN, "m*: the narrowest width found (by bisection in log"
                + " m) that converges with kernel_stability ≥ 1/2 and fitted_rate_r2 ≥ 0.99", SPEC_002 + " E6");
        exact("width_trials", "trainings", NONE, RUN, WHOLE_RUN, "trainings the width search ran", SPEC_002 + " E6");
        exact("trial_width", "neurons", NONE, KERNEL, SERIES, "the width of each trial of the search (step = trial)",
                SPEC_002 + " E6");
        exact("trial_passed", "", NONE, KERNEL, SERIES, "1 when the trial met E6's criteria, else 0",
                SPEC_002 + " E6");
        exact("trial_kernel_stability", "", NONE, KERNEL, SERIES, "kernel_stability of each trial", SPEC_002 + " E6");
        exact("learning_rate", "", NONE, KERNEL, INITIAL, "the step size η the run used (fixed, or c/λ_max(K(0)))",
                SPEC_002 + " §2.3, Thm C.1");
        exact("rate_over_linearized", "", NONE, CONVERGENCE, FIT, "fitted_rate over linearized_rate", SPEC_002
                + " §4.1, E4");
        exact("tail_rate_over_linearized", "", NONE, CONVERGENCE, FIT, "tail_rate over linearized_rate (spec: in"
                + " [0.9, 1.2] in the lazy regime)", SPEC_002 + " §4.1");
        exact("rate_over_flow_bound", "", HIGHER, CONVERGENCE, FIT, "fitted rate per unit time (fitted_rate/η) over"
                + " Thm B.1's λ_0/α² (α ≤ 1) or Thm B.2's μ_0 (α > 1)", SPEC_002 + " Thms B.1, B.2, E5");
        exact("active_neurons", "neurons", LOWER, SPARSITY, FINAL,
                "neurons with ‖w_u‖ ≥ τ·max (fewer = sparser)", SPEC_000 + " M1");
        exact("participation_ratio", "neurons", LOWER, SPARSITY, FINAL,
                "(Σ‖w_u‖)²/Σ‖w_u‖², effective number of neurons",
                SPEC_000 + " M2");
        exact("active_neurons_after_group_lasso", "neurons", LOWER, SPARSITY, INITIAL, "active neurons"
                + " (‖w_u‖ ≥ τ·max) after the group-lasso phase, where the scheme's training starts", SPEC_000_L21
                + ", §4 M1");
        exact("participation_ratio_after_group_lasso", "neurons", LOWER, SPARSITY, INITIAL, "participation ratio"
                + " of the hidden norms after the group-lasso phase", SPEC_000_L21 + ", §4 M2");
        exact("log_loss_after_group_lasso", "", NONE, CONVERGENCE, INITIAL, "ln L (cross-entropy alone) after the"
                + " group-lasso phase", SPEC_000_L21);
        exact(GROUP_LASSO_PREFIX + "objective", "", LOWER, CONVERGENCE, SERIES, "mean cross-entropy + λ Σ_u ‖w_u‖ on"
                + " the training set after each epoch of the group-lasso phase (x = its epoch)", SPEC_000_L21);
        exact(GROUP_LASSO_PREFIX + "log_loss", "", LOWER, CONVERGENCE, SERIES, "ln L (cross-entropy alone) on the"
                + " training set after each epoch of the group-lasso phase (x = its epoch)", SPEC_000_L21);
        exact("top_10pct_mass", "", HIGHER, SPARSITY, FINAL,
                "share of Σ‖w_u‖ held by the largest 10% of neurons", SPEC_000 + " M2");
        exact("max_neuron_norm", "", NONE, SPARSITY, FINAL, "largest ‖w_u‖ at the end", SPEC_000 + " M1");
        exact("recovery_error", "", LOWER, SPARSITY, FINAL, "ε₂ = ‖x̃ − x*‖₁", SPEC_001 + ".1");
        exact("recovery_error_relative", "", LOWER, SPARSITY, FINAL, "ε₂/‖x*‖₁", SPEC_001 + ".1");
        exact("residual_relative", "", LOWER, CONVERGENCE, FINAL, "‖A x̃ − b‖/‖b‖ at the end", SPEC_001 + ".1");
        exact("effective_sparsity", "entries", LOWER, SPARSITY, FINAL, "‖x̃‖₁²/‖x̃‖₂², in [1, N]", SPEC_001 + ".1");
        exact("nonzeros", "entries", LOWER, SPARSITY, FINAL, "#{n : |x̃_n| > 1e-3·max|x̃|}", SPEC_001 + ".1");
        exact("tail_mass", "", LOWER, SPARSITY, FINAL, "share of ‖x̃‖₁ outside its s largest entries",
                SPEC_001 + ".1");
        exact("support_recovery", "", HIGHER, SPARSITY, FINAL, "|top-s(x̃) ∩ supp(x*)|/s", SPEC_001 + ".1");
        exact("pruned_residual", "", LOWER, PRUNING, FINAL,
                "‖A x̃⁽ˢ⁾ − b‖/‖b‖ with all but the s largest entries of x̃ zeroed", SPEC_001 + ".2");
        exact("l1_minimum", "", NONE, SPARSITY, DATA, "Q = min ‖z‖₁ over the interpolants Az = b (the LP of the"
                + " data draw; z ≥ 0 unless the signal is signed)", SPEC_001 + ".1");
        exact("lp_recovery_error", "", NONE, SPARSITY, DATA, "‖z_LP − x*‖₁: 0 when ℓ₁ minimization recovers the"
                + " signal", SPEC_001 + ".1, C0");
        exact("l1_excess", "", LOWER, SPARSITY, FINAL, "ε₁ = ‖x̃‖₁ − Q (meaningful for converged runs)",
                SPEC_001 + ".1");
        exact("l1_excess_relative", "", LOWER, SPARSITY, FINAL, "ε₁/Q", SPEC_001 + ".1");
        exact("l1_distance", "", LOWER, SPARSITY, FINAL, "‖x̃ − z_LP‖₁, the distance to the ℓ₁ minimizer",
                SPEC_001 + ".1");
        exact("weight_movement_max", "", NONE, DYNAMICS, FINAL, "max_k ‖w_k(s) − w_k(0)‖ of the hidden layer (series"
                + " every kernelEvery steps, summary at the end)", SPEC_002 + " §4.4");
        exact("weight_movement_rms", "", NONE, DYNAMICS, FINAL, "√((1/m) Σ_k ‖w_k(s) − w_k(0)‖²)", SPEC_002 + " §4.4");
        exact("direction_change_max", "", NONE, DYNAMICS, FINAL, "max_k ‖w_k/‖w_k‖ − w_k(0)/‖w_k(0)‖‖ (WN's Δu)",
                SPEC_002 + " §4.4");
        exact("length_change_max", "", NONE, DYNAMICS, FINAL, "max_k |‖w_k‖ − ‖w_k(0)‖| (WN's Δg)",
                SPEC_002 + " §4.4");
        exact("activation_flip_fraction", "", NONE, DYNAMICS, FINAL, "share of (point, neuron) pairs whose ReLU"
                + " pattern 1{w_k·x_i > 0} differs from the initial one", SPEC_002 + " §4.5");
        exact("relative_weight_movement", "", NONE, DYNAMICS, FINAL, "‖W − W(0)‖_F/‖W(0)‖_F at the end",
                SPEC_002 + " §4.4");
        exact("movement_bound_v", "", NONE, DYNAMICS, FINAL, "R'_v = 8√n‖f(0) − y‖/(α√m ω), Lemma C.3's radius for"
                + " ‖v_k − v_k(0)‖ (ω = λ_0/α² for α ≤ 1, else μ_0)", SPEC_002 + " §4.4");
        exact("movement_bound_g", "", NONE, DYNAMICS, FINAL, "R'_g = 4√n‖f(0) − y‖/(√m ω), Lemma C.2's radius for"
                + " |g_k − g_k(0)|", SPEC_002 + " §4.4");
        exact("direction_tensor_movement_max", "", NONE, DYNAMICS, FINAL, "max_k ‖v_k − v_k(0)‖ of WN's direction"
                + " tensors at the end", SPEC_002 + " §4.4");
        exact("length_movement_max", "", NONE, DYNAMICS, FINAL, "max_k |g_k − g_k(0)| of WN's lengths at the end",
                SPEC_002 + " §4.4");
        exact("movement_bound_v_ratio", "", LOWER, DYNAMICS, FINAL, "max_k ‖v_k − v_k(0)‖/R'_v (≤ 1: Lemma C.3 holds)",
                SPEC_002 + " §4.4");
        exact("movement_bound_g_ratio", "", LOWER, DYNAMICS, FINAL, "max_k |g_k − g_k(0)|/R'_g (≤ 1: Lemma C.2 holds)",
                SPEC_002 + " §4.4");
        exact("hessian_max", "", NONE, DYNAMICS, FINAL, "λ_max of ∇²_W L (series at steps 10², 10³, …; summary at"
                + " the last step)", SPEC_003 + " item 11");
        exact("hessian_min", "", NONE, DYNAMICS, FINAL, "λ_min of ∇²_W L (negative: not a minimum)", SPEC_003 + " item 11");
        exact("hessian_zero_count", "eigenvalues", NONE, DYNAMICS, FINAL, "#{|λ| < 1e-6 λ_max} of ∇²_W L",
                SPEC_003 + " item 11");
        exact("hessian_scale_ratio", "", NONE, DYNAMICS, FINAL, "λ_max/(L ρ²)", "spec 003 §3.2 E5");
        exact("hessian_max_decay", "", LOWER, DYNAMICS, FINAL, "λ_max at the last evaluation over its largest value",
                "spec 003 Thm 2, E5");
        exact("radius", "", NONE, DYNAMICS, SERIES, "WN's radius r = ‖x‖", SPEC_001 + ".3");
        exact("final_radius", "", NONE, DYNAMICS, FINAL, "r at the end (r∞)", SPEC_001 + ".3");
        exact("direction_norm", "", NONE, DYNAMICS, FINAL, "‖v‖ of the direction tensor at the end (WN's direction"
                + " moves with an effective step η/‖v‖²)", SPEC_001 + ".3, spec 003 §6.2");
        family("weight_gradient_cosine_(hidden_\\d+|head)", "", NONE, DYNAMICS, INITIAL, "|cos(w, ∂L/∂w)| of one"
                + " weight matrix on the random batch", SPEC_004_S0);
        family("scaled_loss_change_(hidden_\\d+|head)", "", NONE, DYNAMICS, INITIAL, "|L(kw) − L(w)|/L(w) with that"
                + " matrix alone scaled by k", SPEC_004_S0);
        family("gradient_scaling_(hidden_\\d+|head)", "", NONE, DYNAMICS, INITIAL, "‖∂L/∂w at kw‖·k/‖∂L/∂w at w‖ (1"
                + " when scale-invariant)", SPEC_004_S0);
        exact("max_weight_gradient_cosine_hidden", "", LOWER, DYNAMICS, INITIAL, "largest |cos(w, ∂L/∂w)| of the"
                + " hidden weight matrices", SPEC_004_S0);
        exact("max_scaled_loss_change_hidden", "", LOWER, DYNAMICS, INITIAL, "largest |L(kw) − L(w)|/L(w) of the"
                + " hidden weight matrices", SPEC_004_S0);
        exact("max_gradient_scaling_error_hidden", "", LOWER, DYNAMICS, INITIAL, "largest |‖∂L/∂w at kw‖·k/‖∂L/∂w at"
                + " w‖ − 1| of the hidden weight matrices", SPEC_004_S0);
        exact("scale_invariant_tensors", "tensors", NONE, DYNAMICS, INITIAL, "weight matrices with |cos(w, ∂L/∂w)| <"
                + " 1e-4 (the detector)", SPEC_004_S0);
        exact("squared_norm", "", NONE, DYNAMICS, SERIES, "‖w_t‖² of the exact norm map", SPEC_004_MAPS);
        exact("squared_norm_theory", "", NONE, DYNAMICS, SERIES, "x*_t, the map's fixed point for the mean of L at t",
                SPEC_004_MAPS);
        exact("angular_update", "rad", NONE, DYNAMICS, SERIES, "Δ_t = angle(w_t, w_{t+1}) of the exact norm map",
                SPEC_004_MAPS);
        exact("squared_norm_ratio_final", "", NONE, DYNAMICS, FINAL, "‖w_T‖²/x*_T", SPEC_004_MAPS);
        exact("tracking_error_tail", "", LOWER, DYNAMICS, WHOLE_RUN, "max |‖w_t‖²/x*_t − 1| over the last 25% of the"
                + " steps", SPEC_004_MAPS);
        exact("steps_to_norm_equilibrium", "steps", LOWER, CONVERGENCE, WHOLE_RUN, "first step from which ‖w_t‖²"
                + " stays within 5% of x*_t for 500 steps (absent if never)", SPEC_004_MAPS);
        exact("angular_update_rms_ratio", "", NONE, DYNAMICS, WHOLE_RUN, "RMS of Δ_t over the last 25% over"
                + " √(2λη/(1+α))", SPEC_004_MAPS);
        exact("linearized_contraction", "1/step", NONE, CONVERGENCE, DATA, "1 − ρ(J), J the map's Jacobian at its"
                + " fixed point", SPEC_004_MAPS);
        exact("linearized_contraction_ratio", "", NONE, CONVERGENCE, DATA, "(1 − ρ(J))/(4λη/(1−α))", SPEC_004_MAPS);
        exact("collapsed", "", LOWER, RUN, FINAL, "1 when r < r₀/10 while L > 0.9·L(0) (stuck at x = 0)",
                SPEC_001 + ".3");
        exact("initial_radial_drive", "", NONE, DYNAMICS, INITIAL, "⟨û₀^{⊙L}, Aᵀb⟩: near x = 0, d log r/dt ≈ η̃ times"
                + " it, so a negative value pulls a tiny radius to the saddle", "spec 001 §3.2 P5");
        exact("collapse_prediction_error", "", LOWER, RUN, FINAL, "1 when the run collapsed and its drive was not"
                + " negative, or the drive was negative and it did not collapse (meant for tiny r₀)",
                "spec 001 §3.2 P5");
        exact("invariant_drift", "", LOWER, DYNAMICS, FINAL, "‖(I − A⁺A)(h_t − h₀)‖₂ with h = ln x (plain GD; WN"
                + " with η_r = r²) or ln u + r²/(2η̃) (WN): 0 under gradient flow (Lemmas 3.6, 3.7), so it measures"
                + " the steps' bias; entries that underflowed to 0 left out; also a series", SPEC_001 + ".5");
        exact("gradient_flow_distance", "", LOWER, CONVERGENCE, FINAL, "‖x̃_T − x̃∞‖₂/‖x̃∞‖₂: the endpoint against"
                + " gradient flow's closed-form limit x̃∞ from the same start (depth 2; WN from γ²x̃₀)",
                "spec 001 §2.5, §5 C6");
        exact("gradient_flow_recovery_error", "", LOWER, SPARSITY, FINAL, "‖x̃∞ − x*‖₁: the recovery error gradient"
                + " flow itself would reach (the theory target)", "spec 001 §2.5");
        exact("gradient_flow_radius", "", NONE, DYNAMICS, FINAL, "r∞ = √‖x̃∞‖₁ of gradient flow's limit",
                "spec 001 §2.5");
        exact("effective_radius_rate", "", NONE, DYNAMICS, FINAL, "η̃‖u_T‖²: the radius rate the direction's drift"
                + " from ‖u‖ = 1 turns η̃ into (Lemma 3.2 holds only under gradient flow)", SPEC_001 + ".5");
        exact("log10_magnification", "decades", NONE, DYNAMICS, FINAL,
                "log₁₀ρ = log₁₀(r₀/r∞) + (r∞² − r₀²)/(2η̃ ln 10)", "spec 001 §2.4 eq. (17)");
        exact("axis_limit_error", "", LOWER, SPARSITY, FINAL,
                "largest |w_i − w_i(∞)|/w_i(∞) over the non-divergent weights (EWN, one point)", "spec 000 Prop. 6");
        exact("growing_neurons", "neurons", NONE, SPARSITY, FINAL,
                "first-layer neurons whose norm grew ≥ 3×", SPEC_000 + " M3");
        exact("growing_neurons_all_layers", "neurons", NONE, SPARSITY, FINAL,
                "neurons of every trained layer that grew ≥ 3×",
                SPEC_000 + " M3");
        exact("min_alignment_growing", "", HIGHER, DYNAMICS, FINAL,
                "min cos(w_u, −∇_u) over growing neurons (→ 1)",
                SPEC_000 + " M5");
        exact("ewn_invariant_spread", "", NONE, DYNAMICS, FINAL,
                "max/min of ‖w_u‖·‖∇_u‖ over growing neurons (EWN's → 1)",
                SPEC_000 + " M6");
        exact("swn_invariant_spread", "", NONE, DYNAMICS, FINAL,
                "max/min of ‖w_u‖/‖∇_u‖ over growing neurons (SWN's → 1)",
                SPEC_000 + " M6");
        exact("normalized_margin", "", HIGHER, DYNAMICS, FINAL, "min_i y_i f(x_i)/‖θ‖^L", SPEC_000 + " M10");
        exact("unit_gradient_change", "", LOWER, DYNAMICS, FINAL, "‖ĝ(t) − ĝ(t − Δ)‖, ĝ = ∇_w L/‖∇_w L‖ over every"
                + " trained weight, Δ = normEvery steps (assumption (B1): → 0)", SPEC_000 + " M7");
        exact("b3_max", "", LOWER, DYNAMICS, FINAL, "max_u η(t)‖w_u‖‖∇_u L‖ with η(t) the schedule's proposed step"
                + " (assumption (B3): → 0)", SPEC_000 + " M7");
        exact("b3_decay", "", LOWER, DYNAMICS, FINAL, "b3_max at the end over its largest recorded value",
                SPEC_000 + " M7");
        exact("angular_update_ratio", "", NONE, DYNAMICS, FINAL, "RMS(Δ_t)/Δ* over the last 30% of the final"
                + " stage, the hidden layer farthest from 1 (Δ* = √(2λη/(1+α)))", SPEC_004 + " items 5, 6");
        exact("weight_norm_ratio", "", NONE, DYNAMICS, FINAL, "mean ‖w_t‖/w*_t over the last 30% of the final"
                + " stage, the hidden layer farthest from 1", SPEC_004 + " items 3, 4");
        exact("equilibrium_step", "steps", LOWER, CONVERGENCE, WHOLE_RUN, "first step from which the 200-step mean"
                + " of Δ stays within 5% of Δ* for max(200, τ) steps, in every hidden layer (first stage)",
                SPEC_004 + " item 10");
        exact("norm_decay_ratio", "", NONE, DYNAMICS, FIT, "−d ln‖w‖/dt over the far-above stretch (‖w‖ ≥ 3w*),"
                + " over weight decay's own rate (−ln of the heavy-ball recursion's root, ≈ λη/(1−α)); the hidden layer"
                + " farthest from 1", SPEC_004 + " item 11");
        exact("max_weight_gradient_cosine", "", NONE, DYNAMICS, WHOLE_RUN, "largest |cos(w_t, g_t)| of any hidden"
                + " layer at any step (Lemma 1: 0 for scale-invariant weights)", SPEC_004 + " item 9");
        exact("momentum_gradient_cosine", "", NONE, DYNAMICS, WHOLE_RUN, "mean cos(v_{t−1}, g_t) over steps and"
                + " hidden layers (the paper assumes ≈ 0)", SPEC_004 + " item 8");
        exact("angular_update_rms", "rad", NONE, DYNAMICS, FIT, "RMS(Δ_t) over the last 30%, mean of the hidden"
                + " layers (spec 004 S6 runs only)", SPEC_004 + " item 5, §5 S6");
        exact("span_angle", "rad", NONE, DYNAMICS, FIT, "mean angle(w_t, w_{t+k}) over the last 30%, k = spanExamples/B"
                + " steps: the angle turned per spanExamples examples, mean of the hidden layers", "spec 004 §5 S6,"
                + " App. C.3");
        exact("post_drop_angular_ratio", "", NONE, DYNAMICS, WHOLE_RUN, "RMS(Δ)/Δ*(η/k) over the 200 steps from a"
                + " quarter of Cor. 3.1's bound after the first drop, mean of the hidden layers", "spec 004 §6.5");
        exact("test_accuracy", "", HIGHER, RUN, FINAL, "share of test images classified correctly at the end",
                "spec 004 §4");
        exact("angular_update_theory", "rad", NONE, DYNAMICS, SERIES, "Δ* = √(2λη_t/(1+α))", SPEC_004 + " item 6");
        family("angular_update\\.\\d+", "rad", NONE, DYNAMICS, SERIES, "Δ_t = angle(w_t, w_{t+1}) of hidden layer"
                + " k", SPEC_004 + " item 5");
        family("weight_norm\\.\\d+", "", NONE, DYNAMICS, SERIES, "‖w_t‖ of hidden layer k", SPEC_004 + " item 1");
        family("weight_norm_theory\\.\\d+", "", NONE, DYNAMICS, SERIES, "w*_t of hidden layer k from the 200-step"
                + " mean of h̃", SPEC_004 + " item 4");
        family("unit_gradient\\.\\d+", "", NONE, DYNAMICS, SERIES, "200-step mean of h̃_t = (‖g_t‖² +"
                + " 2α⟨v_{t−1}, g_t⟩)‖w_t‖² of hidden layer k", SPEC_004 + " items 2, 3");
        family("weight_gradient_cosine\\.\\d+", "", NONE, DYNAMICS, SERIES, "|cos(w_t, g_t)| of hidden layer k",
                SPEC_004 + " item 9");
        exact("norm_growth", "", NONE, DYNAMICS, FINAL, "ν = (1/m) Σ_k ‖v_k(s)‖/‖v_k(0)‖ of WN's directions (≥ 1"
                + " under GD, = 1 under gradient flow); also a series", SPEC_002 + " §4.4");
        exact("norm_growth_identity_error", "", LOWER, DYNAMICS, WHOLE_RUN, "max over steps and neurons of"
                + " |‖v_k(s+1)‖² − ‖v_k(s)‖² − η²‖∇_{v_k}L(s)‖²|/‖v_k(s)‖² (eq. 2.3: float64 rounding)",
                SPEC_002 + " §4.3");
        exact("direction_error", "", LOWER, CONVERGENCE, FINAL, "ε = ‖w/‖w‖ − u*‖, u* the limit direction (the"
                + " example, or the max-margin direction)", SPEC_003 + " item 9");
        family("(gd|reparam|wn)_w[12]", "", NONE, DYNAMICS, SERIES, "w₁ or w₂ of one of the three paths of the"
                + " two-parameter classifier", SPEC_003 + " E6");
        exact("reparam_path_gap", "", LOWER, DYNAMICS, WHOLE_RUN, "max over time of ‖w_reparam − w_GD‖/‖w_GD‖ (eqs."
                + " 13–14 against gradient descent)", SPEC_003 + " E6, Observation 1");
        exact("wn_path_gap", "", NONE, DYNAMICS, WHOLE_RUN, "max over time of ‖w_WN − w_GD‖/‖w_GD‖", SPEC_003
                + " E6, Fig. 1");
        exact("rho_final", "", NONE, DYNAMICS, FINAL, "ρ = ‖W₁‖_F‖W₂‖_F at the end", SPEC_003 + " item 1");
        exact("normalized_train_ce", "nats", NONE, RUN, FINAL, "NCE = mean(log Σ_j e^{f_j/ρ} − f_y/ρ) on the training"
                + " labels as trained", SPEC_003 + " item 5");
        exact("normalized_test_ce", "nats", LOWER, RUN, FINAL, "the same on the clean test labels", SPEC_003
                + " item 5");
        exact("normalized_ce_gap", "nats", NONE, RUN, FINAL, "normalized test CE − normalized training CE", SPEC_003
                + " §3.3");
        exact("test_ce", "nats", LOWER, RUN, FINAL, "mean softmax cross-entropy of f on the test set", SPEC_003
                + " item 13");
        exact("train_accuracy", "", NONE, RUN, FINAL, "share of training labels (as trained) fitted at the end",
                SPEC_003 + " §3.3");
        exact("interpolation_step", "steps", LOWER, CONVERGENCE, WHOLE_RUN, "first step at which every training label"
                + " is fitted", SPEC_003 + " §3.3");
        exact("rho", "", NONE, DYNAMICS, SERIES, "ρ = Π_k ‖W_k‖_F (a linear classifier: ‖w‖)", SPEC_003 + " item 1");
        family("layer_norm\\.\\d+", "", NONE, DYNAMICS, SERIES, "ρ_k = ‖W_k‖_F of layer k", SPEC_003 + " item 1");
        exact("layer_normalized_margin", "", HIGHER, DYNAMICS, FINAL, "γ_min = min_n y_n f(x_n)/ρ, ρ = Π_k ‖W_k‖_F",
                SPEC_003 + " item 3");
        family("rho_at_t_1e\\d+", "", NONE, DYNAMICS, WHOLE_RUN, "ρ = r^K of the balanced one-example flow at t = 10^k"
                + " (grows like log t; a little faster the deeper the net)", "spec 003 §5 E2a, Fig. 2");
        exact("balanced_layer_norm", "", NONE, DYNAMICS, SERIES, "r = ρ^{1/K}, every layer's norm of the balanced"
                + " one-example flow", "spec 003 §5 E2a, Fig. 2");
        exact("balanced_layer_norm_final", "", NONE, DYNAMICS, FINAL, "r = ρ^{1/K} at the horizon (grows more slowly"
                + " the deeper the net)", "spec 003 §5 E2a, Fig. 2");
        exact("rho_over_log_t", "", NONE, DYNAMICS, FINAL, "ρ/ln t at the horizon (1 for K = 1 as t → ∞, above 1"
                + " for deeper nets by the (2 − 2/K) ln ln t + ln K terms)", "spec 003 §5 E2a, §2.6");
        exact("rho_margin", "", NONE, DYNAMICS, SERIES, "ργ_min (grows like log t)", SPEC_003 + " item 7");
        exact("rho_margin_slope", "", NONE, CONVERGENCE, FIT, "slope of ργ_min against ln(η·step) over the last two"
                + " decades of steps (→ 1 from above)", SPEC_003 + " item 7");
        exact("balance_error", "", LOWER, DYNAMICS, FINAL, "B = (max_k Δ_k − min_k Δ_k)/max_k |Δ_k|, Δ_k = ‖W_k‖² −"
                + " ‖W_k(0)‖² (0 under gradient flow)", SPEC_003 + " item 8");
        exact("separation_step", "steps", LOWER, CONVERGENCE, WHOLE_RUN, "first step with y_n f(x_n) > 0 for every"
                + " training point", SPEC_003 + " item 10");
        exact("margin_violations", "", LOWER, DYNAMICS, WHOLE_RUN, "decreases of γ_min by more than 1e-9 between"
                + " log-spaced records after twice the separation step (Lemma 8: none)", SPEC_003 + " item 10");
        exact("median_normalized_margin", "", NONE, DYNAMICS, FINAL, "median of y_n f(x_n)/ρ over the training"
                + " set", SPEC_003 + " item 3");
        exact("train_error", "", LOWER, RUN, FINAL, "share of training points with y f(x) ≤ 0 at the end",
                SPEC_003 + " item 13");
        exact("direction_velocity", "", LOWER, CONVERGENCE, FINAL, "max_k ‖V_k(s) − V_k(s−1)‖ at the last step of"
                + " the fixed-ρ phase (small once the constrained minimizer is reached)", SPEC_003 + " E4");
        exact("test_error", "", LOWER, RUN, FINAL, "share of misclassified test points at the end (binary: y f(x) ≤ 0)",
                SPEC_003 + " item 13");
        exact("margin_gap", "", LOWER, CONVERGENCE, FINAL, "γ* − min_i y_i (w/‖w‖)·x_i", SPEC_003 + " item 9");
        exact("rho_over_log_time", "", NONE, DYNAMICS, FINAL, "ρ/ln t at the end, t = η·steps (→ 1 for one"
                + " example)", SPEC_003 + " item 7");
        exact("error_rho_spread", "", NONE, CONVERGENCE, FIT, "max/min of ε·ρ over the logged steps with t ≥ 20"
                + " (GD: ε ∝ 1/ρ, → 1)", SPEC_003 + " item 9");
        exact("log_error_slope", "", LOWER, CONVERGENCE, FIT, "least-squares slope of ln ε against (ln t)² over t ≥ 20,"
                + " ε > 1e-13 (WN: −½/‖v‖²)", SPEC_003 + " item 9");
        exact("log_error_slope_r2", "", HIGHER, CONVERGENCE, FIT, "R² of that fit", SPEC_003 + " item 9");
        exact("log_error_slope_ratio", "", NONE, CONVERGENCE, FIT, "that slope over −½/‖v‖² (normalized schemes;"
                + " → 1)", SPEC_003 + " item 9");
        family("steps_to_1e-\\d+", "steps", LOWER, CONVERGENCE, AT_LOSS_LEVEL,
                "first step with L ≤ ε·L(0)", SPEC_002 + " §4.1");
        family("steps_to_log_loss_-\\d+", "steps", LOWER, CONVERGENCE, AT_LOSS_LEVEL,
                "first step with ln L ≤ −k", SPEC_000 + " M8");
        String pruned = "p% of the hidden neurons with the lowest scores removed, no retraining, at the first step"
                + " with ln L ≤ −K";
        String curve = "; x = p in percent (0, 5, …, 95)";
        family("unpruned_accuracy_at_log_loss_-\\d+", "", HIGHER, PRUNING, AT_LOSS_LEVEL,
                "test accuracy of the whole network at the first step with ln L ≤ −K", SPEC_000 + " M4");
        family("pruned_\\d+pct_accuracy_at_log_loss_-\\d+", "", HIGHER, PRUNING, AT_LOSS_LEVEL,
                "test accuracy with " + pruned + ", best of the scores (norm, growth from init or an earlier"
                        + " checkpoint) per p, as the paper", SPEC_000 + " M4, §6");
        family("pruning_auc_at_log_loss_-\\d+", "", HIGHER, PRUNING, AT_LOSS_LEVEL,
                "mean over p = 0, 5, …, 95 of that best-of-references accuracy (area under the pruning curve)",
                SPEC_000 + " M4");
        family("pruning_tolerance_at_log_loss_-\\d+", "%", HIGHER, PRUNING, AT_LOSS_LEVEL,
                "largest p whose best-of-references accuracy is within 0.01 of the unpruned accuracy (p_δ)",
                SPEC_000 + " M4");
        family("norm_pruning_auc_at_log_loss_-\\d+", "", HIGHER, PRUNING, AT_LOSS_LEVEL,
                "area under the pruning curve scored by the norm alone (no oracle choice of reference)",
                SPEC_000 + " M4");
        family("norm_pruned_\\d+pct_accuracy_at_log_loss_-\\d+", "", HIGHER, PRUNING, AT_LOSS_LEVEL,
                "test accuracy with " + pruned + ", scored by the norm alone", SPEC_000 + " M4");
        family("random_pruning_auc_at_log_loss_-\\d+", "", HIGHER, PRUNING, AT_LOSS_LEVEL,
                "area under the random-pruning reference curve (mean of random orders)", "issue 8; ShrinkBench");
        family("random_pruned_\\d+pct_accuracy_at_log_loss_-\\d+", "", HIGHER, PRUNING, AT_LOSS_LEVEL,
                "test accuracy with p% of the hidden neurons removed at random (mean of the draws)",
                "issue 8; ShrinkBench");
        family("magnitude_pruning_auc_at_log_loss_-\\d+", "", HIGHER, PRUNING, AT_LOSS_LEVEL,
                "area under the unstructured magnitude-pruning reference curve", "issue 8; ShrinkBench");
        family("magnitude_pruned_\\d+pct_accuracy_at_log_loss_-\\d+", "", HIGHER, PRUNING, AT_LOSS_LEVEL,
                "test accuracy with the p% smallest |W₁| entries of the hidden layer zeroed (unstructured)",
                "issue 8; ShrinkBench");
        family("participation_ratio_at_log_loss_-\\d+", "neurons", LOWER, SPARSITY, AT_LOSS_LEVEL,
                "(Σ‖w_u‖)²/Σ‖w_u‖² of the hidden neurons at the first step with ln L ≤ −K", SPEC_000 + " M2");
        family("pruning_curve_at_log_loss_-\\d+", "", HIGHER, PRUNING, SERIES,
                "best-of-references test accuracy against p" + curve, SPEC_000 + " M4, Fig. 5");
        family("pruning_curve_by_norm_at_log_loss_-\\d+", "", HIGHER, PRUNING, SERIES,
                "test accuracy against p, scored by ‖w_u‖" + curve, SPEC_000 + " M4");
        family("pruning_curve_by_growth_from_init_at_log_loss_-\\d+", "", HIGHER, PRUNING, SERIES,
                "test accuracy against p, scored by ‖w_u‖ − ‖w_u(0)‖" + curve, SPEC_000 + " M4");
        family("pruning_curve_by_growth_from_log_loss_-\\d+_at_log_loss_-\\d+", "", HIGHER, PRUNING, SERIES,
                "test accuracy against p, scored by the norm's growth since an earlier checkpoint" + curve,
                SPEC_000 + " M4");
        family("random_pruning_curve_at_log_loss_-\\d+", "", HIGHER, PRUNING, SERIES,
                "random-pruning reference: mean test accuracy against p" + curve, "issue 8; ShrinkBench");
        family("magnitude_pruning_curve_at_log_loss_-\\d+", "", HIGHER, PRUNING, SERIES,
                "unstructured magnitude-pruning reference: test accuracy against the share p of zeroed"
                        + " hidden-layer weights" + curve, "issue 8; ShrinkBench");
        exact("neuron_pruning_compression_ratio", "×", HIGHER, PRUNING, SERIES, "all parameters / parameters left"
                + " when p% of the hidden neurons are removed (d + 1 + K each)" + curve, "ShrinkBench");
        exact("neuron_pruning_speedup", "×", HIGHER, PRUNING, SERIES, "multiply-adds of the dense net / those"
                + " left when p% of the hidden neurons are removed (d + K each)" + curve, "ShrinkBench");
        exact("magnitude_pruning_compression_ratio", "×", HIGHER, PRUNING, SERIES, "all parameters / parameters"
                + " left when p% of the hidden-layer weights are zeroed" + curve, "ShrinkBench");
        exact("magnitude_pruning_speedup", "×", HIGHER, PRUNING, SERIES, "multiply-adds of the dense net / those"
                + " left when p% of the hidden-layer weights are zeroed" + curve, "ShrinkBench");
        family("neuron_norm\\.\\d+", "", NONE, SPARSITY, SERIES,
                "‖w_u‖ of one neuron (or one weight)", SPEC_000 + " §4");
    }

    private MetricCatalogue() {
    }

    private static void exact(String name, String unit, Direction direction, Family family, Summary summary,
            String description, String source) {
        EXACT.put(name, new MetricDefinition(name, unit, direction, family, summary, description, source));
    }

    private static void family(String regex, String unit, Direction direction, Family family, Summary summary,
            String description, String source) {
        FAMILIES.put(Pattern.compile(regex),
                new MetricDefinition(regex, unit, direction, family, summary, description, source));
    }

    /** The definition of a metric or of its family; empty for a name no probe reports. */
    public static Optional<MetricDefinition> find(String name) {
        MetricDefinition exact = EXACT.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return FAMILIES.entrySet().stream().filter(e -> e.getKey().matcher(name).matches())
                .map(Map.Entry::getValue).findFirst();
    }

    /**
     * What the step of a series' points counts: optimizer steps, except for pruning curves and their costs, whose
     * points are at p percent pruned, and spec 000 E-L21's group-lasso phase, which comes before step 0.
     */
    public static String stepAxis(String series) {
        if (series.startsWith(GROUP_LASSO_PREFIX)) {
            return "epoch of the group-lasso phase";
        }
        if (series.startsWith(TRIAL_PREFIX)) {
            return "trial of the width search";
        }
        return find(series).filter(d -> d.family() == PRUNING && d.summary() == SERIES)
                .map(d -> "p: % pruned").orElse("step");
    }

    /** Every definition: exact names, then families (their name is the pattern). */
    public static List<MetricDefinition> all() {
        return Stream.concat(EXACT.values().stream(), FAMILIES.values().stream()).toList();
    }
}
