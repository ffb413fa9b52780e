package org.normbench.engine;

import ai.djl.ndarray.NDArray;

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
}
