package org.normbench.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.util.Arrays;

/** Tensor helpers every part of the engine needs. */
public final class Tensors {

    private Tensors() {
    }

    /**
     * The scalar {@code value} as a tensor of {@code like}'s manager, alive until the step's {@code NDScope} closes.
     * Use it instead of DJL's {@code op(Number)} overloads in anything autograd differentiates: those build the
     * scalar on a Java direct buffer and close it right after the op, but ops such as {@code mul} and
     * {@code maximum} save it for the backward pass, and a garbage collection in between frees its memory —
     * the gradient then silently goes wrong (observed: GD updates lost under GC pressure).
     */
    public static NDArray constant(NDArray like, double value) {
        return like.getManager().create(value);
    }

    /** The mean over several axes (DJL's PyTorch {@code mean} takes one axis only). */
    public static NDArray mean(NDArray array, int[] axes, boolean keepDims) {
        if (axes.length == 1) {
            return array.mean(axes, keepDims);
        }
        long count = 1;
        for (int axis : axes) {
            count *= array.getShape().get(axis);
        }
        return array.sum(axes, keepDims).div(constant(array, count));
    }

    /** A tensor's values widened to float64 (exactly: every float32 is a double), copied to the Java heap. */
    public static double[] values(NDArray array) {
        if (array.getDataType() == DataType.FLOAT64) {
            return array.toDoubleArray();
        }
        try (NDArray wide = array.toType(DataType.FLOAT64, true)) {
            return wide.toDoubleArray();
        }
    }

    /** The rows of a 2-D tensor, copied to the Java heap. */
    public static double[][] rows(NDArray matrix) {
        int columns = (int) matrix.getShape().get(1);
        double[] values = matrix.toDoubleArray();
        double[][] rows = new double[values.length / columns][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(values, r * columns, (r + 1) * columns);
        }
        return rows;
    }
}
