package org.normbench.engine.scheme;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;

/**
 * Weight normalization w_k = g_k v_k / ||v_k|| (spec 002 §2.1) with scale coefficient α: v_k(0) = α z_k and
 * g_k(0) = ||z_k||, so w_k(0) = z_k whatever α is (§2.2, paired initialization). α only changes the
 * dynamics: the direction moves with an effective step ≈ η/α², the length with η.
 */
public final class WeightNormalization implements NormalizationScheme {

    public static final String NAME = "wn";

    private final double alpha;

    public WeightNormalization(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a positive finite number, got " + alpha);
        }
        this.alpha = alpha;
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDList initialize(NDManager manager, double[][] z) {
        double[][] v = new double[z.length][];
        double[] g = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            v[k] = Rows.scaled(z[k], alpha);
            g[k] = Rows.norm(z[k]);
        }
        return new NDList(manager.create(v), manager.create(g));
    }

    @Override
    public NDArray weights(NDList parameters) {
        return Rows.withLengths(parameters.get(0), parameters.get(1));
    }

    /** ∂w/∂v = (g/‖v‖)(I − u uᵀ), ∂w/∂g = u: tangential g²/‖v‖², radial 1 (spec 002 §3's gradients). */
    @Override
    public NeuronMetric metric(NDList parameters) {
        double[] g = parameters.get(1).toDoubleArray();
        double[] radial = new double[g.length];
        Arrays.fill(radial, 1);
        return Rows.metric(parameters.get(0), g, radial);
    }
}
