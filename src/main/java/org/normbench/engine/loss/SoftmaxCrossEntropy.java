package org.normbench.engine.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** The mean softmax cross-entropy of a batch, −(1/B) Σ_b log softmax(f_b)_{y_b}, for K-class labels. */
public final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {
    }

    /** ln of the mean cross-entropy of {@code logits} (batch × classes) against {@code labels}. */
    public static NDArray logMean(NDArray logits, int[] labels) {
        int classes = (int) logits.getShape().get(1);
        double[] oneHot = new double[labels.length * classes];
        for (int b = 0; b < labels.length; b++) {
            oneHot[b * classes + labels[b]] = 1;
        }
        NDArray picked = logits.logSoftmax(1).mul(logits.getManager().create(oneHot, new Shape(labels.length,
                classes)));
        return picked.sum().neg().div(logits.getManager().create((double) labels.length)).log();
    }

    /** How many rows of {@code logits} put their largest value on the label. */
    public static int correct(NDArray logits, int[] labels) {
        long[] predicted = logits.argMax(1).toLongArray();
        int correct = 0;
        for (int b = 0; b < labels.length; b++) {
            if (predicted[b] == labels[b]) {
                correct++;
            }
        }
        return correct;
    }
}
