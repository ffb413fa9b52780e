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

import java.util.List;
import java.util.Optional;

/** The papers whose benchmarks every installation has. */
public final class BuiltInPapers {

    private BuiltInPapers() {
    }

    public static List<Paper> all() {
        return List.of(
                new Paper("morwani-ramaswamy", "Inductive Bias of Gradient Descent for Weight Normalized Smooth"
                        + " Homogeneous Neural Nets", "Depen Morwani, Harish G. Ramaswamy", "spec 000",
                        "Exponential weight normalization (EWN, w = e^a·v/‖v‖) drives gradient descent towards"
                                + " sparse solutions — few neurons, one axis — where standard weight normalization"
                                + " (SWN) and the unnormalized network do not; weights align with their negative"
                                + " gradients with scheme-specific norm invariants; depth speeds the unnormalized"
                                + " and SWN nets up far more than EWN; trained to very low loss, EWN networks lose"
                                + " less accuracy when most of their neurons are pruned.",
                        List.of(MORWANI_SIMPLE_TRAJ, MORWANI_XOR_SPARSITY, MORWANI_LINSEP_RELATIONS,
                                MORWANI_MNIST_RELATIONS, MORWANI_DEPTH_CONVERGENCE, MORWANI_MNIST_PRUNING, MORWANI_FASHION_PRUNING,
                                MORWANI_L21_PRUNING)),
                new Paper("dukler-gu-montufar", "Optimization Theory for ReLU Neural Networks Trained with"
                        + " Normalization Layers", "Yonatan Dukler, Quanquan Gu, Guido Montúfar", "spec 002",
                        "Weight normalization splits the tangent kernel into a direction part (V, scaled by 1/α²) and"
                                + " a length part (G): wide WN networks converge linearly, at a rate set by α, and"
                                + " paired with the unnormalized network at α = 1 they follow the same path.",
                        List.of(DUKLER_KERNEL_LIMITS, DUKLER_INITIAL_KERNELS, DUKLER_WN_CONVERGENCE,
                                DUKLER_EFFECTIVE_STEP, DUKLER_WIDTH_SWEEP, DUKLER_WIDTH_SCALING, DUKLER_GRADIENT_FLOW)),
                new Paper("chou-rauhut-ward", "Robust Implicit Regularization via Weight Normalization",
                        "Hung-Hsu Chou, Holger Rauhut, Rachel Ward", "spec 001",
                        "Gradient descent on a diagonal linear network is biased towards the ℓ₁-minimal solution only"
                                + " from tiny initializations; weight normalization with a small radius rate η̃"
                                + " magnifies that bias by ρ = (r₀/r∞)exp((r∞² − r₀²)/(2η̃)), so sparse signals are"
                                + " recovered from practical initializations — until r₀ exceeds r∞, where the benefit"
                                + " reverses; with the radius rate r² WN ends where plain GD ends.",
                        List.of(CHOU_SPARSE_RECOVERY, CHOU_SIGNED_RECOVERY, CHOU_GAUSSIAN_RECOVERY, CHOU_RADIUS_RATE,
                                CHOU_SMALL_INIT_COLLAPSE, CHOU_GRADIENT_FLOW)),
                new Paper("spherical-motion-dynamics", "Spherical Motion Dynamics: Learning Dynamics of Neural"
                        + " Network with Normalization, Weight Decay, and SGD", "anonymous (ICLR submission)",
                        "spec 004",
                        "Under weight decay, SGD keeps every scale-invariant weight (one followed by BN or LN) on a"
                                + " sphere whose radius reaches an equilibrium geometrically — 1/(1−α) times faster"
                                + " with momentum — where the angular update per step is √(2λη/(1+α)), whatever"
                                + " the layer; after a learning-rate drop the new equilibrium takes at least"
                                + " ln k·(1−α)/(4λη) steps, unless the weights are rescaled by k^{−1/4}.",
                        List.of(SMD_SCALE_INVARIANCE, SMD_NORM_MAPS, SMD_EQUILIBRIUM, SMD_LEARNING_RATE_DROPS,
                                SMD_LINEAR_SCALING)),
                new Paper("theory-iii", "Theory III: Dynamics and Generalization in Deep Networks",
                        "Andrzej Banburski, Qianli Liao, Brando Miranda, Tomaso Poggio, Lorenzo Rosasco, Fernanda De"
                                + " La Torre, Jack Hidary", "spec 003",
                        "Gradient descent on exponential-type losses drives the normalized network f/ρ of a"
                                + " homogeneous net towards a maximum-margin solution while ρ = Π‖W_k‖ grows like"
                                + " log t; for a linear network on one example the direction converges like 1/log t"
                                + " under GD but like t^{−½ log t} under weight normalization — an advantage that"
                                + " shrinks when several support vectors compete.",
                        List.of(THEORY3_ONE_EXAMPLE, THEORY3_IRIS, THEORY3_BALANCED_FLOW, THEORY3_RHO_GROWTH,
                                THEORY3_NORMALIZED_MARGIN, THEORY3_FIXED_RHO, THEORY3_TWO_PARAMETER_PATHS,
                                THEORY3_NORMALIZED_LOSS)));
    }

    public static Optional<Paper> find(String key) {
        return all().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The paper a benchmark belongs to. */
    public static Optional<Paper> ofBenchmark(String benchmark) {
        return all().stream().filter(p -> p.benchmarks().contains(benchmark)).findFirst();
    }
}
