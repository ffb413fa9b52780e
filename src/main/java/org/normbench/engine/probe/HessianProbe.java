package org.normbench.engine.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.normbench.engine.kernel.SymmetricSpectrum;
import org.normbench.engine.train.Gradients;
import org.normbench.engine.train.Objective;

/**
 * The Hessian of the training loss L with respect to every trained tensor (spec 003 E5, Thm 2: it degenerates as
 * ρ grows), at steps 10², 10³, 10⁴, … and at the last step: column j by central differences of the autograd
 * gradient ∇L = L·∇ln L at θ ± h e_j, symmetrized, then its eigenvalues (EJML). Series and end summaries
 * {@code hessian_max} λ_max, {@code hessian_min} λ_min (negative: a saddle, not a minimum), {@code hessian_zero_count}
 * #{|λ| < 1e-6 λ_max} and {@code hessian_scale_ratio} λ_max/(L ρ²); summary {@code hessian_max_decay} λ_max at the
 * end over its largest value along the run (before separation λ_max can still rise: the peak, not the first
 * evaluation, is what it falls from). P parameters cost 2P gradients and a P×P eigen-decomposition, so only
 * networks with at most {@code maxParameters} are measured (others report nothing: not applicable). The gradient
 * the optimizer needs is recomputed at the unperturbed point afterwards.
 */
public final class HessianProbe implements Probe {

    /** The central differences' step on each coordinate. */
    static final double STEP = 1e-5;
    /** Eigenvalues below this share of λ_max in magnitude count as zero (spec 003 §4 item 11). */
    static final double ZERO_FRACTION = 1e-6;
    /** The first evaluation, then every decade. */
    private static final long FIRST = 100;

    private final Objective objective;
    private final DoubleSupplier rho;
    private final int maxParameters;
    private final long lastStep;
    private long next = FIRST;
    private double peakMax = Double.NEGATIVE_INFINITY;
    private Map<String, Double> latest = Map.of();

    /**
     * @param rho      ρ = Π_k ‖W_k‖ at the current parameters
     * @param lastStep the step cap: the Hessian is also measured there
     */
    public HessianProbe(Objective objective, DoubleSupplier rho, int maxParameters, long lastStep) {
        this.objective = objective;
        this.rho = rho;
        this.maxParameters = maxParameters;
        this.lastStep = lastStep;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        if ((step == next || step == lastStep) && size() <= maxParameters) {
            measure(step, logLoss, sink);
        }
        while (next <= step) {
            next *= 10;
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        Map<String, Double> summary = new LinkedHashMap<>(latest);
        if (!latest.isEmpty()) {
            summary.put("hessian_max_decay", latest.get("hessian_max") / peakMax);
        }
        return summary;
    }

    private int size() {
        int size = 0;
        for (NDArray parameter : objective.parameters()) {
            size += (int) parameter.size();
        }
        return size;
    }

    private void measure(long step, double logLoss, MetricSink sink) {
        double[][] hessian = hessian();
        double[] eigenvalues = SymmetricSpectrum.eigenvalues(hessian);
        double max = eigenvalues[eigenvalues.length - 1];
        int zeros = 0;
        for (double eigenvalue : eigenvalues) {
            if (Math.abs(eigenvalue) < ZERO_FRACTION * max) {
                zeros++;
            }
        }
        double r = rho.getAsDouble();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("hessian_max", max);
        values.put("hessian_min", eigenvalues[0]);
        values.put("hessian_zero_count", (double) zeros);
        values.put("hessian_scale_ratio", max / (Math.exp(logLoss) * r * r));
        values.forEach((name, value) -> sink.point(name, step, value));
        peakMax = Math.max(peakMax, max);
        latest = values;
    }

    /** ∇²L, column by column; leaves the parameters and their ∇ln L as they were. */
    private double[][] hessian() {
        NDList parameters = objective.parameters();
        int size = size();
        double[][] hessian = new double[size][];
        int column = 0;
        for (NDArray parameter : parameters) {
            double[] values = parameter.toDoubleArray();
            for (int j = 0; j < values.length; j++, column++) {
                double[] moved = values.clone();
                moved[j] = values[j] + STEP;
                parameter.set(moved);
                double[] plus = lossGradient();
                moved[j] = values[j] - STEP;
                parameter.set(moved);
                double[] minus = lossGradient();
                hessian[column] = new double[size];
                for (int i = 0; i < size; i++) {
                    hessian[column][i] = (plus[i] - minus[i]) / (2 * STEP);
                }
            }
            parameter.set(values);
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < i; j++) {
                double mean = (hessian[i][j] + hessian[j][i]) / 2;
                hessian[i][j] = mean;
                hessian[j][i] = mean;
            }
        }
        Gradients.differentiate(objective);
        return hessian;
    }

    /** ∇L = L·∇ln L at the current parameters, flattened tensor after tensor. */
    private double[] lossGradient() {
        double loss = Math.exp(Gradients.differentiate(objective));
        double[] gradient = new double[size()];
        int offset = 0;
        for (NDArray parameter : objective.parameters()) {
            double[] part = parameter.getGradient().toDoubleArray();
            for (int i = 0; i < part.length; i++) {
                gradient[offset + i] = loss * part[i];
            }
            offset += part.length;
        }
        return gradient;
    }
}
