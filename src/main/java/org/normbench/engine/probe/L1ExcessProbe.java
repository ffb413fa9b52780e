package org.normbench.engine.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import org.normbench.engine.data.L1Reference;
import org.normbench.engine.data.SensingProblem;
import org.normbench.engine.model.DiagonalLinearNetwork;

/**
 * Spec 001 §4.1's implicit-bias metrics against the ℓ₁ reference of the data draw, at the end: the LP's own
 * {@code l1_minimum} Q and {@code lp_recovery_error} ‖z_LP − x*‖₁ (properties of the draw: 0 when ℓ₁ minimization
 * recovers the signal), the excess ε₁ = ‖x̃‖₁ − Q ({@code l1_excess}, and over Q) and the distance ‖x̃ − z_LP‖₁
 * ({@code l1_distance}). ε₁ is only meaningful for a converged run: an interpolant has ‖x̃‖₁ ≥ Q, an unconverged x̃
 * can fall below it.
 */
public final class L1ExcessProbe implements Probe {

    private final DiagonalLinearNetwork network;
    private final SensingProblem problem;
    private final L1Reference reference;

    public L1ExcessProbe(DiagonalLinearNetwork network, SensingProblem problem, L1Reference reference) {
        this.network = network;
        this.problem = problem;
        this.reference = reference;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        // measured once, at the end
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        double[] recovered = network.endToEnd();
        double[] lp = reference.minimizer();
        double l1 = 0;
        double distance = 0;
        double lpError = 0;
        for (int n = 0; n < recovered.length; n++) {
            l1 += Math.abs(recovered[n]);
            distance += Math.abs(recovered[n] - lp[n]);
            lpError += Math.abs(lp[n] - problem.signal()[n]);
        }
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("l1_minimum", reference.minimum());
        summary.put("lp_recovery_error", lpError);
        summary.put("l1_excess", l1 - reference.minimum());
        summary.put("l1_excess_relative", (l1 - reference.minimum()) / reference.minimum());
        summary.put("l1_distance", distance);
        return summary;
    }
}
