package org.normbench.engine.scheme;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * Standard weight normalization w_k = g_k v_k / ||v_k|| (Salimans &amp; Kingma; spec 002 §2.1, spec 000 §2.1),
 * always with g_k(0) = ||z_k|| so that w_k(0) = z_k (paired initialization). How long v_k(0) is only changes
 * the dynamics (the direction moves with an effective step ≈ η g²/‖v‖², the length with η), and the specs
 * differ in it:
 * <ul>
 * <li>{@code wn} (spec 002 §2.2): scale coefficient α, v_k(0) = α z_k; PyTorch's default is α = 1;</li>
 * <li>{@code swn} (spec 000 §2.3): unit directions, v_k(0) = z_k/‖z_k‖, as the paper's gradient-flow analysis
 * and the authors' code assume.</li>
 * </ul>
 */
public final class WeightNormalization implements NormalizationScheme {

    public static final String NAME = "wn";
    public static final String UNIT_DIRECTIONS_NAME = "swn";

    /** α, or NaN for unit directions. */
    private final double alpha;

    /** Weight normalization with scale coefficient α (v_k(0) = α z_k). */
    public WeightNormalization(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a positive finite number, got " + alpha);
        }
        this.alpha = alpha;
    }

    private WeightNormalization() {
        this.alpha = Double.NaN;
    }

    /** Weight normalization with v_k(0) = z_k/‖z_k‖. */
    public static WeightNormalization unitDirections() {
        return new WeightNormalization();
    }

    /** The α of v_k(0) = α z_k; NaN for unit directions ({@code swn}). */
    public double alpha() {
        return alpha;
    }

    @Override
    public String name() {
        return Double.isNaN(alpha) ? UNIT_DIRECTIONS_NAME : NAME;
    }

    @Override
    public NDList initialize(NDManager manager, double[][] z) {
        double[][] v = new double[z.length][];
        double[] g = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            g[k] = Rows.norm(z[k]);
            v[k] = Rows.scaled(z[k], Double.isNaN(alpha) ? 1 / g[k] : alpha);
        }
        return new NDList(Rows.named("v", manager.create(v)), Rows.named("g", manager.create(g)));
    }

    @Override
    public NDArray weights(NDList parameters) {
        return Rows.withLengths(parameters.get(0), parameters.get(1));
    }

    /** ∂w/∂v = (g/‖v‖)(I − u uᵀ), ∂w/∂g = u: tangential g²/‖v‖², radial 1 (spec 002 §3's gradients). */
    @Override
    public NeuronMetric metric(NDList parameters) {
        return Rows.metricWithTrainedLengths(parameters.get(0), parameters.get(1));
    }

    /** ∇_v = (g/‖v‖) P ∇_w and ∇_g = v̂·∇_w, so ∇_w = (‖v‖/g) ∇_v + ∇_g v̂ (defined while g ≠ 0). */
    @Override
    public NDArray effectiveGradient(NDList parameters) {
        NDArray g = parameters.get(1);
        return Rows.effectiveGradient(parameters.get(0), g, g.getGradient());
    }
}
