package org.normbench.engine.probe;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;

/**
 * Spec 000's weight–gradient relations (§4 M5, M6; Thms 3, 4) over the neurons of every trained layer, with
 * w_u the effective weight and ∇_u = ∇_{w_u} of the loss. Neurons whose norm has grown to at least
 * {@link Sparsity#GROWTH_RATIO} times its initial value count as growing (M3). At the end:
 * <ul>
 * <li>{@code min_alignment_growing}: min over growing u of cos(w_u, −∇_u) (Thm 3: → 1);</li>
 * <li>{@code ewn_invariant_spread}: max/min over growing u of ‖w_u‖·‖∇_u‖ (EWN's invariant, Thm 4(ii): → 1);</li>
 * <li>{@code swn_invariant_spread}: max/min over growing u of ‖w_u‖/‖∇_u‖ (SWN's invariant, Thm 4(i): → 1);</li>
 * <li>{@code growing_neurons_all_layers}.</li>
 * </ul>
 * The alignment and the spreads are also recorded as series every {@code every} steps over the neurons grown by
 * then. Gradients are those of ln L, which differ from ∇L by the factor L: every reported quantity is scale-free.
 * Spreads need two growing neurons and are left out otherwise.
 */
public final class WeightGradientProbe implements Probe {

    public static final String MIN_ALIGNMENT = "min_alignment_growing";
    public static final String EWN_SPREAD = "ewn_invariant_spread";
    public static final String SWN_SPREAD = "swn_invariant_spread";

    private final List<DenseLayer> layers = new ArrayList<>();
    private final long every;
    private double[] initialNorms;

    public WeightGradientProbe(FeedForwardNetwork network, long every) {
        if (every < 1) {
            throw new IllegalArgumentException("interval must be positive, got " + every);
        }
        for (DenseLayer layer : network.layers()) {
            if (layer.isTrained()) {
                layers.add(layer);
            }
        }
        this.every = every;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step == 0) {
            initialNorms = measure().norms;
        }
        if (step % every == 0) {
            Measurement m = measure();
            double minAlignment = m.minAlignmentGrowing(initialNorms);
            if (!Double.isNaN(minAlignment)) {
                sink.point(MIN_ALIGNMENT, step, minAlignment);
            }
            Spreads spreads = m.spreads(initialNorms);
            if (spreads != null) {
                sink.point(EWN_SPREAD, step, spreads.ewn);
                sink.point(SWN_SPREAD, step, spreads.swn);
            }
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        Map<String, Double> summary = new LinkedHashMap<>();
        if (initialNorms == null) {
            return summary;
        }
        Measurement m = measure();
        long growing = IntStream.range(0, m.norms.length)
                .filter(u -> Sparsity.isGrowing(m.norms[u], initialNorms[u])).count();
        summary.put("growing_neurons_all_layers", (double) growing);
        double minAlignment = m.minAlignmentGrowing(initialNorms);
        if (!Double.isNaN(minAlignment)) {
            summary.put(MIN_ALIGNMENT, minAlignment);
        }
        Spreads spreads = m.spreads(initialNorms);
        if (spreads != null) {
            summary.put(EWN_SPREAD, spreads.ewn);
            summary.put(SWN_SPREAD, spreads.swn);
        }
        return summary;
    }

    /** n_u, ‖∇_u‖ and cos(w_u, −∇_u) of every neuron of the trained layers, layer by layer. */
    private Measurement measure() {
        List<double[]> norms = new ArrayList<>();
        List<double[]> gradientNorms = new ArrayList<>();
        List<double[]> dots = new ArrayList<>();
        for (DenseLayer layer : layers) {
            NDArray w = layer.unitWeights();
            NDArray gradient = layer.effectiveGradient();
            norms.add(w.norm(new int[] {1}).toDoubleArray());
            gradientNorms.add(gradient.norm(new int[] {1}).toDoubleArray());
            dots.add(w.mul(gradient).sum(new int[] {1}).toDoubleArray());
        }
        double[] n = concat(norms);
        double[] g = concat(gradientNorms);
        double[] dot = concat(dots);
        double[] alignment = new double[n.length];
        for (int u = 0; u < n.length; u++) {
            alignment[u] = -dot[u] / (n[u] * g[u]);
        }
        return new Measurement(n, g, alignment);
    }

    private static double[] concat(List<double[]> parts) {
        return parts.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    private record Spreads(double ewn, double swn) {
    }

    private record Measurement(double[] norms, double[] gradientNorms, double[] alignments) {

        /** min cos(w_u, −∇_u) over the neurons growing since {@code initial}, or NaN when none is. */
        double minAlignmentGrowing(double[] initial) {
            return IntStream.range(0, norms.length).filter(u -> Sparsity.isGrowing(norms[u], initial[u]))
                    .mapToDouble(u -> alignments[u]).min().orElse(Double.NaN);
        }

        /** The invariants' max/min over the neurons growing since {@code initial}, or null below two. */
        Spreads spreads(double[] initial) {
            double ewnMin = Double.POSITIVE_INFINITY;
            double ewnMax = 0;
            double swnMin = Double.POSITIVE_INFINITY;
            double swnMax = 0;
            int growing = 0;
            for (int u = 0; u < norms.length; u++) {
                if (Sparsity.isGrowing(norms[u], initial[u])) {
                    growing++;
                    double product = norms[u] * gradientNorms[u];
                    double ratio = norms[u] / gradientNorms[u];
                    ewnMin = Math.min(ewnMin, product);
                    ewnMax = Math.max(ewnMax, product);
                    swnMin = Math.min(swnMin, ratio);
                    swnMax = Math.max(swnMax, ratio);
                }
            }
            return growing < 2 ? null : new Spreads(ewnMax / ewnMin, swnMax / swnMin);
        }
    }
}
