package org.normbench.engine.scheme;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * Coefficient normalization, spec 003's "proj" (the paper's §9.2, eq. 52): w_k = r_k V_k with ‖V_k‖ = 1, trained
 * by a gradient step on (V_k, r_k) — V_k moves by r_k ∇_w, not only tangentially — followed by
 * V_k ← V_k/‖V_k‖ ({@link #project}). Its direction step is r² times the standard flow's, so it needs a
 * correspondingly smaller step size (spec 003 §6.6).
 */
public final class CoefficientNormalization implements NormalizationScheme {

    public static final String NAME = "proj";

    @Override
    public String name() {
        return NAME;
    }

    /** V_k(0) = z_k/‖z_k‖, r_k(0) = ‖z_k‖. */
    @Override
    public NDList initialize(NDManager manager, double[][] z) {
        double[] r = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            r[k] = Rows.norm(z[k]);
        }
        return new NDList(Rows.named("V", manager.create(Rows.unitRows(z))), Rows.named("r", manager.create(r)));
    }

    @Override
    public NDArray weights(NDList parameters) {
        return parameters.get(0).mul(parameters.get(1).expandDims(1));
    }

    /** With V_k kept on the sphere: tangential r_k², radial 1 (the radial part of V's step is projected out). */
    @Override
    public NeuronMetric metric(NDList parameters) {
        return Rows.metricWithTrainedLengths(parameters.get(0), parameters.get(1));
    }

    /** ∇_V = r_k ∇_w, so ∇_w = ∇_V / r_k. */
    @Override
    public NDArray effectiveGradient(NDList parameters) {
        return parameters.get(0).getGradient().div(parameters.get(1).expandDims(1));
    }

    /** V_k ← V_k/‖V_k‖ for every row, in place: call after each update. */
    public static void project(NDList parameters) {
        NDArray v = parameters.get(0);
        v.divi(v.norm(new int[] {1}, true));
    }
}
