package org.normbench.engine.data;

/**
 * Labelled grey-scale images kept as raw bytes (60,000 MNIST-size images take 47 MB this way instead of
 * 376 MB as doubles); callers convert the rows they need.
 *
 * @param pixels {@code count · rows · columns} bytes, image after image, row after row, 0 = background
 */
public record ImageSet(int rows, int columns, byte[] pixels, int[] labels) {

    public ImageSet {
        if ((long) labels.length * rows * columns != pixels.length) {
            throw new IllegalArgumentException(labels.length + " labels do not match " + pixels.length
                    + " pixels of " + rows + "×" + columns + " images");
        }
    }

    public int count() {
        return labels.length;
    }

    public int imageSize() {
        return rows * columns;
    }

    /** Pixel {@code p} of image {@code i} scaled to [0, 1]. */
    public double intensity(int i, int p) {
        return (pixels[i * imageSize() + p] & 0xFF) / 255.0;
    }
}
