package org.normbench.engine.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.normbench.engine.Tensors;

/**
 * The mean softmax cross-entropy of a batch, −(1/B) Σ_b log softmax(f_b)_{y_b}, for K-class labels, in log space
 * (spec 000 App. I): ℓ_b = log(1 + e^{u_b}) with u_b = ln Σ_{j≠y_b} e^{f_bj − f_by}, so ln ℓ_b = ln ℓ_logistic(−u_b)
 * stays exact when every example is classified with a huge margin (losses of e^−300 and far below), where
 * log softmax would round the loss to 0.
 */
public final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {
    }

    /** ln of the mean cross-entropy of {@code logits} (batch × classes) against {@code labels}. */
    public static NDArray logMean(NDArray logits, int[] labels) {
        NDArray logLosses = logLosses(logits, labels);
        return LogSpace.logSumExp(logLosses).sub(Tensors.constant(logLosses, Math.log(labels.length)));
    }

    /** ln ℓ_b of every row. */
    private static NDArray logLosses(NDArray logits, int[] labels) {
        int classes = (int) logits.getShape().get(1);
        double[] oneHot = new double[labels.length * classes];
        double[] excluded = new double[labels.length * classes];
        for (int b = 0; b < labels.length; b++) {
            oneHot[b * classes + labels[b]] = 1;
            excluded[b * classes + labels[b]] = Double.NEGATIVE_INFINITY;
        }
        Shape shape = new Shape(labels.length, classes);
        DataType type = logits.getDataType();
        NDArray labelLogit = logits.mul(logits.getManager().create(oneHot, shape).toType(type, false))
                .sum(new int[] {1}, true);
        // f_bj − f_by for j ≠ y_b, −∞ at the label so that it drops out of the sum
        NDArray others = logits.sub(labelLogit).add(logits.getManager().create(excluded, shape).toType(type, false));
        NDArray shift = others.max(new int[] {1}, true).stopGradient();
        NDArray u = others.sub(shift).exp().sum(new int[] {1}).log().add(shift.squeeze(1));
        return LogSpace.logLogistic(u.neg());
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
