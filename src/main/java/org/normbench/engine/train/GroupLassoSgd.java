package org.normbench.engine.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Arrays;
import java.util.Random;
import org.normbench.engine.RandomPermutation;
import org.normbench.engine.Tensors;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.loss.SoftmaxCrossEntropy;
import org.normbench.engine.model.TwoLayerClassifier;
import org.normbench.engine.probe.MetricSink;

/**
 * Spec 000 E-L21's first phase (§6.1, Fig. 6): the unnormalized classifier trained on the mean cross-entropy plus the
 * ℓ2,1 group penalty λ Σ_u ‖w_u‖ over the hidden neurons' incoming weights (not their biases), by epochs of shuffled
 * minibatch SGD with a fixed step. The paper gives neither λ nor the optimizer ("till convergence"); the penalty's
 * gradient is λ w_u/‖w_u‖ as autograd takes it (subgradient SGD, as adding the penalty to a PyTorch loss does, not a
 * proximal step), so the neurons it silences end near zero rather than at it and every scheme can still be written
 * through them.
 */
public final class GroupLassoSgd {

    /** The series of the whole training set's penalized objective, one point per epoch (step = epoch). */
    public static final String OBJECTIVE_SERIES = "group_lasso_objective";
    /** The series of the whole training set's ln L (the cross-entropy alone), one point per epoch. */
    public static final String LOG_LOSS_SERIES = "group_lasso_log_loss";

    /**
     * @param penalty      λ
     * @param learningRate the fixed SGD step
     * @param batchSize    examples per minibatch (the last one of an epoch possibly smaller)
     * @param epochs       epochs of the phase
     */
    public record Settings(double penalty, double learningRate, int batchSize, int epochs) {

        public Settings {
            if (!(penalty >= 0) || Double.isInfinite(penalty)) {
                throw new IllegalArgumentException("group penalty λ must be a finite number ≥ 0, got " + penalty);
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learning rate must be a positive finite number, got "
                        + learningRate);
            }
            if (batchSize < 1 || epochs < 1) {
                throw new IllegalArgumentException("batch size and epochs must be positive, got " + batchSize
                        + " and " + epochs);
            }
        }
    }

    private final Settings settings;

    public GroupLassoSgd(Settings settings) {
        this.settings = settings;
    }

    /** λ Σ_u ‖w_u‖ over the rows w_u of {@code weights}. */
    public static NDArray penalty(NDArray weights, double lambda) {
        return weights.pow(2).sum(new int[] {1}).sqrt().sum().mul(Tensors.constant(weights, lambda));
    }

    /**
     * Trains {@code model} (whose hidden layer must be unnormalized for the penalty to be the paper's) in place,
     * writing the objective and ln L of the whole training set before the first epoch (step 0) and after each.
     *
     * @param random draws each epoch's permutation
     * @return ln L of the whole training set after the last epoch
     * @throws IllegalStateException when the objective stops being finite (λ or the step too large)
     */
    public double train(NDManager manager, TwoLayerClassifier model, ImageFeatures data, Random random,
            MetricSink sink) {
        if (settings.batchSize() > data.count()) {
            throw new IllegalArgumentException("batch size " + settings.batchSize() + " exceeds the "
                    + data.count() + " training examples");
        }
        TrainingSetObjective whole = new TrainingSetObjective(manager, model, data);
        double logLoss = record(whole, model, 0, sink);
        Engine engine = manager.getEngine();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            int[] order = RandomPermutation.of(data.count(), random);
            for (int from = 0; from < order.length; from += settings.batchSize()) {
                int[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + settings.batchSize()));
                try (NDScope scope = new NDScope()) {
                    try (GradientCollector collector = engine.newGradientCollector()) {
                        NDArray x = manager.create(data.rows(batch), new Shape(batch.length, data.dimension()));
                        NDArray loss = SoftmaxCrossEntropy.logMean(model.logits(x), data.labels(batch)).exp()
                                .add(penalty(model.hiddenLayer().weights(), settings.penalty()));
                        collector.backward(loss);
                    }
                    for (NDArray parameter : model.parameters()) {
                        parameter.subi(parameter.getGradient().mul(settings.learningRate()));
                    }
                    Gradients.zero(model.parameters());
                    scope.suppressNotUsedWarning();
                }
            }
            logLoss = record(whole, model, epoch, sink);
        }
        return logLoss;
    }

    private double record(TrainingSetObjective whole, TwoLayerClassifier model, long epoch, MetricSink sink) {
        double logLoss;
        double objective;
        try (NDScope scope = new NDScope()) {
            logLoss = whole.logLoss().getDouble();
            objective = Math.exp(logLoss) + penalty(model.hiddenLayer().weights(), settings.penalty()).getDouble();
            scope.suppressNotUsedWarning();
        }
        if (!Double.isFinite(objective)) {
            throw new IllegalStateException("the group-lasso phase diverged at epoch " + epoch
                    + " (objective " + objective + "): lower the penalty or the learning rate");
        }
        sink.point(OBJECTIVE_SERIES, epoch, objective);
        sink.point(LOG_LOSS_SERIES, epoch, logLoss);
        return logLoss;
    }
}
