package org.normbench.engine.probe;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import java.util.stream.IntStream;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.ImageClassifier;

/**
 * Accuracy on held-out images at the end of training (summary {@code test_accuracy}). Batch normalization keeps
 * no running averages here, so each chunk of {@code chunk} test images is normalized by its own statistics, as
 * spec 004's pilot evaluates.
 */
public final class TestAccuracyProbe implements Probe {

    private final NDManager manager;
    private final ImageClassifier model;
    private final ImageFeatures test;
    private final int chunk;

    public TestAccuracyProbe(NDManager manager, ImageClassifier model, ImageFeatures test, int chunk) {
        this.manager = manager;
        this.model = model;
        this.test = test;
        this.chunk = chunk;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        // accuracy is measured once, at the end
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        int correct = 0;
        for (int from = 0; from < test.count(); from += chunk) {
            int size = Math.min(chunk, test.count() - from);
            int[] examples = IntStream.range(from, from + size).toArray();
            correct += SoftmaxCrossEntropy.correct(model.logits(
                    model.inputs(manager, test.rows(examples), new Shape(size, test.dimension()))),
                    test.labels(examples));
        }
        return Map.of("test_accuracy", (double) correct / test.count());
    }
}
