package org.normbench.engine.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fashion-MNIST (60,000 training and 10,000 test images, 28×28, 10 classes) from the IDX files of Debian's
 * {@code dataset-fashion-mnist} package; the substitute for MNIST in spec 000 §7.
 */
public final class FashionMnist {

    /** Where Debian's package puts the files. */
    public static final Path DEBIAN_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");
    /** Training-set pixel mean and standard deviation on the [0, 1] scale (spec 000 §7). */
    public static final double MEAN = 0.2860;
    public static final double STD = 0.3530;

    /** The two standard splits. */
    public record Splits(ImageSet train, ImageSet test) {
    }

    private FashionMnist() {
    }

    public static Splits load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new DataSetUnavailableException("Fashion-MNIST is not installed: " + directory + " does not exist."
                    + " Install it with 'apt-get install dataset-fashion-mnist' or point the data directory at"
                    + " a folder with its four IDX files.");
        }
        return new Splits(
                IdxReader.read(directory.resolve("train-images-idx3-ubyte.gz"),
                        directory.resolve("train-labels-idx1-ubyte.gz")),
                IdxReader.read(directory.resolve("t10k-images-idx3-ubyte.gz"),
                        directory.resolve("t10k-labels-idx1-ubyte.gz")));
    }
}
