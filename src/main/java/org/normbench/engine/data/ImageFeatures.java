package org.normbench.engine.data;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Images as feature vectors for dense models: average-pooled and standardized, kept as floats (60,000 pooled
 * 14×14 images take 47 MB). Spec 004's pilot pools Fashion-MNIST 2×2 to 196 features and standardizes them
 * with one mean and one standard deviation of the pooled training set, applied to both splits.
 *
 * @param values {@code count · dimension} features, image after image
 */
public record ImageFeatures(int dimension, float[] values, int[] labels) {

    public ImageFeatures {
        if ((long) labels.length * dimension != values.length) {
            throw new IllegalArgumentException(labels.length + " labels do not match " + values.length
                    + " features of dimension " + dimension);
        }
    }

    /** Each image's {@code pool × pool} blocks averaged, on the [0, 1] intensity scale. */
    public static ImageFeatures pooled(ImageSet images, int pool) {
        if (pool < 1 || images.rows() % pool != 0 || images.columns() % pool != 0) {
            throw new IllegalArgumentException("pooling " + pool + "×" + pool + " does not tile " + images.rows()
                    + "×" + images.columns() + " images");
        }
        int rows = images.rows() / pool;
        int columns = images.columns() / pool;
        int dimension = rows * columns;
        float[] values = new float[images.count() * dimension];
        double area = pool * pool;
        for (int i = 0; i < images.count(); i++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    double sum = 0;
                    for (int dr = 0; dr < pool; dr++) {
                        for (int dc = 0; dc < pool; dc++) {
                            sum += images.intensity(i, (r * pool + dr) * images.columns() + c * pool + dc);
                        }
                    }
                    values[i * dimension + r * columns + c] = (float) (sum / area);
                }
            }
        }
        return new ImageFeatures(dimension, values, images.labels().clone());
    }

    public int count() {
        return labels.length;
    }

    /** K: one more than the largest label. */
    public int classes() {
        return Arrays.stream(labels).max().orElse(-1) + 1;
    }

    /** Mean of every feature of every image (float64 accumulation). */
    public double mean() {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Population standard deviation of every feature of every image. */
    public double standardDeviation() {
        double mean = mean();
        double sum = 0;
        for (float v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    /** (x − mean)/std for every feature. */
    public ImageFeatures standardized(double mean, double std) {
        float[] scaled = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = (float) ((values[i] - mean) / std);
        }
        return new ImageFeatures(dimension, scaled, labels);
    }

    /** The features of the given images, one row after another, widened to float64. */
    public double[] rows(int[] examples) {
        double[] rows = new double[examples.length * dimension];
        for (int b = 0; b < examples.length; b++) {
            for (int p = 0; p < dimension; p++) {
                rows[b * dimension + p] = values[examples[b] * dimension + p];
            }
        }
        return rows;
    }

    /** The given images, in the given order. */
    public ImageFeatures subset(int[] examples) {
        float[] picked = new float[examples.length * dimension];
        for (int b = 0; b < examples.length; b++) {
            System.arraycopy(values, examples[b] * dimension, picked, b * dimension, dimension);
        }
        return new ImageFeatures(dimension, picked, labels(examples));
    }

    /** The images labelled {@code first} or {@code second}, in their order. */
    public ImageFeatures ofClasses(int first, int second) {
        return subset(IntStream.range(0, count()).filter(i -> labels[i] == first || labels[i] == second).toArray());
    }

    /** The images as a binary margin-classification set in float64: label −1 for {@code negative}, else +1. */
    public Dataset asBinary(int negative) {
        double[][] x = new double[count()][];
        double[] y = new double[count()];
        for (int i = 0; i < x.length; i++) {
            x[i] = rows(new int[] {i});
            y[i] = labels[i] == negative ? -1 : 1;
        }
        return new Dataset(x, y);
    }

    /** The same images with one more feature, constant {@code value} (a bias as an input coordinate). */
    public ImageFeatures withConstantFeature(float value) {
        int wider = dimension + 1;
        float[] extended = new float[count() * wider];
        for (int i = 0; i < count(); i++) {
            System.arraycopy(values, i * dimension, extended, i * wider, dimension);
            extended[i * wider + dimension] = value;
        }
        return new ImageFeatures(wider, extended, labels);
    }

    /**
     * Each label replaced, with probability {@code fraction}, by a uniform draw over {@code classes} (which may be
     * the true one): the random-label mixtures of spec 003 §3.3. Draws one uniform per image, then one label per
     * replaced image, as the pilot does.
     */
    public ImageFeatures withRandomLabels(double fraction, int classes, Random random) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the random-label fraction must lie in [0, 1], got " + fraction);
        }
        boolean[] replaced = new boolean[count()];
        for (int i = 0; i < replaced.length; i++) {
            replaced[i] = random.nextDouble() < fraction;
        }
        int[] mixed = labels.clone();
        for (int i = 0; i < mixed.length; i++) {
            if (replaced[i]) {
                mixed[i] = random.nextInt(classes);
            }
        }
        return new ImageFeatures(dimension, values, mixed);
    }

    /** The labels of the given images. */
    public int[] labels(int[] examples) {
        int[] picked = new int[examples.length];
        for (int b = 0; b < examples.length; b++) {
            picked[b] = labels[examples[b]];
        }
        return picked;
    }
}
