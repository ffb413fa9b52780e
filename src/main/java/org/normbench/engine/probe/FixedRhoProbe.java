package org.normbench.engine.probe;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Spec 003 E4 (Thm 5) at fixed ρ: the normalized margins γ_n = y_n f(x_n)/ρ of the constrained minimizer — their
 * minimum ({@value RhoGrowthProbe#MARGIN}, series every {@code every} steps), median, the training and test
 * errors — and how fast the directions still move, max_k ‖V_k(s) − V_k(s−1)‖ at the last step (a run reports
 * γ_min(ρ) of the minimizer only once that is small).
 */
public final class FixedRhoProbe implements Probe {

    private final List<NDArray> directions;
    private final Supplier<double[]> trainMargins;
    private final Supplier<double[]> testMargins;
    private final double rho;
    private final long every;
    private double[][] previous;
    private double velocity = Double.NaN;

    /** @param directions the V_k of every layer; the margins are y_n f(x_n), unnormalized */
    public FixedRhoProbe(List<NDArray> directions, Supplier<double[]> trainMargins, Supplier<double[]> testMargins,
            double rho, long every) {
        this.directions = List.copyOf(directions);
        this.trainMargins = trainMargins;
        this.testMargins = testMargins;
        this.rho = rho;
        this.every = every;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        double[][] current = new double[directions.size()][];
        double largest = 0;
        for (int k = 0; k < current.length; k++) {
            current[k] = directions.get(k).toDoubleArray();
            if (previous != null) {
                double sum = 0;
                for (int i = 0; i < current[k].length; i++) {
                    sum += (current[k][i] - previous[k][i]) * (current[k][i] - previous[k][i]);
                }
                largest = Math.max(largest, Math.sqrt(sum));
            }
        }
        if (previous != null) {
            velocity = largest;
        }
        previous = current;
        if (step % every == 0) {
            sink.point(RhoGrowthProbe.MARGIN, step, Arrays.stream(trainMargins.get()).min().orElse(Double.NaN) / rho);
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        double[] margins = trainMargins.get();
        Arrays.sort(margins);
        Map<String, Double> summaries = new LinkedHashMap<>();
        summaries.put(RhoGrowthProbe.MARGIN, margins[0] / rho);
        int n = margins.length;
        double median = n % 2 == 1 ? margins[n / 2] : (margins[n / 2 - 1] + margins[n / 2]) / 2;
        summaries.put("median_normalized_margin", median / rho);
        summaries.put("train_error", RhoGrowthProbe.errorRate(margins));
        summaries.put("test_error", RhoGrowthProbe.errorRate(testMargins.get()));
        if (!Double.isNaN(velocity)) {
            summaries.put("direction_velocity", velocity);
        }
        return summaries;
    }
}
