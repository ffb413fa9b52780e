package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.normbench.engine.scheme.NormalizationScheme;

/**
 * One bias-free linear map z = h Wᵀ (rows of W = neurons). Its weights are either fixed, or trained through a
 * normalization scheme that owns the trainable tensors; both start from the given W(0). The scheme's units are
 * normally the neurons (rows); they can be the single weights instead (spec 000 Simple-Traj: w_i = e^{a_i}) or the
 * whole matrix (spec 003's per-layer normalizations).
 */
public final class DenseLayer {

    private final NormalizationScheme scheme;
    private final NDList parameters;
    private final NDArray fixedWeights;
    /** W's shape when the units are single weights or the whole matrix, else null. */
    private final Shape weightUnitsShape;

    private DenseLayer(NormalizationScheme scheme, NDList parameters, NDArray fixedWeights, Shape weightUnitsShape) {
        this.scheme = scheme;
        this.parameters = parameters;
        this.fixedWeights = fixedWeights;
        this.weightUnitsShape = weightUnitsShape;
    }

    /** A layer trained through {@code scheme}, starting exactly at W(0) = {@code initial} (paired init). */
    public static DenseLayer trained(NDManager manager, NormalizationScheme scheme, double[][] initial) {
        return new DenseLayer(scheme, trainable(manager, scheme, initial), null, null);
    }

    /** A layer trained through {@code scheme} with every single weight its own unit (a 1-dimensional "neuron"). */
    public static DenseLayer trainedPerWeight(NDManager manager, NormalizationScheme scheme, double[][] initial) {
        double[][] units = new double[initial.length * initial[0].length][];
        for (int i = 0; i < units.length; i++) {
            units[i] = new double[] {initial[i / initial[0].length][i % initial[0].length]};
        }
        return new DenseLayer(scheme, trainable(manager, scheme, units), null,
                new Shape(initial.length, initial[0].length));
    }

    /**
     * A layer trained through {@code scheme} with the whole matrix one unit (spec 003's per-layer WN and coefficient
     * normalization: one g or r per layer, ‖V_k‖_F = 1).
     */
    public static DenseLayer trainedPerLayer(NDManager manager, NormalizationScheme scheme, double[][] initial) {
        double[] unit = new double[initial.length * initial[0].length];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = initial[i / initial[0].length][i % initial[0].length];
        }
        return new DenseLayer(scheme, trainable(manager, scheme, new double[][] {unit}), null,
                new Shape(initial.length, initial[0].length));
    }

    /** A layer whose weights stay at {@code weights}. */
    public static DenseLayer fixed(NDManager manager, double[][] weights) {
        return new DenseLayer(null, new NDList(), manager.create(weights), null);
    }

    private static NDList trainable(NDManager manager, NormalizationScheme scheme, double[][] units) {
        NDList parameters = scheme.initialize(manager, units);
        for (NDArray parameter : parameters) {
            parameter.setRequiresGradient(true);
        }
        return parameters;
    }

    public boolean isTrained() {
        return scheme != null;
    }

    /** The trainable tensors (none for a fixed layer). */
    public NDList parameters() {
        return parameters;
    }

    /** The effective weight matrix W. */
    public NDArray weights() {
        NDArray units = unitWeights();
        return weightUnitsShape == null ? units : units.reshape(weightUnitsShape);
    }

    /** The effective weights with one row per unit of the scheme: W itself, W's entries as a column, or one row. */
    public NDArray unitWeights() {
        return isTrained() ? scheme.weights(parameters) : fixedWeights;
    }

    /** ‖w_u‖ of every unit u (a neuron, a single weight's |w_i|, or the whole ‖W‖_F) of the effective weights. */
    public double[] neuronNorms() {
        return unitWeights().norm(new int[] {1}).toDoubleArray();
    }

    /**
     * ∇_W (rows = units, as {@link #unitWeights}) of the loss whose gradients autograd left on this trained layer's
     * tensors.
     *
     * @throws IllegalStateException for a fixed layer
     */
    public NDArray effectiveGradient() {
        if (!isTrained()) {
            throw new IllegalStateException("a fixed layer has no gradient");
        }
        return scheme.effectiveGradient(parameters);
    }

    public NDArray apply(NDArray inputs) {
        return inputs.matMul(weights().transpose());
    }
}
