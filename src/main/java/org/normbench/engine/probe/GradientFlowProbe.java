package org.normbench.engine.probe;

import static org.normbench.engine.Vectors.dot;
import static org.normbench.engine.Vectors.norm;

import ai.djl.ndarray.NDList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.normbench.engine.data.GradientFlowLimit;
import org.normbench.engine.data.SensingProblem;
import org.normbench.engine.model.DiagonalLinearNetwork;
import org.normbench.engine.scheme.WeightNormalization;

/**
 * Spec 001 §4.5 and C6: how far discrete steps stray from the gradient flow the theorems are about, for a depth-2
 * diagonal linear network on a nonnegative signal. The flow keeps an invariant — (I − A⁺A)·ln x for plain GD and for
 * WN with η_r = r² (a time change of it, Cor. 3.14; Lemma 3.6), (I − A⁺A)·[ln u + r²/(2η̃)·1] for WN with radius rate
 * η̃ (Lemma 3.7) — so its drift {@value #DRIFT} = ‖(I − A⁺A)(h_t − h₀)‖₂ (series every {@code every} steps and at the
 * end; entries that underflowed to 0 are left out) measures the steps' bias directly. At the end, the endpoint
 * against the flow's closed-form limit ({@link GradientFlowLimit}, the "theory target"): {@code
 * gradient_flow_distance} = ‖x̃_T − x̃∞‖₂/‖x̃∞‖₂, the limit's own recovery error ‖x̃∞ − x*‖₁ and radius √‖x̃∞‖₁;
 * and for WN the effective radius rate η̃‖u_T‖² (‖u‖ = 1 under the flow, Lemma 3.2; it drifts under GD).
 */
public final class GradientFlowProbe implements Probe {

    public static final String DRIFT = "invariant_drift";
    /** A limit whose residual ‖Ax̃∞ − b‖/‖b‖ is above this was not solved well enough to compare with. */
    private static final double MAX_RESIDUAL = 1e-8;

    private final DiagonalLinearNetwork network;
    private final SensingProblem problem;
    /** η̃ for WN with a constant radius rate; NaN for plain GD and WN with η_r = r² (the plain flow's invariant). */
    private final double radiusRate;
    private final long every;
    private final NullSpaceProjection projection;
    private final double[] initialInvariant;
    private final double[] logInitialEndToEnd;
    private final double initialRadius;

    /**
     * @param radiusRate η̃ for WN with a constant radius rate, NaN otherwise
     * @throws IllegalArgumentException for depth ≠ 2 or a signed model: the limit is closed-form only there
     */
    public GradientFlowProbe(DiagonalLinearNetwork network, SensingProblem problem, double radiusRate, long every) {
        if (network.depth() != 2 || network.signed()) {
            throw new IllegalArgumentException("the gradient-flow limit is closed-form only for depth 2 and a"
                    + " nonnegative signal (spec 001 §2.5), not depth " + network.depth()
                    + (network.signed() ? " with the ± model" : ""));
        }
        if (every < 1) {
            throw new IllegalArgumentException("interval must be positive, got " + every);
        }
        this.network = network;
        this.problem = problem;
        this.radiusRate = radiusRate;
        this.every = every;
        this.projection = new NullSpaceProjection(problem.a());
        double[] x = network.factor().toDoubleArray();
        logInitialEndToEnd = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            logInitialEndToEnd[n] = 2 * Math.log(x[n]);
        }
        initialRadius = constantRate() ? radius(network.parameters()) : Double.NaN;
        initialInvariant = invariant();
    }

    private boolean constantRate() {
        return network.scheme() instanceof WeightNormalization && !Double.isNaN(radiusRate);
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step % every == 0) {
            sink.point(DRIFT, step, drift());
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        Map<String, Double> summary = new LinkedHashMap<>();
        double drift = drift();
        sink.point(DRIFT, step, drift);
        summary.put(DRIFT, drift);
        if (constantRate()) {
            double[] u = network.parameters().get(0).toDoubleArray();
            summary.put("effective_radius_rate", radiusRate * dot(u, u));
        }
        GradientFlowLimit limit;
        try {
            limit = constantRate() ? GradientFlowLimit.weightNormalized(problem.a(), problem.b(), logInitialEndToEnd,
                    initialRadius, radiusRate) : GradientFlowLimit.plain(problem.a(), problem.b(), logInitialEndToEnd);
        } catch (IllegalStateException e) {
            return summary; // no target to compare with
        }
        if (!(limit.residual() <= MAX_RESIDUAL) || (constantRate() && limit.limitRadius() <= initialRadius)) {
            return summary; // unsolved, or r₀ ≥ r∞, where spec 001 §2.5 says the predictor does not apply
        }
        double[] endpoint = network.endToEnd();
        double[] target = limit.endToEnd();
        double[] signal = problem.signal();
        double distance = 0;
        double targetError = 0;
        for (int n = 0; n < target.length; n++) {
            distance += (endpoint[n] - target[n]) * (endpoint[n] - target[n]);
            targetError += Math.abs(target[n] - signal[n]);
        }
        summary.put("gradient_flow_distance", Math.sqrt(distance / dot(target, target)));
        summary.put("gradient_flow_recovery_error", targetError);
        summary.put("gradient_flow_radius", limit.limitRadius());
        return summary;
    }

    /** ‖(I − A⁺A)(h_t − h₀)‖₂ over the entries that are positive at both ends. */
    private double drift() {
        double[] now = invariant();
        double[] difference = new double[now.length];
        for (int n = 0; n < now.length; n++) {
            double d = now[n] - initialInvariant[n];
            difference[n] = Double.isFinite(d) ? d : 0;
        }
        double[] projected = projection.apply(difference);
        return norm(projected);
    }

    /** h_t before the projection: ln x, or ln u + r²/(2η̃) for WN with a constant radius rate. */
    private double[] invariant() {
        if (!constantRate()) {
            double[] x = network.factor().toDoubleArray();
            for (int n = 0; n < x.length; n++) {
                x[n] = Math.log(x[n]);
            }
            return x;
        }
        NDList parameters = network.parameters();
        double[] u = parameters.get(0).toDoubleArray();
        double r = radius(parameters);
        for (int n = 0; n < u.length; n++) {
            u[n] = Math.log(u[n]) + r * r / (2 * radiusRate);
        }
        return u;
    }

    private static double radius(NDList parameters) {
        return parameters.get(1).getDouble(0);
    }
}
