package org.normbench.engine.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Arrays;
import java.util.Random;
import org.normbench.engine.RandomPermutation;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.ImageClassifier;

/**
 * Spec 000 E-PR's optimizer (§2.5, App. M.5, the authors' MNIST code): one step is one epoch of plain minibatch SGD
 * (shuffled, no momentum, no weight decay) with the loss-adaptive step η = k/L_prev, L_prev the whole training set's
 * mean loss after the previous accepted epoch; each minibatch update is θ ← θ − k ∇(L_batch/L_prev), computed as
 * k·e^{ln L_batch − ln L_prev}·∇ln L_batch so that it stays exact at e^−300. After the epoch the whole training loss
 * is measured: if it rose (or is not finite) the epoch is undone exactly, k ← k/factor and a new epoch with a new
 * permutation is tried (500 in a row: the run has stalled); otherwise k ← k·factor (no cap). The batches cover every
 * example once per epoch, the last one possibly smaller (the pilot's {@code range(0, n, B)}).
 */
public final class LossAdaptiveSgd implements Optimizer {

    /**
     * Undone epochs in a row after which the run counts as stalled: k has then shrunk by 1.1^500 ≈ 5e20 (the
     * authors' code waits for k = 0, thousands of epochs; the pilot has a wall-clock cap instead).
     */
    static final int MAX_UNDONE_EPOCHS = 500;

    /**
     * @param initialStep k(0) (0.01)
     * @param factor      the multiplier for growing and shrinking k (1.1)
     * @param batchSize   examples per minibatch (128 in the paper)
     */
    public record Settings(double initialStep, double factor, int batchSize) {

        public Settings {
            if (!(initialStep > 0) || Double.isInfinite(initialStep)) {
                throw new IllegalArgumentException("initial step must be a positive finite number, got " + initialStep);
            }
            if (!(factor > 1) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("adaptation factor must exceed 1, got " + factor);
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
            }
        }
    }

    private final NDManager manager;
    private final ImageClassifier model;
    private final ImageFeatures data;
    private final Settings settings;
    private final Random random;
    private double k;

    /** @param random draws each epoch's permutation */
    public LossAdaptiveSgd(NDManager manager, ImageClassifier model, ImageFeatures data, Settings settings,
            Random random) {
        if (settings.batchSize() > data.count()) {
            throw new IllegalArgumentException("batch size " + settings.batchSize() + " exceeds the "
                    + data.count() + " training examples");
        }
        this.manager = manager;
        this.model = model;
        this.data = data;
        this.settings = settings;
        this.random = random;
        this.k = settings.initialStep();
    }

    /** The current k. */
    public double k() {
        return k;
    }

    @Override
    public boolean usesObjectiveGradient() {
        return false;
    }

    /**
     * @param logLoss   ln L_prev, the whole training set's loss at the current parameters
     * @param objective the whole training set's loss, to accept or undo the epoch
     * @return k/L_prev, the step applied to ∇L_batch; 0 (stalled) after {@value #MAX_UNDONE_EPOCHS} undone epochs in a
     *         row
     */
    @Override
    public double step(NDList parameters, double logLoss, Objective objective) {
        ParameterSnapshot snapshot = ParameterSnapshot.of(parameters);
        for (int undone = 0; undone < MAX_UNDONE_EPOCHS; undone++) {
            epoch(parameters, logLoss);
            double trial;
            // each trial's activations are freed at once: on the full training set they are large
            try (NDScope scope = new NDScope()) {
                trial = objective.logLoss().getDouble();
                scope.suppressNotUsedWarning();
            }
            if (trial <= logLoss) {
                double eta = k * Math.exp(-logLoss);
                k *= settings.factor();
                return eta;
            }
            snapshot.restore(parameters);
            k /= settings.factor();
        }
        return 0;
    }

    private void epoch(NDList parameters, double referenceLogLoss) {
        Engine engine = manager.getEngine();
        int[] order = RandomPermutation.of(data.count(), random);
        for (int from = 0; from < order.length; from += settings.batchSize()) {
            int[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + settings.batchSize()));
            try (NDScope scope = new NDScope()) {
                NDArray logLoss;
                try (GradientCollector collector = engine.newGradientCollector()) {
                    NDArray x = manager.create(data.rows(batch), new Shape(batch.length, data.dimension()));
                    logLoss = SoftmaxCrossEntropy.logMean(model.logits(x), data.labels(batch));
                    collector.backward(logLoss);
                }
                double factor = k * Math.exp(logLoss.getDouble() - referenceLogLoss);
                for (NDArray parameter : parameters) {
                    parameter.subi(parameter.getGradient().mul(factor));
                }
                Gradients.zero(parameters);
                scope.suppressNotUsedWarning();
            }
        }
    }
}
