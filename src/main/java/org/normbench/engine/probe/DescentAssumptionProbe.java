package org.normbench.engine.probe;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.normbench.engine.Vectors;
import org.normbench.engine.model.DenseLayer;
import org.normbench.engine.model.FeedForwardNetwork;

/**
 * Spec 000's checks of the gradient-descent assumptions (§4 M7; paper App. P, Figs. 13–17) over the effective
 * weights w of every trained layer, every {@code every} steps:
 * <ul>
 * <li>(B1) the unit gradient ĝ = ∇_w L/‖∇_w L‖ (all trained layers as one vector) converges: series
 * {@code unit_gradient_change} = ‖ĝ(t) − ĝ(t − every)‖, summary its last value;</li>
 * <li>(B3) η(t)‖w_u‖‖∇_{w_u}L‖ → 0 for every neuron u, with η(t) the step the schedule proposes at t: series and
 * summary {@code b3_max} = its maximum over the neurons, and {@code b3_decay} = the last value over the largest
 * recorded (the fall from the peak, since "→ 0" needs a scale).</li>
 * </ul>
 * B3 is formed in log space (ln η + ln L + ln‖w_u‖ + ln‖∇_u ln L‖): η alone reaches e^{+290} at L = e^−300.
 */
public final class DescentAssumptionProbe implements Probe {

    public static final String UNIT_GRADIENT_CHANGE = "unit_gradient_change";
    public static final String B3_MAX = "b3_max";
    public static final String B3_DECAY = "b3_decay";

    private final List<DenseLayer> layers = new ArrayList<>();
    private final DoubleSupplier logStep;
    private final long every;
    private double[] previousUnitGradient;
    private double lastChange = Double.NaN;
    private double peakB3 = 0;

    /**
     * @param network the network whose trained layers are checked
     * @param logStep ln η of the step the optimizer will propose next (read before it moves)
     * @param every   record every this many steps
     */
    public DescentAssumptionProbe(FeedForwardNetwork network, DoubleSupplier logStep, long every) {
        if (every < 1) {
            throw new IllegalArgumentException("interval must be positive, got " + every);
        }
        for (DenseLayer layer : network.layers()) {
            if (layer.isTrained()) {
                layers.add(layer);
            }
        }
        this.logStep = logStep;
        this.every = every;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if (step % every != 0) {
            return;
        }
        double b3 = maxB3(logLoss);
        peakB3 = Math.max(peakB3, b3);
        sink.point(B3_MAX, step, b3);
        double[] unitGradient = unitGradient();
        if (previousUnitGradient != null) {
            lastChange = distance(unitGradient, previousUnitGradient);
            sink.point(UNIT_GRADIENT_CHANGE, step, lastChange);
        }
        previousUnitGradient = unitGradient;
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        Map<String, Double> summary = new LinkedHashMap<>();
        if (!Double.isNaN(lastChange)) {
            summary.put(UNIT_GRADIENT_CHANGE, lastChange);
        }
        double b3 = maxB3(logLoss);
        peakB3 = Math.max(peakB3, b3);
        summary.put(B3_MAX, b3);
        if (peakB3 > 0) {
            summary.put(B3_DECAY, b3 / peakB3);
        }
        return summary;
    }

    /** max_u η‖w_u‖‖∇_{w_u}L‖ with ∇L = L·∇ln L (autograd's gradients are those of ln L). */
    private double maxB3(double logLoss) {
        double largest = Double.NEGATIVE_INFINITY;
        for (DenseLayer layer : layers) {
            NDArray norms = layer.unitWeights().norm(new int[] {1});
            NDArray gradientNorms = layer.effectiveGradient().norm(new int[] {1});
            largest = Math.max(largest, norms.mul(gradientNorms).log().max().getDouble());
        }
        return Math.exp(logStep.getAsDouble() + logLoss + largest);
    }

    private double[] unitGradient() {
        double[] unit = layers.stream().map(layer -> layer.effectiveGradient().flatten().toDoubleArray())
                .flatMapToDouble(Arrays::stream).toArray();
        double norm = Vectors.norm(unit);
        for (int i = 0; i < unit.length; i++) {
            unit[i] /= norm;
        }
        return unit;
    }

    private static double distance(double[] a, double[] b) {
        double[] difference = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            difference[i] = a[i] - b[i];
        }
        return Vectors.norm(difference);
    }
}
