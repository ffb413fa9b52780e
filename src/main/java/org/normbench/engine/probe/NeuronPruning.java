package org.normbench.engine.probe;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Test accuracy of a trained two-layer classifier with hidden neurons removed and no retraining (spec 000 M4): the
 * hidden activations h_iu = ReLU(w_u·x_i + b_u) of the test points and the output weights W₂ are fixed, and removing
 * neuron u drops its term h_iu W₂[j, u] from every logit. Neurons go in a given order; the accuracy at p% is that
 * with the first ⌊pH/100⌋ of them removed. A whole curve costs one pass over the neurons.
 */
final class NeuronPruning {

    private final double[] activations;
    private final int neurons;
    private final double[] outputWeights;
    private final int classes;
    private final int[] labels;

    /**
     * @param activations   h, test point after test point ({@code labels.length × neurons})
     * @param outputWeights W₂, class after class ({@code classes × neurons})
     */
    NeuronPruning(double[] activations, int neurons, double[] outputWeights, int classes, int[] labels) {
        if (activations.length != (long) labels.length * neurons || outputWeights.length != (long) classes * neurons) {
            throw new IllegalArgumentException("activations, output weights and labels disagree on the sizes");
        }
        this.activations = activations;
        this.neurons = neurons;
        this.outputWeights = outputWeights;
        this.classes = classes;
        this.labels = labels;
    }

    /** Neuron indices by ascending score (the lowest scores are pruned first), ties by index. */
    static int[] ascending(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(u -> scores[u]).thenComparingInt(u -> u))
                .mapToInt(Integer::intValue).toArray();
    }

    /** ⌊pH/100⌋: the neurons removed at p percent. */
    static int removedAt(int percent, int neurons) {
        return percent * neurons / 100;
    }

    /**
     * Test accuracy at each of {@code percents} (ascending) when neurons are removed in {@code order}. The logits are
     * built up from the last neuron to go, so each fraction's logits are a plain sum over the neurons it keeps (no
     * cancellation: a point none of the kept neurons fires for has logits of exactly 0, as in the pruned network).
     */
    double[] accuracies(int[] order, int[] percents) {
        double[] logits = new double[labels.length * classes];
        double[] accuracy = new double[percents.length];
        int kept = 0;
        for (int f = percents.length - 1; f >= 0; f--) {
            int target = neurons - removedAt(percents[f], neurons);
            for (; kept < target; kept++) {
                int neuron = order[neurons - 1 - kept];
                for (int i = 0; i < labels.length; i++) {
                    addTerm(logits, i, neuron);
                }
            }
            accuracy[f] = accuracy(logits);
        }
        return accuracy;
    }

    private void addTerm(double[] logits, int point, int neuron) {
        double h = activations[point * neurons + neuron];
        if (h != 0) {
            for (int j = 0; j < classes; j++) {
                logits[point * classes + j] += h * outputWeights[j * neurons + neuron];
            }
        }
    }

    private double accuracy(double[] logits) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int j = 1; j < classes; j++) {
                if (logits[i * classes + j] > logits[i * classes + best]) {
                    best = j;
                }
            }
            if (best == labels[i]) {
                correct++;
            }
        }
        return (double) correct / labels.length;
    }

    /** Mean of a curve over its fractions: the area under accuracy vs fraction pruned, per unit of fraction. */
    static double area(double[] curve) {
        return Arrays.stream(curve).average().orElseThrow();
    }
}
