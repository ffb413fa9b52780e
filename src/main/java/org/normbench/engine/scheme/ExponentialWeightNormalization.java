package org.normbench.engine.scheme;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * Exponential weight normalization w_u = e^{a_u} v_u/‖v_u‖ (spec 000 §2.1): the norm e^{a_u} stays positive,
 * and under GD large neurons move fast while small ones freeze. Initialized from z as in spec 000 §2.3:
 * v_u(0) = z_u/‖z_u‖ (unit norm), a_u(0) = log‖z_u‖, so w_u(0) = z_u.
 */
public final class ExponentialWeightNormalization implements NormalizationScheme {

    public static final String NAME = "ewn";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDList initialize(NDManager manager, double[][] z) {
        double[] a = new double[z.length];
        for (int u = 0; u < z.length; u++) {
            a[u] = Math.log(Rows.norm(z[u]));
        }
        return new NDList(Rows.named("v", manager.create(Rows.unitRows(z))), Rows.named("a", manager.create(a)));
    }

    @Override
    public NDArray weights(NDList parameters) {
        return Rows.withLengths(parameters.get(0), parameters.get(1).exp());
    }

    /** ∂w/∂v = (e^a/‖v‖)(I − u uᵀ), ∂w/∂a = e^a u: tangential e^{2a}/‖v‖², radial e^{2a} (spec 000 §2.1). */
    @Override
    public NeuronMetric metric(NDList parameters) {
        double[] lengths = parameters.get(1).exp().toDoubleArray();
        double[] radial = new double[lengths.length];
        for (int u = 0; u < lengths.length; u++) {
            radial[u] = lengths[u] * lengths[u];
        }
        return Rows.metric(parameters.get(0), lengths, radial);
    }

    /** ∇_v = (e^a/‖v‖) P ∇_w and ∇_a = e^a v̂·∇_w, so ∇_w = (‖v‖/e^a) ∇_v + (∇_a/e^a) v̂. */
    @Override
    public NDArray effectiveGradient(NDList parameters) {
        NDArray a = parameters.get(1);
        NDArray lengths = a.exp();
        return Rows.effectiveGradient(parameters.get(0), lengths, a.getGradient().div(lengths));
    }
}
