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

    /** The given images, in the given order. */
    public ImageSet subset(int[] examples) {
        int size = imageSize();
        byte[] picked = new byte[examples.length * size];
        int[] pickedLabels = new int[examples.length];
        for (int b = 0; b < examples.length; b++) {
            System.arraycopy(pixels, examples[b] * size, picked, b * size, size);
            pickedLabels[b] = labels[examples[b]];
        }
        return new ImageSet(rows, columns, picked, pickedLabels);
    }
}
