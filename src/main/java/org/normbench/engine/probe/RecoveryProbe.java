package org.normbench.engine.probe;

import ai.djl.ndarray.NDList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.normbench.engine.data.SensingProblem;
import org.normbench.engine.model.DiagonalLinearNetwork;
import org.normbench.engine.scheme.WeightNormalization;

/**
 * Spec 001 §4: what a diagonal linear network recovered, at the end — ε₂ = ‖x̃ − x*‖₁ ({@code recovery_error},
 * and over ‖x*‖₁), the residual ‖Ax̃ − b‖/‖b‖, the effective sparsity ‖x̃‖₁²/‖x̃‖₂², the entries above 1e-3·max,
 * the ℓ₁ mass outside the top s, the support recovered among the top s, and top-s pruning: the residual of x̃ with
 * all but its s largest entries zeroed (§4.2). For weight normalization also the radius: series {@value #RADIUS}
 * every {@code every} steps, its final value, ‖u‖ (its drift is η̃'s), spec 001 §4.3's collapse flag with the
 * initial radial drive that predicts it (§3.2 P5), and, for a
 * constant radius rate η̃, the magnification log₁₀ρ = log₁₀(r₀/r∞) + (r∞² − r₀²)/(2η̃ ln 10) (§2.4, eq. 17).
 */
public final class RecoveryProbe implements Probe {

    public static final String RADIUS = "radius";
    /** Entries above this share of the largest count as nonzero (spec 001 §4.1's τ). */
    private static final double NONZERO_FRACTION = 1e-3;
    /** Spec 001 §4.3: a run has collapsed when r < r₀/10 while the loss is still above 90% of L(0). */
    private static final double COLLAPSE_RADIUS = 0.1;
    private static final double COLLAPSE_LOSS = 0.9;

    private final DiagonalLinearNetwork network;
    private final SensingProblem problem;
    private final int sparsity;
    private final long every;
    /** η̃ of a constant radius rate, or NaN (unnormalized, or η_r = r²). */
    private final double radiusRate;
    private double initialRadius = Double.NaN;
    private double initialLogLoss = Double.NaN;
    private double initialDrive = Double.NaN;
    private long lastRecorded = -1;

    /**
     * @param sparsity   s, the size of the kept support for the top-s metrics
     * @param radiusRate η̃ for WN with a constant radius rate, NaN otherwise
     */
    public RecoveryProbe(DiagonalLinearNetwork network, SensingProblem problem, int sparsity, long every,
            double radiusRate) {
        if (every < 1) {
            throw new IllegalArgumentException("interval must be positive, got " + every);
        }
        this.network = network;
        this.problem = problem;
        this.sparsity = Math.min(sparsity, problem.dimension());
        this.every = every;
        this.radiusRate = radiusRate;
    }

    private boolean normalized() {
        return network.scheme() instanceof WeightNormalization;
    }

    /** WN's radius r = g and ‖u‖ = ‖v‖ (parameters v, g). */
    private double radius() {
        return Math.abs(network.parameters().get(1).getDouble(0));
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step == 0) {
            initialLogLoss = logLoss;
            if (normalized()) {
                initialRadius = radius();
                initialDrive = drive(network.endToEnd(), initialRadius);
            }
        }
        if (normalized() && step % every == 0) {
            sink.point(RADIUS, step, radius());
            lastRecorded = step;
        }
    }

    /**
     * ⟨û^{⊙L}, Aᵀb⟩ with û = x/r, from x̃ = x^{⊙L} = r^L û^{⊙L}: near x = 0, d log r/dt ≈ η̃ times it, so a negative
     * value shrinks a tiny radius towards the saddle x = 0 (spec 001 §3.2 P5).
     */
    private double drive(double[] endToEnd, double radius) {
        double sum = 0;
        for (int m = 0; m < problem.b().length; m++) {
            double row = 0;
            for (int n = 0; n < endToEnd.length; n++) {
                row += problem.a()[m][n] * endToEnd[n];
            }
            sum += row * problem.b()[m];
        }
        return sum / Math.pow(radius, network.depth());
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        double[] recovered = network.endToEnd();
        double[] signal = problem.signal();
        Map<String, Double> summary = new LinkedHashMap<>();
        double error = 0;
        double signalMass = 0;
        for (int n = 0; n < signal.length; n++) {
            error += Math.abs(recovered[n] - signal[n]);
            signalMass += Math.abs(signal[n]);
        }
        summary.put("recovery_error", error);
        summary.put("recovery_error_relative", error / signalMass);
        double targetNorm = norm(problem.b());
        summary.put("residual_relative", residualNorm(recovered) / targetNorm);
        double l1 = 0;
        double l2 = 0;
        double largest = 0;
        for (double value : recovered) {
            l1 += Math.abs(value);
            l2 += value * value;
            largest = Math.max(largest, Math.abs(value));
        }
        if (l2 > 0) {
            summary.put("effective_sparsity", l1 * l1 / l2);
        }
        long nonzeros = 0;
        for (double value : recovered) {
            if (Math.abs(value) > NONZERO_FRACTION * largest) {
                nonzeros++;
            }
        }
        summary.put("nonzeros", (double) nonzeros);
        int[] top = topIndices(recovered, sparsity);
        double topMass = 0;
        int onSupport = 0;
        double[] pruned = new double[recovered.length];
        for (int n : top) {
            topMass += Math.abs(recovered[n]);
            pruned[n] = recovered[n];
            if (signal[n] != 0) {
                onSupport++;
            }
        }
        if (l1 > 0) {
            summary.put("tail_mass", 1 - topMass / l1);
        }
        if (problem.kind() != SensingProblem.Kind.GAUSSIAN) {
            summary.put("support_recovery", (double) onSupport / sparsity);
        }
        summary.put("pruned_residual", residualNorm(pruned) / targetNorm);
        if (normalized()) {
            double radius = radius();
            if (step != lastRecorded) {
                sink.point(RADIUS, step, radius);
            }
            summary.put("final_radius", radius);
            NDList parameters = network.parameters();
            summary.put("direction_norm", parameters.get(0).norm().getDouble());
            boolean collapsed = radius < COLLAPSE_RADIUS * initialRadius
                    && logLoss > initialLogLoss + Math.log(COLLAPSE_LOSS);
            summary.put("collapsed", collapsed ? 1.0 : 0.0);
            summary.put("initial_radial_drive", initialDrive);
            // the mechanism's prediction, meant for tiny r₀: collapse exactly when the drive is negative
            summary.put("collapse_prediction_error", collapsed == (initialDrive < 0) ? 0.0 : 1.0);
            if (!Double.isNaN(radiusRate)) {
                summary.put("log10_magnification", Math.log10(initialRadius / radius)
                        + (radius * radius - initialRadius * initialRadius) / (2 * radiusRate * Math.log(10)));
            }
        }
        return summary;
    }

    private double residualNorm(double[] recovered) {
        double[] measured = SensingProblem.times(problem.a(), recovered);
        double sum = 0;
        for (int m = 0; m < measured.length; m++) {
            double r = measured[m] - problem.b()[m];
            sum += r * r;
        }
        return Math.sqrt(sum);
    }

    private static double norm(double[] values) {
        return Math.sqrt(Arrays.stream(values).map(v -> v * v).sum());
    }

    /** The indices of the {@code count} largest |values| (ties: lower index first). */
    static int[] topIndices(double[] values, int count) {
        return IntStream.range(0, values.length).boxed()
                .sorted((i, j) -> Double.compare(Math.abs(values[j]), Math.abs(values[i])))
                .limit(count).mapToInt(Integer::intValue).toArray();
    }
}
